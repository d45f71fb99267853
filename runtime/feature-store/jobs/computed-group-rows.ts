import { type ConsumeFeatureStreamOptions } from '../adapters/consume-feature-stream';
import { type DuckDbOfflineStore } from '../adapters/duckdb-offline-store';
import { OracleOfflineStore } from '../adapters/oracle-offline-store';
import { type FeatureGroupDefinition } from '../feature-group-schema';
import { sourceEventColumns } from '../source-event-columns';
import { type FeatureStores } from '../types';

/**
 * How the ingestion job takes a computed group's stream: its messages are raw events (the group's
 * `source`), checked with `sourceEventColumns`, stored, and the aggregations recomputed
 * incrementally in the offline store's database (`ingestSourceEvents` on the embedded store,
 * `ingestOracleSourceEvents` on Autonomous Database, the same SQL). Undefined for a group of plain
 * features (messages are feature rows, ingested as they are).
 *
 * @param stores - the job's stores
 * @param definition - the group as declared
 * @returns the `rows` option of `consumeFeatureStream`, or undefined
 * @throws Error (when writing) if the offline store is neither the embedded one nor Autonomous Database
 * @example
 * await consumeFeatureStream(stores, { ...opts, rows: computedGroupRows(stores, definition) });
 */
export function computedGroupRows(stores: FeatureStores, definition: FeatureGroupDefinition): ConsumeFeatureStreamOptions['rows'] {
  if (!definition.aggregations) return undefined;
  return {
    validate: (rows) => void sourceEventColumns(definition, rows),
    write: async (rows, ids, rowLabel) => {
      const group = await stores.registry.latest(definition.name);
      if (!group) throw new Error(`feature group "${definition.name}" is not registered`);
      const events = sourceEventColumns(group.definition, rows, rowLabel);
      const offline = stores.offline;
      if (offline instanceof OracleOfflineStore) {
        const { ingestOracleSourceEvents } = await import('../adapters/ingest-oracle-source-events');
        return ingestOracleSourceEvents(offline, group, events, ids);
      }
      const embedded = offline as Partial<DuckDbOfflineStore>;
      if (!embedded.connection || !embedded.writeQuery) {
        throw new Error(`feature group "${definition.name}" computes aggregations, which the ingestion job runs on the embedded store or Autonomous Database; got an offline store of type ${offline.constructor.name}`);
      }
      // Loaded here: the job image for Autonomous Database carries no DuckDB.
      const { ingestSourceEvents } = await import('../adapters/ingest-source-events');
      return ingestSourceEvents(embedded as DuckDbOfflineStore, group, events, ids);
    },
  };
}
