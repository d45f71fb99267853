import { type DuckDBConnection } from '@duckdb/node-api';
import { eventTimeMicrosSql } from '../event-time-sql';
import { parseEventTime } from '../parse-event-time';
import { pointInTimeSql } from '../point-in-time-sql';
import { quoteIdent as q } from './duckdb-columns';

/** A table already in DuckDB whose `rowid` is its file order (created by CREATE TABLE ... AS or the appender). */
export interface StagedTable {
  /** DuckDB table name, unquoted. */
  readonly table: string;
  /** The table's name in errors (a file name). */
  readonly name: string;
  readonly columns: readonly { readonly name: string; readonly type: string }[];
  /** How errors name 0-based row i. */
  readonly rowLabel: (index: number) => string;
}

export interface StagedJoinInput {
  readonly entities: StagedTable;
  readonly features: StagedTable;
  readonly entityKeys: readonly string[];
  readonly timestamp: string;
  readonly featureTimestamp: string;
  /** Inclusive maximum age in seconds; undefined: any older row. */
  readonly ttlSec?: number;
}

/** The join as SQL over the staged tables, and the temporary tables to drop after it ran. */
export interface StagedJoin {
  readonly sql: string;
  readonly header: readonly string[];
  readonly drop: () => Promise<void>;
}

let counter = 0;
const INTEGER_TYPES = new Set(['TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'UTINYINT', 'USMALLINT', 'UINTEGER']);

/**
 * The point-in-time join of two staged tables, as one query: for each entity row, the feature row
 * with the same key(s) whose time is the latest at or before the entity row's, at most `ttlSec`
 * older; among feature rows with the same key(s) and time the last in the table wins. The result
 * has the entity columns as staged, then the feature table's other columns (neither key nor time),
 * NULL where nothing matches, in entity order. Times are parsed in DuckDB (`eventTimeMicrosSql`);
 * cells it cannot read are parsed by `parseEventTime`, which names the problem.
 *
 * Both `pointInTimeJoinTables` (rows from JS) and `pointInTimeJoinFiles` (CSV or Parquet files)
 * stage their tables and call this, so they cannot differ.
 *
 * @param connection - where the staged tables are
 * @param input - the tables, key and time columns, TTL
 * @returns the query, the output header and a function dropping the helper tables
 * @throws Error (message without a prefix) naming the table, row and column of a bad time, a
 *   missing column, or a feature column whose name is also an entity column
 */
export async function pointInTimeJoinStaged(connection: DuckDBConnection, input: StagedJoinInput): Promise<StagedJoin> {
  const { entities, features, entityKeys } = input;
  if (entityKeys.length === 0) throw new Error('at least one entity key column is required');
  if (input.ttlSec !== undefined && !(Number.isSafeInteger(input.ttlSec) && input.ttlSec >= 0)) {
    throw new Error(`ttlSec must be a whole number of seconds >= 0, got ${input.ttlSec}`);
  }
  for (const k of entityKeys) {
    requireColumn(entities, k, 'entity key');
    requireColumn(features, k, 'entity key');
  }
  requireColumn(entities, input.timestamp, 'timestamp');
  requireColumn(features, input.featureTimestamp, 'feature timestamp');
  const values = features.columns.map((c) => c.name).filter((n) => n !== input.featureTimestamp && !entityKeys.includes(n));
  const clash = values.find((n) => entities.columns.some((c) => c.name === n));
  if (clash !== undefined) {
    throw new Error(`column "${clash}" is in both ${entities.name} and ${features.name}; rename one (feature columns keep their own names)`);
  }

  const id = ++counter;
  const ek = `__pit_ek_${id}`;
  const fk = `__pit_fk_${id}`;
  const fd = `__pit_fd_${id}`;
  const drop = async () => {
    for (const t of [ek, fk, fd]) await connection.run(`DROP TABLE IF EXISTS ${q(t)}`);
  };
  try {
    const keyNames = entityKeys.map((_, i) => `k${i}`);
    await stageKeysAndTimes(connection, { source: entities, keys: entityKeys, as: keyNames, time: input.timestamp, into: { table: ek, index: '__idx', time: '__ts' } });
    await stageKeysAndTimes(connection, { source: features, keys: entityKeys, as: keyNames, time: input.featureTimestamp, into: { table: fk, index: '__row', time: '__event_time_us' } });
    const keyList = entityKeys.map((_, i) => `"k${i}"`).join(', ');
    // Last in the table wins among rows with the same keys and time.
    await connection.run(`CREATE TEMP TABLE ${q(fd)} AS SELECT ${keyList}, "__event_time_us", max("__row") AS "__row" FROM ${q(fk)} GROUP BY ${keyList}, "__event_time_us"`);
    const matches = pointInTimeSql({
      entityTable: ek,
      method: 'asof',
      includeIndex: true,
      groups: [{ table: fd, keyColumns: keyNames, features: ['__row'], ttlUs: input.ttlSec === undefined ? null : input.ttlSec * 1_000_000 }],
    });
    const sql = `SELECT e.*${values.map((v) => `, f.${q(v)}`).join('')}
FROM (${matches}) m
JOIN ${q(entities.table)} e ON e.rowid = m."__idx"
LEFT JOIN ${q(features.table)} f ON f.rowid = m."c0"
ORDER BY m."__idx"`;
    return { sql, header: [...entities.columns.map((c) => c.name), ...values], drop };
  } catch (err) {
    await drop();
    throw err;
  }
}

/** Where `stageKeysAndTimes` writes: the table and the names of its row-order and time columns. */
export interface KeyTimeTable {
  readonly table: string;
  readonly index: string;
  readonly time: string;
}

/**
 * Creates `into.table` from a staged table: its row order (`rowid`) as `into.index`, the key columns
 * as text under the names `as`, and the event time in epoch microseconds as `into.time` (parsed in
 * SQL; what SQL cannot read is parsed by `parseEventTime`, which names the row or gives the value).
 *
 * @throws Error naming the table, row and column of a missing or bad time, or a time column of a
 *   type that holds no instant
 */
export async function stageKeysAndTimes(
  connection: DuckDBConnection,
  spec: { readonly source: StagedTable; readonly keys: readonly string[]; readonly as: readonly string[]; readonly time: string; readonly into: KeyTimeTable },
): Promise<void> {
  const { source, into } = spec;
  // Keys compare as text, so a file whose ids are numbers joins one whose ids are strings.
  const keys = spec.keys.map((k, i) => `CAST(${q(k)} AS VARCHAR) AS ${q(spec.as[i]!)}`).join(', ');
  await connection.run(`CREATE TEMP TABLE ${q(into.table)} AS SELECT rowid AS ${q(into.index)}, ${keys}, ${timeSql(source, spec.time)} AS ${q(into.time)}, CAST(${q(spec.time)} AS VARCHAR) AS "__raw" FROM ${q(source.table)}`);
  await repairTimes(connection, into, source, spec.time);
}

function requireColumn(table: StagedTable, column: string, role: string): void {
  if (!table.columns.some((c) => c.name === column)) {
    throw new Error(`${table.name} has no ${role} column "${column}"; its columns are ${table.columns.map((c) => c.name).join(', ')}`);
  }
}

/** Epoch microseconds of a time column: text as `parseEventTime` reads it, whole numbers as epoch seconds, TIMESTAMPTZ as is. */
function timeSql(table: StagedTable, column: string): string {
  const type = table.columns.find((c) => c.name === column)!.type;
  if (type === 'VARCHAR') return eventTimeMicrosSql(q(column));
  if (type === 'TIMESTAMP WITH TIME ZONE') return `epoch_us(${q(column)})`;
  if (INTEGER_TYPES.has(type)) return `CASE WHEN abs(${q(column)}) <= 100000000000 THEN CAST(${q(column)} AS BIGINT) * 1000000 END`;
  throw new Error(`${table.name} column "${column}" is ${type}; a time must be text (epoch seconds or ISO 8601 with a zone), whole epoch seconds, or a timestamp with a time zone`);
}

/**
 * Rows whose time the SQL fast path left NULL: parsed by `parseEventTime`, which either throws
 * (naming the row) or gives the value (written back).
 */
async function repairTimes(connection: DuckDBConnection, at: KeyTimeTable, source: StagedTable, timeColumn: string): Promise<void> {
  const [table, index, column] = [q(at.table), q(at.index), q(at.time)];
  for (;;) {
    const rows = (await connection.runAndReadAll(`SELECT ${index}, "__raw" FROM ${table} WHERE ${column} IS NULL ORDER BY ${index} LIMIT 1000`)).getRows();
    if (rows.length === 0) return;
    for (const [i, raw] of rows) {
      const row = Number(i);
      let micros: number;
      try {
        if (raw === null || raw === '') throw new Error('the time is empty');
        micros = parseEventTime(String(raw));
      } catch (err) {
        throw new Error(`${source.rowLabel(row)} column "${timeColumn}": ${(err as Error).message.replace(/^parseEventTime: /, '')}`);
      }
      await connection.run(`UPDATE ${table} SET ${column} = ${micros} WHERE ${index} = ${row}`);
    }
  }
}
