import duckdb from '@duckdb/node-bindings';
import { type DuckDBConnection, type DuckDBDataChunk, DuckDBTypeId } from '@duckdb/node-api';

/** A numeric column: its non-null values in row order, and how many cells were null. */
export interface NumericColumn {
  readonly values: Float64Array;
  /** Null (empty) cells, which `values` leaves out. */
  readonly missing: number;
}

/** A category column as dictionary codes: `codes[i]` indexes `dictionary`, -1 for a null cell. */
export interface CategoricalColumn {
  readonly codes: Int32Array;
  /** Distinct values in order of first appearance. */
  readonly dictionary: readonly string[];
  readonly missing: number;
}

/** Where a non-finite value (inf, nan) was found: the column and the 0-based row. */
export class NonFiniteValueError extends Error {
  constructor(
    readonly column: number,
    readonly row: number,
    readonly value: number,
  ) {
    super(`non-finite value ${value} in column ${column}, row ${row}`);
  }
}

/** A Float64Array that doubles its capacity as values arrive. */
class Float64Builder {
  private buf = new Float64Array(1024);
  length = 0;

  push(v: number): void {
    if (this.length === this.buf.length) this.grow(this.length + 1);
    this.buf[this.length++] = v;
  }

  pushAll(values: Float64Array): void {
    if (this.length + values.length > this.buf.length) this.grow(this.length + values.length);
    this.buf.set(values, this.length);
    this.length += values.length;
  }

  private grow(min: number): void {
    const next = new Float64Array(Math.max(min, this.buf.length * 2));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  /** The values, trimmed to their length (one copy, then the builder is spent). */
  finish(): Float64Array {
    return this.buf.length === this.length ? this.buf : this.buf.slice(0, this.length);
  }
}

/** Raw DOUBLE data of a chunk's column, viewed without a copy where DuckDB's buffer is aligned. */
function doubles(chunk: DuckDBDataChunk, column: number, rows: number): { data: Float64Array; validity: Uint8Array | null } {
  const vector = duckdb.data_chunk_get_vector(chunk.chunk, column);
  const bytes = duckdb.vector_get_data(vector, rows * 8);
  const data = bytes.byteOffset % 8 === 0 ? new Float64Array(bytes.buffer, bytes.byteOffset, rows) : new Float64Array(bytes.slice().buffer);
  const validity = duckdb.vector_get_validity(vector, Math.ceil(rows / 64) * 8) as Uint8Array | null;
  return { data, validity };
}

/** How `readFloat64Columns` hands over null cells. */
export interface ReadFloat64Options {
  /**
   * `drop`: left out of `values` (counted in `missing`); `nan`: kept in place as NaN, so `values`
   * has one entry per row (NaN is unambiguous: non-finite cells are refused).
   * @default 'drop'
   */
  readonly nulls?: 'drop' | 'nan';
  /**
   * Run the whole query before handing over the first chunk: DuckDB's threads then work while the
   * caller's JavaScript does something else (sorts the previous table), at the cost of holding the
   * result in DuckDB's memory until it is copied. Streaming (the default) computes chunk by chunk
   * as they are fetched.
   * @default false
   */
  readonly materialize?: boolean;
}

/**
 * Runs a query whose every column is DOUBLE and streams the result into one Float64Array per column,
 * chunk by chunk (DuckDB's 2048-row vectors copied as blocks, nulls dropped and counted, or kept as
 * NaN): no JS value per cell. Non-finite values (DuckDB parses "inf" and "nan") are refused.
 *
 * @param connection - the DuckDB connection
 * @param sql - a query whose columns are all DOUBLE
 * @param opts - how nulls are handed over
 * @returns one column per query column, in query order
 * @throws NonFiniteValueError at the first infinite or NaN value; Error when a column is not DOUBLE;
 *   DuckDB's error when the query fails (a cell that does not convert, say)
 * @example
 * const [x] = await readFloat64Columns(connection, 'SELECT CAST(x AS DOUBLE) FROM t'); // { values: Float64Array [...], missing: 0 }
 */
export async function readFloat64Columns(connection: DuckDBConnection, sql: string, opts: ReadFloat64Options = {}): Promise<NumericColumn[]> {
  const keepNulls = opts.nulls === 'nan';
  const result = opts.materialize ? await connection.run(sql) : await connection.stream(sql);
  for (let c = 0; c < result.columnCount; c++) {
    if (result.columnTypeId(c) !== DuckDBTypeId.DOUBLE) throw new Error(`readFloat64Columns: column ${c} ("${result.columnName(c)}") is ${result.columnType(c).toString()}, expected DOUBLE`);
  }
  const builders = Array.from({ length: result.columnCount }, () => new Float64Builder());
  const missing = new Array<number>(result.columnCount).fill(0);
  let rowBase = 0;
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    const rows = chunk.rowCount;
    for (let c = 0; c < builders.length; c++) {
      const { data, validity } = doubles(chunk, c, rows);
      const builder = builders[c]!;
      for (let r = 0; r < rows; r++) {
        const v = data[r]!;
        // NaN arrives only from the file ('nan'); nulls are masked by validity, not NaN.
        if (!Number.isFinite(v) && (!validity || (validity[r >> 3]! >> (r & 7)) & 1)) throw new NonFiniteValueError(c, rowBase + r, v);
      }
      if (!validity) {
        builder.pushAll(data);
        continue;
      }
      for (let r = 0; r < rows; r++) {
        if ((validity[r >> 3]! >> (r & 7)) & 1) builder.push(data[r]!);
        else {
          missing[c]!++;
          if (keepNulls) builder.push(NaN);
        }
      }
    }
    rowBase += rows;
  }
  return builders.map((b, c) => ({ values: b.finish(), missing: missing[c]! }));
}

/**
 * Runs a one-column VARCHAR query and encodes it as dictionary codes (first appearance order). The
 * strings are decoded once per cell by DuckDB's vector reader, but no row object is made.
 *
 * @param connection - the DuckDB connection
 * @param sql - a query with one VARCHAR column
 * @returns codes, dictionary and null count
 * @throws Error when the column is not VARCHAR; DuckDB's error when the query fails
 * @example
 * await readCategoricalColumn(connection, 'SELECT country FROM t'); // { codes: Int32Array [0, 1, 0], dictionary: ['DE', 'FR'], missing: 0 }
 */
export async function readCategoricalColumn(connection: DuckDBConnection, sql: string): Promise<CategoricalColumn> {
  const result = await connection.stream(sql);
  if (result.columnCount !== 1 || result.columnTypeId(0) !== DuckDBTypeId.VARCHAR) {
    throw new Error(`readCategoricalColumn: expected one VARCHAR column, got ${result.columnCount} (${result.columnCount ? result.columnType(0).toString() : '-'})`);
  }
  const index = new Map<string, number>();
  const dictionary: string[] = [];
  let codes = new Int32Array(1024);
  let length = 0;
  let missing = 0;
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    const vector = chunk.getColumnVector(0);
    const rows = chunk.rowCount;
    if (length + rows > codes.length) {
      const next = new Int32Array(Math.max(codes.length * 2, length + rows));
      next.set(codes.subarray(0, length));
      codes = next;
    }
    for (let r = 0; r < rows; r++) {
      const v = vector.getItem(r) as string | null;
      if (v === null) {
        codes[length++] = -1;
        missing++;
        continue;
      }
      let code = index.get(v);
      if (code === undefined) {
        code = dictionary.length;
        index.set(v, code);
        dictionary.push(v);
      }
      codes[length++] = code;
    }
  }
  return { codes: codes.slice(0, length), dictionary, missing };
}
