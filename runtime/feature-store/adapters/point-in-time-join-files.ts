import { basename } from 'node:path';
import { type DataSession, type DataTable, quoteIdent as q, TableInputError } from '../../data';
import { pointInTimeJoinStaged, type StagedTable } from './point-in-time-join-staged';

export interface PointInTimeJoinFilesInput {
  /** Entity rows: key(s) and a timestamp (opened with `allowEmpty` to accept a header-only file). */
  readonly entities: DataTable;
  /** Feature rows: key(s), a timestamp and feature columns. */
  readonly features: DataTable;
  /** Key column(s), present under the same name in both tables. */
  readonly entityKeys: readonly string[];
  readonly timestamp: string;
  readonly featureTimestamp: string;
  /**
   * Inclusive maximum age in seconds of a matching feature row.
   * @default - any older row matches
   */
  readonly ttlSec?: number;
  /** Output file: CSV (`.csv`, `.csv.gz`) or Parquet by its name. */
  readonly out: string;
}

let counter = 0;

/**
 * The store-less point-in-time join of two tables (CSV or Parquet, local or `oci://`), entirely in
 * DuckDB: both tables are read once into connection-local tables, joined by
 * `pointInTimeJoinStaged` (ASOF JOIN, TTL, last duplicate wins) and written by `COPY ... TO` into a
 * temporary file renamed onto `out`. No row passes through JavaScript; the output is what
 * `pointInTimeJoinTables` gives for the same rows (CSV cells as given, empty where nothing matched).
 *
 * @param session - the data session both tables were opened in
 * @param input - tables, key and time columns, TTL and output path
 * @returns the number of rows written (one per entity row)
 * @throws TableInputError naming the file, line (CSV) or row (Parquet) and column of a bad time, a
 *   missing column, or a feature column named like an entity column; nothing is written then
 * @example
 * const session = await DataSession.create();
 * await pointInTimeJoinFiles(session, {
 *   entities: await session.open('entities.csv', { allowEmpty: true }), features: await session.open('driver_stats.parquet'),
 *   entityKeys: ['driver_id'], timestamp: 'event_timestamp', featureTimestamp: 'event_time', ttlSec: 86400, out: 'training.csv',
 * });
 */
export async function pointInTimeJoinFiles(session: DataSession, input: PointInTimeJoinFilesInput): Promise<number> {
  const connection = session.connection;
  const id = ++counter;
  const stage = async (table: DataTable, name: string): Promise<StagedTable> => {
    // CREATE TABLE ... AS keeps the file's row order as rowid order, which the join and the output follow.
    await table.run(() => connection.run(`CREATE TEMP TABLE ${q(name)} AS SELECT * FROM ${table.relation()}`));
    const file = basename(table.source);
    return { table: name, name: file, columns: table.columns, rowLabel: (i) => `${file} ${table.rowLabel(i)}` };
  };
  const names = [`__pit_entities_${id}`, `__pit_features_${id}`];
  try {
    const entities = await stage(input.entities, names[0]!);
    const features = await stage(input.features, names[1]!);
    let join;
    try {
      join = await pointInTimeJoinStaged(connection, { ...input, entities, features });
    } catch (err) {
      throw new TableInputError((err as Error).message);
    }
    try {
      return await session.write(join.sql, input.out);
    } finally {
      await join.drop();
    }
  } finally {
    for (const name of names) await connection.run(`DROP TABLE IF EXISTS ${q(name)}`);
  }
}
