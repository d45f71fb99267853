import { type DuckDBValue } from '@duckdb/node-api';
import { type DataTable, quoteIdent as q } from '../../data';

/** A table's columns as the feature validators take them: text, numbers, booleans or null. */
export interface FeatureTableColumns {
  readonly columns: Map<string, unknown[]>;
  readonly length: number;
}

/**
 * Reads every column of a table for `ingestColumns`, one scan, column by column (no row objects):
 * CSV cells stay text (validated with `fromText`); Parquet keeps numbers and booleans, times with a
 * zone become ISO 8601 text in UTC, whole numbers beyond 2^53 stay text (refused as int64 by the
 * validator rather than rounded), other types are read as text.
 *
 * @param table - the opened table
 * @returns the columns by name and the row count
 * @throws TableInputError naming the table when DuckDB cannot read it
 * @example
 * const { columns, length } = await readFeatureTable(await session.open('driver_stats.parquet'));
 */
export async function readFeatureTable(table: DataTable): Promise<FeatureTableColumns> {
  const select = table.columns.map((c) => `${columnSql(q(c.name), c.type)} AS ${q(c.name)}`).join(', ');
  const reader = await table.run(() => table.connection.runAndReadAll(`SELECT ${select} FROM ${table.relation()}`));
  const values = reader.getColumns();
  return {
    columns: new Map(table.columns.map((c, i) => [c.name, values[i]!.map(toCell)])),
    length: reader.currentRowCount,
  };
}

function columnSql(column: string, type: string): string {
  if (type === 'TIMESTAMP WITH TIME ZONE') return `strftime(make_timestamp(epoch_us(${column})), '%Y-%m-%dT%H:%M:%S.%fZ')`;
  if (['VARCHAR', 'BOOLEAN', 'DOUBLE', 'FLOAT', 'TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'UTINYINT', 'USMALLINT', 'UINTEGER', 'UBIGINT'].includes(type)) return column;
  return `CAST(${column} AS VARCHAR)`;
}

function toCell(value: DuckDBValue): unknown {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  return value;
}
