import { BIGINT, BOOLEAN, DOUBLE, VARCHAR, type DuckDBType } from '@duckdb/node-api';
import { incrementalAggregationSql } from '../incremental-aggregation-sql';
import { type SourceColumnKind } from '../source-column-kinds';
import { type SourceEventColumns } from '../source-event-columns';
import { type OfflineWriteResult, type RegisteredFeatureGroup } from '../types';
import { quoteIdent as q } from '../../data/quote-sql';
import { appendColumns } from './duckdb-columns';
import { type DuckDbOfflineStore } from './duckdb-offline-store';

/** What one call stored and recomputed. */
export interface SourceEventsResult extends OfflineWriteResult {
  /** Events stored by this call (a replayed event, known by its id, is not stored again). */
  readonly events: number;
}

const SQL_TYPE: Record<SourceColumnKind, { sql: string; type: DuckDBType }> = {
  number: { sql: 'DOUBLE', type: DOUBLE },
  bool: { sql: 'BOOLEAN', type: BOOLEAN },
  text: { sql: 'VARCHAR', type: VARCHAR },
  any: { sql: 'VARCHAR', type: VARCHAR },
};

/** The raw events table of a computed group in the embedded offline store. */
export const eventsTableOf = (groupName: string): string => `fe__${groupName}`;

let counter = 0;

/**
 * Stores raw events of a computed group and recomputes its aggregations incrementally, in the
 * embedded offline store: the events go to `fe__<group>` (keys, `__event_time_us`, the columns the
 * aggregations read, `__id` and `__seq`); then only the stored events of the entities that got new
 * ones, within the largest window before the earliest new event, are read back, and the feature rows
 * at or after that event (the new ones, and later ones a late event changes) are computed and
 * written as one batch, in the transaction that stores the events (`incrementalAggregationSql`, the
 * SQL Autonomous Database runs too). Events whose id is already stored (a replayed stream poll) are skipped, so
 * the aggregations never count an event twice.
 *
 * @param offline - the embedded offline store (its connection runs everything)
 * @param group - the registered computed group
 * @param events - the events' columns (`sourceEventColumns`)
 * @param ids - one unique id per event (stream partition, offset and place in the message)
 * @returns the events stored and the feature batch written
 * @throws Error when the group declares no aggregations or ids and events differ in number
 * @example
 * await ingestSourceEvents(stores.offline, group, sourceEventColumns(group.definition, rows), rows.map((_, i) => `0:${i}`));
 */
export async function ingestSourceEvents(offline: DuckDbOfflineStore, group: RegisteredFeatureGroup, events: SourceEventColumns, ids: readonly string[]): Promise<SourceEventsResult> {
  const def = group.definition;
  if (!def.aggregations) throw new Error(`ingestSourceEvents: feature group "${def.name}" declares no aggregations`);
  if (ids.length !== events.length) throw new Error(`ingestSourceEvents: ${events.length} events but ${ids.length} ids`);
  const c = offline.connection;
  const table = q(eventsTableOf(def.name));
  const keys = def.entityKeys.map(q);
  const columns = events.columns.map((col) => `${q(col.name)} ${SQL_TYPE[col.kind].sql}`);
  await c.run(`CREATE TABLE IF NOT EXISTS ${table} (${[...keys.map((k) => `${k} VARCHAR NOT NULL`), '"__event_time_us" BIGINT NOT NULL', ...columns, '"__id" VARCHAR NOT NULL', '"__seq" BIGINT NOT NULL'].join(', ')})`);
  // A definition that reads a new column adds it (null for the events stored before).
  const existing = new Set((await c.runAndReadAll(`SELECT column_name FROM information_schema.columns WHERE table_name = $1`, [eventsTableOf(def.name)])).getColumns()[0]!.map(String));
  for (const col of events.columns) if (!existing.has(col.name)) await c.run(`ALTER TABLE ${table} ADD COLUMN ${q(col.name)} ${SQL_TYPE[col.kind].sql}`);

  const stageName = `__events_stage_${++counter}`;
  const stage = q(stageName);
  const names = [...def.entityKeys, '__event_time_us', ...events.columns.map((col) => col.name), '__id'];
  const types = [...def.entityKeys.map(() => VARCHAR), BIGINT, ...events.columns.map((col) => SQL_TYPE[col.kind].type), VARCHAR];
  await c.run(`CREATE TEMP TABLE ${stage} (${names.map((n, i) => `${q(n)} ${types[i]!.toString()}`).join(', ')}, "__n" BIGINT)`);
  try {
    await appendColumns(c, stageName, [...types, BIGINT], [...events.keys, events.eventTimeUs, ...events.columns.map((col) => col.values), ids, Array.from({ length: events.length }, (_, i) => i)], events.length);
    const sql = incrementalAggregationSql({ dialect: 'duckdb', eventsTable: eventsTableOf(def.name), stageTable: stageName, keyColumns: def.entityKeys, columns: events.columns.map((col) => col.name), aggregations: def.aggregations });
    await c.run(sql.dropStored);
    const [fresh, from] = (await c.runAndReadAll(sql.summary)).getRows()[0]!.map(Number) as [number, number];
    if (fresh === 0) return { events: 0, written: 0, overwritten: 0, seq: 0 };
    // The events and their feature rows commit together: a poll that fails leaves neither, and its replay redoes both.
    const written = await offline.writeQuery(group, sql.featureRows(from), def.aggregations.map((a) => a.name), { before: [sql.insertEvents] });
    return { events: fresh, ...written };
  } finally {
    await c.run(`DROP TABLE IF EXISTS ${stage}`);
  }
}
