import { DuckDBInstance, VARCHAR, type DuckDBConnection } from '@duckdb/node-api';
import { quoteIdent } from '../data/quote-sql';
import { appendColumns } from './adapters/duckdb-columns';
import { pointInTimeJoinStaged, type StagedTable } from './adapters/point-in-time-join-staged';

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
 * nothing matches. Times are epoch seconds or ISO 8601 with a zone; cells are copied as given. The
 * rows are staged in DuckDB and joined by `pointInTimeJoinStaged`, as files are by
 * `pointInTimeJoinFiles`.
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
  // One in-memory instance per process; each join has its own connection and connection-local temp tables.
  instance ??= DuckDBInstance.create(':memory:');
  const connection = await (await instance).connect();
  try {
    const entities = await stage(connection, 'ents', input.entities);
    const features = await stage(connection, 'feats', input.features);
    const join = await pointInTimeJoinStaged(connection, { ...input, entities, features });
    try {
      const columns = (await connection.runAndReadAll(join.sql)).getColumns();
      const length = columns[0]?.length ?? 0;
      return {
        header: [...join.header],
        rows: Array.from({ length }, (_, r) => columns.map((c) => (c[r] === null ? '' : String(c[r])))),
      };
    } finally {
      await join.drop();
    }
  } catch (err) {
    throw new Error(`pointInTimeJoinTables: ${(err as Error).message}`);
  } finally {
    connection.closeSync();
  }
}

let instance: Promise<DuckDBInstance> | undefined;

/** Loads a text table into a connection-local table of VARCHAR columns through the appender, in row order. */
async function stage(connection: DuckDBConnection, name: string, table: TextTable): Promise<StagedTable> {
  const repeated = table.header.find((h, i) => table.header.indexOf(h) !== i);
  if (repeated !== undefined) throw new Error(`${table.name}: column "${repeated}" appears twice in the header`);
  await connection.run(`CREATE TEMP TABLE ${quoteIdent(name)} (${table.header.map((h) => `${quoteIdent(h)} VARCHAR`).join(', ')})`);
  const types = table.header.map(() => VARCHAR);
  await appendColumns(connection, name, types, table.header.map((_, c) => table.rows.map((r) => r[c]!)), table.rows.length);
  return {
    relation: quoteIdent(name),
    name: table.name,
    columns: table.header.map((h) => ({ name: h, type: 'VARCHAR' })),
    rowLabel: table.rowLabel ?? ((i: number) => `${table.name} row ${i + 1}`),
  };
}
