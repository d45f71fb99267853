import { type DuckDBConnection } from '@duckdb/node-api';
import { eventTimeColumnSql, repairEventTimes } from '../event-time-column';
import { pointInTimeSql } from '../point-in-time-sql';
import { quoteIdent as q } from '../../data/quote-sql';

/** A table DuckDB can read in file order: a file relation (`read_csv(...)`) or a table filled in row order. */
export interface StagedTable {
  /** SQL after FROM: a relation expression or a quoted table name. */
  readonly relation: string;
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

/** The join as SQL over connection-local tables, and a function dropping them after it ran. */
export interface StagedJoin {
  readonly sql: string;
  readonly header: readonly string[];
  readonly drop: () => Promise<void>;
}

let counter = 0;
const RESERVED = ['__idx', '__ts', '__event_time_us'];

/**
 * The point-in-time join of two tables, as one query: for each entity row, the feature row with the
 * same key(s) whose time is the latest at or before the entity row's, at most `ttlSec` older; among
 * feature rows with the same key(s) and time the last in the table wins. The result has the entity
 * columns as read, then the feature table's other columns (neither key nor time), NULL where nothing
 * matches, in entity order.
 *
 * Each table is read once into a connection-local table that adds the keys as text (so integer ids
 * join text ids) and the time in epoch microseconds, parsed in SQL (`eventTimeColumnSql`); cells it
 * cannot read are parsed by `parseEventTime`, which names the problem (`repairEventTimes`). `pointInTimeSql` then joins
 * with `ASOF LEFT JOIN`, carrying the entity columns through, so nothing is joined back.
 * `pointInTimeJoinTables` (rows from JS) and `pointInTimeJoinFiles` (CSV or Parquet files) both
 * come here, so they cannot differ.
 *
 * @param connection - the DuckDB connection to work in
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
  const entityColumns = entities.columns.map((c) => c.name);
  const values = features.columns.map((c) => c.name).filter((n) => n !== input.featureTimestamp && !entityKeys.includes(n));
  const clash = values.find((n) => entityColumns.includes(n));
  if (clash !== undefined) {
    throw new Error(`column "${clash}" is in both ${entities.name} and ${features.name}; rename one (feature columns keep their own names)`);
  }
  // Keys of the same type on both sides compare as they are; otherwise as text (integer ids join text ids).
  const typeOf = (t: StagedTable, c: string) => t.columns.find((x) => x.name === c)!.type;
  const sameTypes = entityKeys.every((k) => typeOf(entities, k) === typeOf(features, k));
  const keyNames = sameTypes ? [...entityKeys] : entityKeys.map((_, i) => `__k${i}`);
  const reserved = [...entityColumns, ...values].find((n) => RESERVED.includes(n) || (!sameTypes && keyNames.includes(n)));
  if (reserved !== undefined) throw new Error(`column "${reserved}" has a name the join uses for itself; rename it`);

  const id = ++counter;
  const [ents, feats, deduped] = [`__pit_e_${id}`, `__pit_f_${id}`, `__pit_fd_${id}`];
  const drop = async () => {
    for (const t of [ents, feats, deduped]) await connection.run(`DROP TABLE IF EXISTS ${q(t)}`);
  };
  try {
    const textKeys = entityKeys.map((k, i) => `CAST(${q(k)} AS VARCHAR) AS ${q(keyNames[i]!)}`).join(', ');
    await stageEntityRows(connection, { table: ents, source: entities, select: sameTypes ? '*' : `*, ${textKeys}`, time: input.timestamp });
    const featureKeys = sameTypes ? keyNames.map(q).join(', ') : textKeys;
    const valueList = values.map((v) => `, ${q(v)}`).join('');
    // CREATE TABLE ... AS keeps the source's row order as rowid order: "last in the file wins" reads it.
    await connection.run(`CREATE TEMP TABLE ${q(feats)} AS SELECT ${featureKeys}, ${eventTimeColumnSql(features, input.featureTimestamp)} AS "__event_time_us", ${q(input.featureTimestamp)}${valueList} FROM ${features.relation}`);
    await repairEventTimes(connection, { table: feats, time: '__event_time_us', raw: input.featureTimestamp, label: `column "${input.featureTimestamp}"` }, features.rowLabel);
    const partition = [...keyNames, '__event_time_us'].map(q).join(', ');
    // Duplicates (same keys and time) are rare: counted first (a hash aggregate), removed only when present.
    const distinct = Number((await connection.runAndReadAll(`SELECT count(*) FROM (SELECT DISTINCT ${partition} FROM ${q(feats)})`)).getColumns()[0]![0]);
    const total = Number((await connection.runAndReadAll(`SELECT count(*) FROM ${q(feats)}`)).getColumns()[0]![0]);
    const groupTable = distinct === total ? feats : deduped;
    if (distinct !== total) {
      await connection.run(`CREATE TEMP TABLE ${q(deduped)} AS SELECT * FROM ${q(feats)} QUALIFY row_number() OVER (PARTITION BY ${partition} ORDER BY rowid DESC) = 1`);
    }
    const sql = pointInTimeSql({
      entityTable: ents,
      method: 'asof',
      entityColumns,
      columnNames: values,
      groups: [{ table: groupTable, keyColumns: keyNames, features: values, ttlUs: input.ttlSec === undefined ? null : input.ttlSec * 1_000_000 }],
    });
    return { sql, header: [...entityColumns, ...values], drop };
  } catch (err) {
    await drop();
    throw err;
  }
}

function requireColumn(table: StagedTable, column: string, role: string): void {
  if (!table.columns.some((c) => c.name === column)) {
    throw new Error(`${table.name} has no ${role} column "${column}"; its columns are ${table.columns.map((c) => c.name).join(', ')}`);
  }
}

/**
 * Creates `table` from entity rows in their file order, in the form `pointInTimeSql` joins: the
 * columns `select` names, the event time in epoch microseconds as `"__ts"` (parsed in SQL, the rest
 * by `parseEventTime`) and the row's position as `"__idx"`. CREATE TABLE ... AS keeps the source's
 * row order as rowid order, which `"__idx"` records.
 *
 * @param connection - where to create the table
 * @param spec - the table name, the source, the select list over it and its event time column
 * @throws TableInputError naming the row and column of an empty or unreadable time, or a time
 *   column whose type holds no instant (as it is, so callers that wrap DuckDB's errors pass it on)
 */
export async function stageEntityRows(connection: DuckDBConnection, spec: { readonly table: string; readonly source: StagedTable; readonly select: string; readonly time: string }): Promise<void> {
  const table = q(spec.table);
  await connection.run(`CREATE TEMP TABLE ${table} AS SELECT ${spec.select}, ${eventTimeColumnSql(spec.source, spec.time)} AS "__ts" FROM ${spec.source.relation}`);
  await repairEventTimes(connection, { table: spec.table, time: '__ts', raw: spec.time, label: `column "${spec.time}"` }, spec.source.rowLabel);
  await connection.run(`ALTER TABLE ${table} ADD COLUMN "__idx" BIGINT`);
  await connection.run(`UPDATE ${table} SET "__idx" = rowid`);
}
