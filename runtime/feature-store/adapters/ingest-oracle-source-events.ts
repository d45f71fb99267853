import { incrementalAggregationSql } from '../incremental-aggregation-sql';
import { type SourceEventColumns } from '../source-event-columns';
import { type RegisteredFeatureGroup } from '../types';
import { type SourceEventsResult } from './ingest-source-events';
import { quoteIdent as q } from '../../data/quote-sql';
import { EVENT_ID_TYPE, ensureOracleEventsTable, oracleSourceColumn } from './oracle-events-table';
import { KEY_TYPE, type OracleOfflineStore } from './oracle-offline-store';

const STAGE = 'ORA$PTT_FS_EVENTS';

/** The raw events table of a computed group in Autonomous Database (as in the embedded store). */
export const oracleEventsTableOf = (groupName: string): string => `fe__${groupName}`;

/**
 * `ingestSourceEvents` on Autonomous Database: the same incremental step, with the same SQL
 * (`incrementalAggregationSql`, Oracle dialect), run in the database. The poll's events are
 * bulk-bound into a private temporary table; under an exclusive lock on `"fe__<group>"` (job
 * instances on other partitions wait, so ids are checked and events numbered one poll at a time),
 * events whose id is stored already are dropped, the new ones appended, and the feature rows at or
 * after the earliest new event, computed from the stored events of the entities that got new ones
 * within the largest window before it, merged into `"fg__<group>"` as one batch. Events and feature
 * rows commit together, so a poll that fails leaves neither and its replay redoes both.
 *
 * @param offline - the Autonomous Database offline store
 * @param group - the registered computed group
 * @param events - the events' columns (`sourceEventColumns`)
 * @param ids - one unique id per event (stream partition, offset and place in the message), at most 200 characters
 * @returns the events stored and the feature batch written
 * @throws Error when the group declares no aggregations or ids and events differ in number; the
 *   database error otherwise (the transaction is rolled back)
 * @example
 * await ingestOracleSourceEvents(stores.offline, group, sourceEventColumns(group.definition, rows), rows.map((_, i) => `0:${i}:0`));
 */
export async function ingestOracleSourceEvents(offline: OracleOfflineStore, group: RegisteredFeatureGroup, events: SourceEventColumns, ids: readonly string[]): Promise<SourceEventsResult> {
  const def = group.definition;
  const aggregations = def.aggregations;
  if (!aggregations) throw new Error(`ingestOracleSourceEvents: feature group "${def.name}" declares no aggregations`);
  if (ids.length !== events.length) throw new Error(`ingestOracleSourceEvents: ${events.length} events but ${ids.length} ids`);
  const table = oracleEventsTableOf(def.name);
  const { types } = offline;
  // DDL commits on Oracle, so the table is settled before the poll's transaction.
  await offline.transaction((c) => ensureOracleEventsTable(c, table, def.entityKeys, events, types));
  const columns = events.columns.map((col) => ({ name: col.name, ...oracleSourceColumn(col.kind, types) }));
  const sql = incrementalAggregationSql({ dialect: 'oracle', eventsTable: table, stageTable: STAGE, keyColumns: def.entityKeys, columns: columns.map((col) => col.name), aggregations });
  const staged = [
    ...def.entityKeys.map((k) => ({ name: k, sql: KEY_TYPE, bind: { type: types.varchar, maxSize: 2048 } })),
    { name: '__event_time_us', sql: 'NUMBER(19)', bind: { type: types.number } },
    ...columns,
    { name: '__id', sql: EVENT_ID_TYPE, bind: { type: types.varchar, maxSize: 800 } },
    { name: '__n', sql: 'NUMBER(10)', bind: { type: types.number } },
  ];
  const binds = Array.from({ length: events.length }, (_, i) => [
    ...events.keys.map((k) => k[i]),
    events.eventTimeUs[i],
    ...events.columns.map((col) => {
      const v = col.values[i] ?? null;
      return typeof v === 'boolean' ? (v ? 1 : 0) : v;
    }),
    ids[i],
    i,
  ]);
  return offline.transaction(async (c) => {
    await c.execute(`CREATE PRIVATE TEMPORARY TABLE ${STAGE} (${staged.map((col) => `${q(col.name)} ${col.sql}`).join(', ')}) ON COMMIT DROP DEFINITION`);
    await c.executeMany(`INSERT INTO ${STAGE} VALUES (${staged.map((_, i) => `:${i + 1}`).join(', ')})`, binds, { bindDefs: staged.map((col) => col.bind) });
    await c.execute(`LOCK TABLE ${q(table)} IN EXCLUSIVE MODE`);
    await c.execute(sql.dropStored);
    const [fresh, from] = ((await c.execute(sql.summary, [], { outFormat: types.outFormatArray })).rows?.[0] ?? [0, null]).map(Number) as [number, number];
    if (fresh === 0) return { events: 0, written: 0, overwritten: 0, seq: 0 };
    await c.execute(sql.insertEvents);
    const written = await offline.writeQuery(c, group, sql.featureRows(from), aggregations.map((a) => a.name));
    return { events: fresh, ...written };
  });
}
