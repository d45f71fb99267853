import { quoteIdent as q } from '../../data';
import { type ComputedRows } from '../compute-feature-group';
import { type OfflineWriteResult, type RegisteredFeatureGroup } from '../types';
import { type DuckDbOfflineStore } from './duckdb-offline-store';

/**
 * Writes computed rows into the group's embedded offline table as one batch. Rows tied on (entity,
 * event time) hold the same values (their windows are the same), so one of each is kept, as the
 * store keeps one row per (entity, event time).
 *
 * @param offline - the embedded offline store whose connection computed the rows
 * @param group - the registered group
 * @param rows - from `computeFeatureGroup` on `offline.connection`
 * @returns what the batch wrote
 * @example
 * await storeComputedRows(stores.offline, group, await computeFeatureGroup(stores.offline.connection, group.definition, table));
 */
export async function storeComputedRows(offline: DuckDbOfflineStore, group: RegisteredFeatureGroup, rows: ComputedRows): Promise<OfflineWriteResult> {
  const keys = group.definition.entityKeys.map(q);
  const sql = `SELECT ${[...keys, '"__event_time_us"', ...rows.features.map(q)].join(', ')} FROM ${q(rows.table)}
    QUALIFY row_number() OVER (PARTITION BY ${[...keys, '"__event_time_us"'].join(', ')} ORDER BY "__i" DESC) = 1`;
  return offline.writeQuery(group, sql, rows.features);
}
