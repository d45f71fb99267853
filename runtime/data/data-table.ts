import { open as openFile } from 'node:fs/promises';
import { type DuckDBConnection } from '@duckdb/node-api';
import { quoteIdent as q, quoteLiteral } from './quote-sql';
import { type CategoricalColumn, NonFiniteValueError, type NumericColumn, type ReadFloat64Options, readCategoricalColumn, readFloat64Columns } from './read-columns';
import { TableCellError } from './table-cell-error';
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
  /**
   * How messages locate a row: as a line of a CSV file or a row of a Parquet file.
   * @default - by `format` (a Parquet copy of a CSV file keeps the CSV's line numbers)
   */
  readonly rowsAs?: TableFormat;
}

const NUMERIC_TYPES = new Set(['TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'HUGEINT', 'UTINYINT', 'USMALLINT', 'UINTEGER', 'UBIGINT', 'UHUGEINT', 'FLOAT', 'DOUBLE']);
const SAMPLE_BYTES = 1 << 20;
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
  private readonly rowsAs: TableFormat;

  constructor(init: DataTableInit) {
    this.connection = init.connection;
    this.source = init.source;
    this.format = init.format;
    this.file = init.file;
    this.columns = init.columns;
    this.rowsAs = init.rowsAs ?? init.format;
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

  /**
   * The relation with one more column, `column`, holding each row's 1-based data row number in file
   * order: Parquet's `file_row_number` (free: read from the row groups), a CSV's
   * `row_number() OVER ()` (the scan keeps insertion order, so the numbering follows the file).
   * Costlier than `relation()` on CSV: use it for the rows that need naming, not for every pass.
   *
   * @param column - name of the row-number column; must not be one of the table's columns
   * @throws TableInputError when the table already has a column of that name
   * @example
   * `SELECT min(__row, 20) FILTER (WHERE amount < 0) FROM ${table.numberedRelation('__row')}`
   */
  numberedRelation(column: string): string {
    if (this.has(column)) throw new TableInputError(`${this.source}: has a column "${column}", the name reserved for row numbers`);
    if (this.format === 'parquet') {
      return `(SELECT * EXCLUDE (file_row_number), file_row_number + 1 AS ${q(column)} FROM read_parquet(${quoteLiteral(this.file)}, file_row_number = true))`;
    }
    return `(SELECT *, row_number() OVER () AS ${q(column)} FROM ${this.relation()})`;
  }

  /** Number of data rows (one scan of a CSV; Parquet reads it from the footer). */
  async rowCount(): Promise<number> {
    const reader = await this.run(() => this.connection.runAndReadAll(`SELECT count(*) FROM ${this.relation()}`));
    return Number(reader.getColumns()[0]![0]);
  }

  /**
   * Writes the table to a Parquet file with `numeric` columns parsed as DOUBLE (others kept as they
   * are) and returns that copy, for reading a CSV file's columns one at a time without parsing it
   * again for each: CSV is a row format, so every read of one column scans the whole text, while
   * Parquet stores each column apart. The copy keeps this table's name and line numbers in messages.
   *
   * @param file - the Parquet file to write (a private temporary file: see `DataSession.columnar`)
   * @param numeric - the columns to parse as numbers
   * @returns the table of the copy
   * @throws TableCellError naming the column and line of a cell that is not a number
   */
  async copyToParquet(file: string, numeric: readonly string[]): Promise<DataTable> {
    this.requireColumns(numeric, 'a numeric column');
    const select = this.columns.map((c) => (numeric.includes(c.name) && this.format === 'parquet' ? `CAST(${q(c.name)} AS DOUBLE) AS ${q(c.name)}` : q(c.name))).join(', ');
    try {
      await this.connection.run(`COPY (SELECT ${select} FROM ${this.relation(numeric)}) TO ${quoteLiteral(file)} (FORMAT parquet)`);
    } catch (err) {
      throw await this.conversionError(err as Error, numeric);
    }
    const columns = this.columns.map((c) => (numeric.includes(c.name) ? { name: c.name, type: 'DOUBLE' } : c));
    return new DataTable({ connection: this.connection, source: this.source, format: 'parquet', file, columns, rowsAs: this.rowsAs });
  }

  /**
   * The number of data rows, cheaply: exact for Parquet (the footer) and for small or compressed CSV
   * files (a scan); for a large CSV file, its size over the mean line length of its first MiB. For
   * planning memory, not for results.
   */
  async estimatedRows(): Promise<number> {
    if (this.format === 'parquet' || this.file.toLowerCase().endsWith('.gz')) return this.rowCount();
    const handle = await openFile(this.file, 'r');
    try {
      const { size } = await handle.stat();
      const sample = Buffer.alloc(Math.min(size, SAMPLE_BYTES));
      const { bytesRead } = await handle.read(sample, 0, sample.length, 0);
      if (bytesRead === size) return this.rowCount();
      let lines = 0;
      for (let i = 0; i < bytesRead; i++) if (sample[i] === 0x0a) lines++;
      return Math.ceil((size / bytesRead) * Math.max(1, lines)) - 1;
    } finally {
      await handle.close();
    }
  }

  /** Whether the table has at least one data row (reads one row, not the whole file). */
  async hasRows(): Promise<boolean> {
    const reader = await this.run(() => this.connection.runAndReadAll(`SELECT 1 FROM ${this.relation()} LIMIT 1`));
    return reader.currentRowCount > 0;
  }

  /**
   * Reads numeric columns in one scan, each as a Float64Array of its non-null values in row order
   * with the count of null (empty) cells.
   *
   * @param names - the columns, each numeric in the file or text holding numbers
   * @param opts - `nulls: 'nan'` keeps null cells in place as NaN (one value per row)
   * @returns the columns by name
   * @throws TableInputError naming the table, column and line (CSV) or row (Parquet) of a cell that
   *   is not a finite number, or a column that is missing or of a non-numeric type (BOOLEAN, DATE...)
   */
  async numeric(names: readonly string[], opts: ReadFloat64Options = {}): Promise<Map<string, NumericColumn>> {
    this.requireColumns(names, 'a numeric column');
    if (names.length === 0) return new Map();
    for (const name of names) {
      const type = this.typeOf(name);
      if (type !== 'VARCHAR' && !isNumericType(type)) throw new TableInputError(`${this.source}: column "${name}" is ${type}, not a number`);
    }
    const select = names.map((n) => (this.format === 'csv' ? q(n) : `CAST(${q(n)} AS DOUBLE)`)).join(', ');
    try {
      const columns = await readFloat64Columns(this.connection, `SELECT ${select} FROM ${this.relation(names)}`, opts);
      return new Map(names.map((n, i) => [n, columns[i]!]));
    } catch (err) {
      if (err instanceof NonFiniteValueError) {
        const column = names[err.column]!;
        throw new TableCellError(`${this.source}: column "${column}" ${this.rowLabel(err.row)}: ${err.value} is not a finite number`, column);
      }
      throw await this.conversionError(err as Error, names);
    }
  }

  /**
   * Reads one column as categories (dictionary codes, -1 for null), its values as text.
   *
   * @param name - the column
   * @param opts - `trim`: strip surrounding blanks from each value (CSV hand-edited files); a value
   *   of blanks only is then null, like an empty cell
   * @throws TableInputError when the column is missing
   */
  async categorical(name: string, opts: { trim?: boolean } = {}): Promise<CategoricalColumn> {
    this.requireColumns([name], 'a categorical column');
    const text = `CAST(${q(name)} AS VARCHAR)`;
    return this.run(() => readCategoricalColumn(this.connection, `SELECT ${opts.trim ? `NULLIF(trim(${text}), '')` : text} FROM ${this.relation()}`));
  }

  /** The declared type of a column. */
  typeOf(name: string): string {
    const column = this.columns.find((c) => c.name === name);
    if (!column) throw new TableInputError(`${this.source}: has no column "${name}"; columns: ${this.columnNames.join(', ')}`);
    return column.type;
  }

  /** How messages name 0-based data row `row`: its line in a CSV file (header is line 1), its 1-based row in Parquet. */
  rowLabel(row: number): string {
    return this.rowsAs === 'csv' ? `line ${row + 2}` : `row ${row + 1}`;
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
    if (csv) {
      const column = csv[2]!;
      return new TableCellError(`${this.source}: column "${column}" line ${csv[1]}: "${csv[3]}" is not a number`, column);
    }
    if (this.format === 'parquet' && /Conversion Error/.test(message)) {
      for (const name of names.filter((n) => this.typeOf(n) === 'VARCHAR')) {
        const bad = await this.connection.runAndReadAll(
          `SELECT file_row_number, ${q(name)} FROM read_parquet(${quoteLiteral(this.file)}, file_row_number = true) WHERE ${q(name)} IS NOT NULL AND TRY_CAST(${q(name)} AS DOUBLE) IS NULL ORDER BY file_row_number LIMIT 1`,
        );
        const row = bad.getRows()[0];
        if (row) return new TableCellError(`${this.source}: column "${name}" ${this.rowLabel(Number(row[0]))}: "${String(row[1])}" is not a number`, name);
      }
    }
    return new TableInputError(`${this.source}: ${firstLine(message)}`);
  }
}

/**
 * `read_csv` with the options spelled out, so no file is read differently from the next: a header
 * line, comma-separated, RFC 4180 quoting, every column text except `numeric` (DOUBLE), empty
 * cells null; gzip from a `.gz` name. `header: false` reads the header line as a row (to see the
 * names as written: DuckDB renames a repeated one).
 */
export function csvRelation(file: string, numeric: readonly string[] = [], opts: { header?: boolean } = {}): string {
  const types = numeric.length ? `, types = {${numeric.map((n) => `${quoteLiteral(n)}: 'DOUBLE'`).join(', ')}}` : '';
  return `read_csv(${quoteLiteral(file)}, header = ${opts.header ?? true}, delim = ',', quote = '"', escape = '"', all_varchar = true${types})`;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
