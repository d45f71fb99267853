import { type SourceColumnKind } from '../source-column-kinds';
import { type SourceEventColumns } from '../source-event-columns';
import { quoteIdent as q } from '../../data/quote-sql';
import { executeDdl, type OracleConnection, type OracleTypes } from './oracle-client';
import { KEY_TYPE } from './oracle-offline-store';

/** Oracle column type and bind definition of each source column kind (booleans as 0/1, as the aggregation SQL reads them). */
export function oracleSourceColumn(kind: SourceColumnKind, types: OracleTypes): { sql: string; bind: Record<string, unknown> } {
  if (kind === 'number') return { sql: 'BINARY_DOUBLE', bind: { type: types.binaryDouble } };
  if (kind === 'bool') return { sql: 'NUMBER(1)', bind: { type: types.number } };
  return { sql: 'VARCHAR2(4000 CHAR)', bind: { type: types.varchar, maxSize: 16000 } };
}

/** Oracle column type of an event id (stream partition, offset and place in the message). */
export const EVENT_ID_TYPE = 'VARCHAR2(200 CHAR)';

/**
 * Creates the raw events table of a computed group in Autonomous Database, `"fe__<group>"` (keys,
 * `"__event_time_us"`, the source columns the aggregations read, `"__id"` as primary key so an
 * event is stored once, `"__seq"` for source order; an index on keys and time for the read-back),
 * or adds the columns a newer definition reads (null for the events stored before). Idempotent
 * like the store's other tables: "name already used" and "column exists" count as done.
 *
 * @param c - a connection (DDL commits on Oracle: call it outside the poll's transaction)
 * @param table - the events table name, unquoted
 * @param keyColumns - the group's entity keys
 * @param events - the poll's columns (names and kinds)
 * @param types - bind types of the loaded `oracledb`
 * @example
 * await offline.transaction((c) => ensureOracleEventsTable(c, 'fe__card_activity', ['card_id'], events, offline.types));
 */
export async function ensureOracleEventsTable(c: OracleConnection, table: string, keyColumns: readonly string[], events: Pick<SourceEventColumns, 'columns'>, types: OracleTypes): Promise<void> {
  const existing = new Set(((await c.execute('SELECT column_name FROM user_tab_columns WHERE table_name = :1', [table])).rows ?? []).map((r) => String(r[0])));
  if (existing.size === 0) {
    await executeDdl(c, `CREATE TABLE ${q(table)} (${[
      ...keyColumns.map((k) => `${q(k)} ${KEY_TYPE} NOT NULL`),
      '"__event_time_us" NUMBER(19) NOT NULL',
      ...events.columns.map((col) => `${q(col.name)} ${oracleSourceColumn(col.kind, types).sql}`),
      `"__id" ${EVENT_ID_TYPE} NOT NULL`,
      '"__seq" NUMBER(19) NOT NULL',
      `CONSTRAINT ${q(`${table}__id`)} PRIMARY KEY ("__id")`,
    ].join(', ')})`);
    await executeDdl(c, `CREATE INDEX ${q(`${table}__k`)} ON ${q(table)} (${[...keyColumns, '__event_time_us'].map(q).join(', ')})`);
    return;
  }
  for (const col of events.columns) {
    if (!existing.has(col.name)) await executeDdl(c, `ALTER TABLE ${q(table)} ADD (${q(col.name)} ${oracleSourceColumn(col.kind, types).sql})`);
  }
}
