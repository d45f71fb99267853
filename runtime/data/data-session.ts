import { mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { csvRelation, DataTable, type TableColumn } from './data-table';
import { downloadObject, type ObjectDownloader } from './download-object';
import { quoteLiteral } from './quote-sql';
import { TableInputError } from './table-input-error';
import { parseTableLocation, type TableFormat, type TableLocation } from './table-location';
import { uploadObject, type ObjectUploader } from './upload-object';

export interface DataSessionOptions {
  /**
   * The Object Storage client for `oci://` tables, created on first use.
   * @default - an `ObjectStorageClient` with `createAuthProvider()` (resource principal in OCI, else
   *   the OCI config file) and the endpoint `OCI_MLOPS_OBJECTSTORAGE_ENDPOINT` when set
   */
  readonly objectStorage?: () => Promise<ObjectDownloader & Partial<ObjectUploader>>;
  /**
   * An existing DuckDB connection to read through (a feature store's, say); the session then neither
   * creates nor closes a database.
   * @default - an in-memory DuckDB database of the session's own
   */
  readonly connection?: DuckDBConnection;
}

export interface OpenTableOptions {
  /**
   * The file format.
   * @default - from the name: `.csv`, `.csv.gz`, `.parquet`, `.pq`
   */
  readonly format?: TableFormat;
  /**
   * Whether a table with a header but no data row is acceptable.
   * @default false
   */
  readonly allowEmpty?: boolean;
}

export interface WriteTableOptions {
  /**
   * The output format.
   * @default - from the name of `out`
   */
  readonly format?: TableFormat;
}

/**
 * The data plane of every command and job: one DuckDB database that opens tables from local CSV,
 * CSV.gz and Parquet files or `oci://` objects (streamed into a private temporary folder, removed
 * by `close`), runs SQL over them and writes results with `COPY ... TO` into a temporary file that
 * is renamed into place only when complete.
 *
 * @example
 * const session = await DataSession.create();
 * try {
 *   const table = await session.open('reference.parquet');
 *   const columns = await table.numeric(['age', 'income']); // Float64Array per column
 *   await session.write(`SELECT * FROM ${table.relation()} WHERE age > 30`, 'older.csv');
 * } finally {
 *   await session.close();
 * }
 */
export class DataSession {
  /** Creates a session with its own in-memory DuckDB database (or on `opts.connection`). */
  static async create(opts: DataSessionOptions = {}): Promise<DataSession> {
    if (opts.connection) return new DataSession(null, opts.connection, opts);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    // Times with a zone are written in UTC, whatever the machine's zone: outputs do not depend on where they ran.
    await connection.run("SET TimeZone = 'UTC'");
    return new DataSession(instance, connection, opts);
  }

  private tempDir?: Promise<string>;
  /** Numbers the session's temporary files (downloads, Parquet copies, outputs) so names never clash. */
  private tempFiles = 0;
  private objectStorageClient?: Promise<ObjectDownloader & Partial<ObjectUploader>>;

  private constructor(
    private readonly instance: DuckDBInstance | null,
    readonly connection: DuckDBConnection,
    private readonly opts: DataSessionOptions,
  ) {}

  /**
   * Opens a table: checks the file exists and is readable in its format, and reads its columns.
   *
   * @param location - a local path or `oci://<bucket>@<namespace>/<object>`
   * @param opts - format override, whether a header-only table is accepted
   * @returns the table
   * @throws TableInputError naming the table: missing file or object, not authorised, unreadable
   *   Parquet, empty file, a header without data rows, a column name repeated in the header
   */
  async open(location: string, opts: OpenTableOptions = {}): Promise<DataTable> {
    const where = parseTableLocation(location, opts.format);
    const file = where.object ? await this.download(where) : await localFile(where);
    const columns = await this.describe(where, file);
    const table = new DataTable({ connection: this.connection, source: where.display, format: where.format, file, columns });
    if (!opts.allowEmpty && !(await table.hasRows())) throw new TableInputError(`${where.display}: has a header but no data row`);
    return table;
  }

  /**
   * Writes the result of a query as CSV (with a header) or Parquet, by the name of `out`: DuckDB
   * writes a temporary file beside it, renamed over `out` only when the query completed, so a
   * failure leaves no half-written output (and any earlier file intact). An `oci://` output is
   * written to the session's temporary folder, then put as one object (which appears only complete).
   *
   * @param sql - the query whose rows are written
   * @param out - the output path (`.csv`, `.csv.gz`, `.parquet`) or `oci://<bucket>@<namespace>/<object>`
   * @param opts - format override
   * @returns the number of rows written
   * @throws TableInputError naming `out` when the format is unknown or the query fails
   */
  async write(sql: string, out: string, opts: WriteTableOptions = {}): Promise<number> {
    const where = parseTableLocation(out, opts.format);
    if (where.object) {
      const local = join(await this.privateDir(), `out-${++this.tempFiles}-${basename(where.object.object)}`);
      const rows = await this.write(sql, local, { format: where.format });
      try {
        const client = await this.objectStorage();
        if (!client.putObject) throw new TableInputError(`${out}: the Object Storage client given to the session cannot put objects`);
        await uploadObject(client as ObjectUploader, local, where.object);
      } finally {
        await rm(local, { force: true });
      }
      return rows;
    }
    const temp = join(dirname(out), `.${basename(out)}.${process.pid}.${Date.now()}.tmp`);
    const format = where.format === 'parquet' ? 'FORMAT parquet' : `FORMAT csv, HEADER true${where.gzip ? ", COMPRESSION 'gzip'" : ''}`;
    try {
      const result = await this.connection.run(`COPY (${sql}) TO ${quoteLiteral(temp)} (${format})`);
      await rename(temp, out);
      return Number(result.rowsChanged);
    } catch (err) {
      await rm(temp, { force: true });
      throw err instanceof TableInputError ? err : new TableInputError(`${out}: cannot write: ${(err as Error).message.split('\n')[0]}`);
    }
  }

  /**
   * The table as a Parquet file, for reading its columns a few at a time: a CSV table is copied once
   * into the session's private temporary folder (removed by `close`) with `numeric` columns parsed
   * as DOUBLE, so each later read scans only its columns; a Parquet table is returned as it is.
   * Messages keep naming the original table and its CSV line numbers.
   *
   * @param table - a table of this session
   * @param numeric - the columns to parse as numbers
   * @returns a Parquet-backed table with the same columns and rows, in the same order
   * @throws TableCellError naming the column and line of a cell that is not a number
   */
  async columnar(table: DataTable, numeric: readonly string[]): Promise<DataTable> {
    if (table.format === 'parquet') return table;
    const file = join(await this.privateDir(), `${++this.tempFiles}-columnar.parquet`);
    return table.copyToParquet(file, numeric);
  }

  /** Closes the database (unless it was passed in) and removes downloaded objects. */
  async close(): Promise<void> {
    if (this.instance) {
      this.connection.closeSync();
      this.instance.closeSync();
    }
    if (this.tempDir) await rm(await this.tempDir, { recursive: true, force: true });
  }

  private async download(where: TableLocation): Promise<string> {
    const dir = await this.privateDir();
    const client = await this.objectStorage();
    // Keep the object's extension (the format and gzip read from it); number files so names never clash.
    return downloadObject(client, where.object!, dir, `${++this.tempFiles}-${basename(where.object!.object)}`);
  }

  /** The session's one Object Storage client, made on first use (credentials are read once, not per object). */
  private objectStorage(): Promise<ObjectDownloader & Partial<ObjectUploader>> {
    this.objectStorageClient ??= (this.opts.objectStorage ?? defaultObjectStorage)();
    return this.objectStorageClient;
  }

  /** The session's temporary folder (mode 0700, as mkdtemp creates it), made on first use. */
  private privateDir(): Promise<string> {
    this.tempDir ??= mkdtemp(join(tmpdir(), 'oci-mlops-data-'));
    return this.tempDir;
  }

  /** The columns of a file, and the checks every table passes (non-empty, readable, unique names). */
  private async describe(where: TableLocation, file: string): Promise<TableColumn[]> {
    const relation = where.format === 'parquet' ? `read_parquet(${quoteLiteral(file)})` : csvRelation(file);
    let columns: TableColumn[];
    try {
      const reader = await this.connection.runAndReadAll(`DESCRIBE SELECT * FROM ${relation}`);
      const [names, types] = reader.getColumns();
      columns = names!.map((n, i) => ({ name: String(n), type: String(types![i]) }));
    } catch (err) {
      const message = (err as Error).message.split('\n')[0]!;
      if (where.format === 'parquet') throw new TableInputError(`${where.display}: not a readable Parquet file: ${message}`);
      throw new TableInputError(`${where.display}: not a readable CSV file: ${message}`);
    }
    if (where.format === 'csv') {
      if ((await stat(file)).size === 0) throw new TableInputError(`${where.display}: the file is empty (a header row is required)`);
      // DuckDB renames a repeated header name (a, a_1): compare with the header as written.
      const header = (await this.connection.runAndReadAll(`SELECT * FROM ${csvRelation(file, [], { header: false })} LIMIT 1`)).getRows()[0] ?? [];
      const names = header.map((h) => String(h ?? ''));
      const repeated = names.find((n, i) => names.indexOf(n) !== i);
      if (repeated !== undefined) throw new TableInputError(`${where.display}: column "${repeated}" appears twice in the header`);
    }
    return columns;
  }
}

async function localFile(where: TableLocation): Promise<string> {
  try {
    const info = await stat(where.path!);
    if (!info.isFile()) throw new TableInputError(`${where.display}: not a file`);
  } catch (err) {
    if (err instanceof TableInputError) throw err;
    throw new TableInputError(`${where.display}: file not found`);
  }
  return where.path!;
}

async function defaultObjectStorage(): Promise<ObjectDownloader & ObjectUploader> {
  const [{ ObjectStorageClient }, oci] = await Promise.all([import('oci-objectstorage'), import('../oci')]);
  const client = new ObjectStorageClient({ authenticationDetailsProvider: await oci.createAuthProvider() }, oci.ociClientConfiguration());
  const endpoint = process.env.OCI_MLOPS_OBJECTSTORAGE_ENDPOINT;
  if (endpoint) client.endpoint = endpoint;
  return client;
}
