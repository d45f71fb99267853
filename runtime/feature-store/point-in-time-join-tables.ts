import { BIGINT, INTEGER, VARCHAR, DuckDBInstance } from '@duckdb/node-api';
import { appendColumns } from './adapters/duckdb-columns';
import { parseEventTime } from './parse-event-time';
import { pointInTimeSql } from './point-in-time-sql';

/** A table of text cells: a header and rows of the same width (a parsed CSV file). */
export interface TextTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /**
   * How errors name row i (0-based, header excluded).
   * @default - `<name> row <i + 1>`
   */
  readonly rowLabel?: (index: number) => string;
  /** The table's name in errors (a file name). */
  readonly name: string;
}

export interface PointInTimeJoinTablesInput {
  readonly entities: TextTable;
  readonly features: TextTable;
  /** Key column(s), present under the same name in both tables. */
  readonly entityKeys: readonly string[];
  /** Event-time column of the entity table. */
  readonly timestamp: string;
  /** Event-time column of the feature table. */
  readonly featureTimestamp: string;
  /**
   * Inclusive maximum age in seconds of a matching feature row.
   * @default - any older row matches
   */
  readonly ttlSec?: number;
}

/**
 * Point-in-time join of two text tables, without a store: for each entity row, the feature row with
 * the same key(s) whose time is the latest at or before the entity row's time, and at most `ttlSec`
 * older (inclusive). Among feature rows with the same key(s) and time the last one wins. Runs on
 * DuckDB's `ASOF JOIN`, duplicates removed first and the TTL applied after the join.
 *
 * Output: one row per entity row in the entity table's order, the entity columns as given followed by
 * the feature table's other columns (neither key nor feature time) under their own names, empty where
 * nothing matches. Times are epoch seconds or ISO 8601 with a zone; cells are copied as given.
 *
 * @param input both tables, the key and time columns and the TTL
 * @returns the joined table
 * @throws Error naming the table, row and column of a bad or missing time, a missing column, or a
 *   feature column whose name is also an entity column
 * @example
 * await pointInTimeJoinTables({
 *   entities: { name: 'e.csv', header: ['id', 'ts'], rows: [['a', '10']] },
 *   features: { name: 'f.csv', header: ['id', 'at', 'x'], rows: [['a', '5', '1'], ['a', '11', '2']] },
 *   entityKeys: ['id'], timestamp: 'ts', featureTimestamp: 'at',
 * }); // { header: ['id', 'ts', 'x'], rows: [['a', '10', '1']] }
 */
export async function pointInTimeJoinTables(input: PointInTimeJoinTablesInput): Promise<{ header: string[]; rows: string[][] }> {
  const { entities, features, entityKeys } = input;
  if (entityKeys.length === 0) throw new Error('pointInTimeJoinTables: at least one entity key column is required');
  if (input.ttlSec !== undefined && !(Number.isSafeInteger(input.ttlSec) && input.ttlSec >= 0)) {
    throw new Error(`pointInTimeJoinTables: ttlSec must be a whole number of seconds >= 0, got ${input.ttlSec}`);
  }
  const entityKeyIdx = entityKeys.map((k) => columnIndex(entities, k, 'entity key'));
  const featureKeyIdx = entityKeys.map((k) => columnIndex(features, k, 'entity key'));
  const entityTimeIdx = columnIndex(entities, input.timestamp, 'timestamp');
  const featureTimeIdx = columnIndex(features, input.featureTimestamp, 'feature timestamp');
  const valueIdx = features.header.map((_, i) => i).filter((i) => i !== featureTimeIdx && !featureKeyIdx.includes(i));
  const outputNames = valueIdx.map((i) => features.header[i]!);
  const clash = outputNames.find((n) => entities.header.includes(n));
  if (clash !== undefined) {
    throw new Error(`pointInTimeJoinTables: column "${clash}" is in both ${entities.name} and ${features.name}; rename one (feature columns keep their own names)`);
  }

  const eventTimes = parseTimes(entities, entityTimeIdx);
  const featureTimes = parseTimes(features, featureTimeIdx);
  // Last in file wins among rows with the same keys and time: keep the last index of each.
  const last = new Map<string, number>();
  const single = featureKeyIdx.length === 1 ? featureKeyIdx[0]! : -1;
  features.rows.forEach((row, i) =>
    last.set(single >= 0 ? `${featureTimes[i]}\u0000${row[single]}` : JSON.stringify([...featureKeyIdx.map((k) => row[k]), featureTimes[i]]), i),
  );
  const kept = [...last.values()];

  // One in-memory instance per process; each join has its own connection and connection-local temp tables.
  instance ??= DuckDBInstance.create(':memory:');
  const connection = await (await instance).connect();
  try {
    const keyDefs = entityKeys.map((_, i) => `"k${i}" VARCHAR`).join(', ');
    await connection.run(`CREATE TEMP TABLE ents ("__idx" INTEGER, ${keyDefs}, "__ts" BIGINT)`);
    await connection.run(`CREATE TEMP TABLE feats (${keyDefs}, "__event_time_us" BIGINT, "__row" INTEGER)`);
    const keyTypes = entityKeys.map(() => VARCHAR);
    await appendColumns(connection, 'ents', [INTEGER, ...keyTypes, BIGINT],
      [entities.rows.map((_, i) => i), ...entityKeyIdx.map((k) => entities.rows.map((r) => r[k]!)), eventTimes], entities.rows.length);
    await appendColumns(connection, 'feats', [...keyTypes, BIGINT, INTEGER],
      [...featureKeyIdx.map((k) => kept.map((i) => features.rows[i]![k]!)), kept.map((i) => featureTimes[i]!), kept], kept.length);
    const sql = pointInTimeSql({
      entityTable: 'ents',
      method: 'asof',
      groups: [{ table: 'feats', keyColumns: entityKeys.map((_, i) => `k${i}`), features: ['__row'], ttlUs: input.ttlSec === undefined ? null : input.ttlSec * 1_000_000 }],
    });
    const matched = (await connection.runAndReadAll(sql)).getColumns()[0] ?? [];
    const empty = valueIdx.map(() => '');
    return {
      header: [...entities.header, ...outputNames],
      rows: entities.rows.map((row, i) => {
        const m = matched[i];
        return [...row, ...(m === null || m === undefined ? empty : valueIdx.map((c) => features.rows[Number(m)]![c]!))];
      }),
    };
  } finally {
    connection.closeSync();
  }
}

let instance: Promise<DuckDBInstance> | undefined;

function columnIndex(table: TextTable, column: string, role: string): number {
  const i = table.header.indexOf(column);
  if (i < 0) throw new Error(`pointInTimeJoinTables: ${table.name} has no ${role} column "${column}"; its columns are ${table.header.join(', ')}`);
  return i;
}

function parseTimes(table: TextTable, column: number): number[] {
  const label = table.rowLabel ?? ((i: number) => `${table.name} row ${i + 1}`);
  return table.rows.map((row, i) => {
    const cell = row[column];
    try {
      if (cell === undefined || cell === '') throw new Error('the time is empty');
      return parseEventTime(cell);
    } catch (err) {
      throw new Error(`pointInTimeJoinTables: ${label(i)} column "${table.header[column]}": ${(err as Error).message.replace(/^parseEventTime: /, '')}`);
    }
  });
}
