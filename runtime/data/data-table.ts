import { type DuckDBConnection } from '@duckdb/node-api';
import { quoteIdent as q, quoteLiteral } from './quote-sql';
import { type CategoricalColumn, NonFiniteValueError, type NumericColumn, readCategoricalColumn, readFloat64Columns } from './read-columns';
import { TableInputError } from './table-input-error';
import { type TableFormat } from './table-location';

/** A column as the file declares it: its name and DuckDB type (VARCHAR for every CSV column until cast). */
export interface TableColumn {
  readonly name: string;
  readonly type: string;
}

/** How a table was found and what it holds; built by `DataSession.open`. */
export interface DataTableInit {
  readonly connection: DuckDBConnection;
  /** The table as the user named it (path or `oci://` URI), for messages. */
  readonly source: string;
  readonly format: TableFormat;
  /** The local file DuckDB reads (a downloaded copy for `oci://`). */
  readonly file: string;
  readonly columns: readonly TableColumn[];
}

const NUMERIC_TYPES = new Set(['TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'HUGEINT', 'UTINYINT', 'USMALLINT', 'UINTEGER', 'UBIGINT', 'UHUGEINT', 'FLOAT', 'DOUBLE']);
const isNumericType = (type: string): boolean => NUMERIC_TYPES.has(type) || type.startsWith('DECIMAL');

/**
 * One table of a CSV or Parquet file, read by DuckDB. CSV cells are text (`all_varchar`) except the
 * columns a read asks as numbers, which DuckDB parses as DOUBLE while it reads the file; Parquet
 * columns keep their own types. Every read is one scan that hands columns over as typed arrays.
 *
 * `relation()` is the SQL to select from, for callers that compute in DuckDB (joins, checks).
 */
export class DataTable {
  readonly connection: DuckDBConnection;
  readonly source: string;
  readonly format: TableFormat;
  readonly file: string;
  readonly columns: readonly TableColumn[];

  constructor(init: DataTableInit) {
    this.connection = init.connection;
    this.source = init.source;
    this.format = init.format;
    this.file = init.file;
    this.columns = init.columns;
  }

  /** Column names in file order. */
  get columnNames(): string[] {
    return this.columns.map((c) => c.name);
  }

  has(name: string): boolean {
    return this.columns.some((c) => c.name === name);
  }

  /**
   * Checks that the table has every named column.
   *
   * @param names - the columns needed
   * @param role - how the caller names them in the message (`--label`, `entity key`...)
   * @throws TableInputError naming the first missing column, its role and the columns the table has
   */
  requireColumns(names: readonly string[], role: string): void {
    const missing = names.find((n) => !this.has(n));
    if (missing !== undefined) throw new TableInputError(`${this.source}: has no column "${missing}" (${role}); columns: ${this.columnNames.join(', ')}`);
  }

  /**
   * The SQL relation of the file, for `FROM`: `read_csv(...)` with the given columns parsed as DOUBLE
   * (every other column VARCHAR), or `read_parquet(...)`.
   *
   * @param numeric - CSV columns DuckDB should parse as numbers while reading
   */
  relation(numeric: readonly string[] = []): string {
    const file = quoteLiteral(this.file);
    if (this.format === 'parquet') return `read_parquet(${file})`;
    return csvRelation(this.file, numeric);
  }

  /** Number of data rows (one scan of a CSV; Parquet reads it from the footer). */
  async rowCount(): Promise<number> {
    const reader = await this.run(() => this.connection.runAndReadAll(`SELECT count(*) FROM ${this.relation()}`));
    return Number(reader.getColumns()[0]![0]);
  }

  /**
   * Reads numeric columns in one scan, each as a Float64Array of its non-null values in row order
   * with the count of null (empty) cells.
   *
   * @param names - the columns, each numeric in the file or text holding numbers
   * @returns the columns by name
   * @throws TableInputError naming the table, column and line (CSV) or row (Parquet) of a cell that
   *   is not a finite number, or a column that is missing or of a non-numeric type (BOOLEAN, DATE...)
   */
  async numeric(names: readonly string[]): Promise<Map<string, NumericColumn>> {
    this.requireColumns(names, 'a numeric column');
    if (names.length === 0) return new Map();
    for (const name of names) {
      const type = this.typeOf(name);
      if (type !== 'VARCHAR' && !isNumericType(type)) throw new TableInputError(`${this.source}: column "${name}" is ${type}, not a number`);
    }
    const select = names.map((n) => (this.format === 'csv' ? q(n) : `CAST(${q(n)} AS DOUBLE)`)).join(', ');
    try {
      const columns = await readFloat64Columns(this.connection, `SELECT ${select} FROM ${this.relation(names)}`);
      return new Map(names.map((n, i) => [n, columns[i]!]));
    } catch (err) {
      if (err instanceof NonFiniteValueError) {
        throw new TableInputError(`${this.source}: column "${names[err.column]}" ${this.rowLabel(err.row)}: ${err.value} is not a finite number`);
      }
      throw await this.conversionError(err as Error, names);
    }
  }

  /**
   * Reads one column as categories (dictionary codes, -1 for null), its values as text.
   *
   * @param name - the column
   * @param opts - `trim`: strip surrounding blanks from each value (CSV hand-edited files)
   * @throws TableInputError when the column is missing
   */
  async categorical(name: string, opts: { trim?: boolean } = {}): Promise<CategoricalColumn> {
    this.requireColumns([name], 'a categorical column');
    const text = `CAST(${q(name)} AS VARCHAR)`;
    return this.run(() => readCategoricalColumn(this.connection, `SELECT ${opts.trim ? `trim(${text})` : text} FROM ${this.relation()}`));
  }

  /** The declared type of a column. */
  typeOf(name: string): string {
    const column = this.columns.find((c) => c.name === name);
    if (!column) throw new TableInputError(`${this.source}: has no column "${name}"; columns: ${this.columnNames.join(', ')}`);
    return column.type;
  }

  /** How messages name 0-based data row `row`: its line in a CSV file (header is line 1), its 1-based row in Parquet. */
  rowLabel(row: number): string {
    return this.format === 'csv' ? `line ${row + 2}` : `row ${row + 1}`;
  }

  /** Runs DuckDB work, turning its errors into TableInputErrors that name the table. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      throw err instanceof TableInputError ? err : new TableInputError(`${this.source}: ${firstLine((err as Error).message)}`);
    }
  }

  /**
   * A cell that DuckDB could not convert to DOUBLE: names the column, the line or row and the cell.
   * CSV: DuckDB's own message carries the line; Parquet text columns: found by a second query.
   */
  private async conversionError(err: Error, names: readonly string[]): Promise<TableInputError> {
    const message = err.message;
    const csv = /CSV Error on Line: (\d+)[\s\S]*?converting column "((?:[^"]|"")*)"\. Could not convert string "((?:[^"]|"")*)"/.exec(message);
    if (csv) return new TableInputError(`${this.source}: column "${csv[2]}" line ${csv[1]}: "${csv[3]}" is not a number`);
    if (this.format === 'parquet' && /Conversion Error/.test(message)) {
      for (const name of names.filter((n) => this.typeOf(n) === 'VARCHAR')) {
        const bad = await this.connection.runAndReadAll(
          `SELECT file_row_number, ${q(name)} FROM read_parquet(${quoteLiteral(this.file)}, file_row_number = true) WHERE ${q(name)} IS NOT NULL AND TRY_CAST(${q(name)} AS DOUBLE) IS NULL ORDER BY file_row_number LIMIT 1`,
        );
        const row = bad.getRows()[0];
        if (row) return new TableInputError(`${this.source}: column "${name}" ${this.rowLabel(Number(row[0]))}: "${String(row[1])}" is not a number`);
      }
    }
    return new TableInputError(`${this.source}: ${firstLine(message)}`);
  }
}

/**
 * `read_csv` with the options spelled out, so no file is read differently from the next: a header
 * line, comma-separated, RFC 4180 quoting, every column text except `numeric` (DOUBLE), empty
 * cells null; gzip from a `.gz` name.
 */
export function csvRelation(file: string, numeric: readonly string[] = []): string {
  const types = numeric.length ? `, types = {${numeric.map((n) => `${quoteLiteral(n)}: 'DOUBLE'`).join(', ')}}` : '';
  return `read_csv(${quoteLiteral(file)}, header = true, delim = ',', quote = '"', escape = '"', all_varchar = true${types})`;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
