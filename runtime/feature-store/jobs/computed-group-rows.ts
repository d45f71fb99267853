import { type ConsumeFeatureStreamOptions } from '../adapters/consume-feature-stream';
import { type DuckDbOfflineStore } from '../adapters/duckdb-offline-store';
import { type FeatureGroupDefinition } from '../feature-group-schema';
import { sourceEventColumns } from '../source-event-columns';
import { type FeatureStores } from '../types';

/**
 * How the ingestion job takes a computed group's stream: its messages are raw events (the group's
 * `source`), checked with `sourceEventColumns`, stored, and the aggregations recomputed
 * incrementally (`ingestSourceEvents`). Undefined for a group of plain features (messages are
 * feature rows, ingested as they are).
 *
 * @param stores - the job's stores
 * @param definition - the group as declared
 * @returns the `rows` option of `consumeFeatureStream`, or undefined
 * @throws Error (when writing) if the store is not the embedded one: Autonomous Database computes a
 *   group with the SQL of `rollingAggregationSql` (docs/feature-store.md), not in this job yet
 * @example
 * await consumeFeatureStream(stores, { ...opts, rows: computedGroupRows(stores, definition) });
 */
export function computedGroupRows(stores: FeatureStores, definition: FeatureGroupDefinition): ConsumeFeatureStreamOptions['rows'] {
  if (!definition.aggregations) return undefined;
  return {
    validate: (rows) => void sourceEventColumns(definition, rows),
    write: async (rows, ids, rowLabel) => {
      const offline = stores.offline as Partial<DuckDbOfflineStore>;
      if (!offline.connection || !offline.writeQuery) {
        throw new Error(`feature group "${definition.name}" computes aggregations, which the ingestion job runs on the embedded store only; on Autonomous Database run the group's SQL (docs/feature-store.md)`);
      }
      const group = await stores.registry.latest(definition.name);
      if (!group) throw new Error(`feature group "${definition.name}" is not registered`);
      // Loaded here: the job image for Autonomous Database carries no DuckDB.
      const { ingestSourceEvents } = await import('../adapters/ingest-source-events');
      const result = await ingestSourceEvents(offline as DuckDbOfflineStore, group, sourceEventColumns(group.definition, rows, rowLabel), ids);
      return { written: result.written, overwritten: result.overwritten };
    },
  };
}
