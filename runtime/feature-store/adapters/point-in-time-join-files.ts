import { basename } from 'node:path';
import { type DataSession, type DataTable, TableInputError } from '../../data';
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

/**
 * The store-less point-in-time join of two tables (CSV or Parquet, local or `oci://`), entirely in
 * DuckDB: `pointInTimeJoinStaged` reads each file once into a connection-local table and joins them
 * (ASOF JOIN, TTL, last duplicate wins); `COPY ... TO` writes the result into a
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
  const staged = (table: DataTable): StagedTable => {
    const file = basename(table.source);
    return { relation: table.relation(), name: file, columns: table.columns, rowLabel: (i) => `${file} ${table.rowLabel(i)}` };
  };
  let join;
  try {
    join = await pointInTimeJoinStaged(session.connection, { ...input, entities: staged(input.entities), features: staged(input.features) });
  } catch (err) {
    throw err instanceof TableInputError ? err : new TableInputError((err as Error).message);
  }
  try {
    return await session.write(join.sql, input.out);
  } finally {
    await join.drop();
  }
}
