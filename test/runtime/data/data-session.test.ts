import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DataSession, parseTableLocation, TableInputError } from '../../../runtime/data';
import { useObjectStorageTestServer } from '../../support/object-storage-test-server';
import { tempDir } from '../../support/temp-dir';

const CSV = 'age,country,income\n31,DE,1200.5\n,FR,800\n45, DE ,\n52,,3000\n';

/** Writes the same data as Parquet with DuckDB (numbers typed, like a data team's export). */
async function asParquet(session: DataSession, csvFile: string, out: string): Promise<string> {
  await session.connection.run(`COPY (SELECT CAST(age AS BIGINT) AS age, country, CAST(income AS DOUBLE) AS income FROM read_csv('${csvFile}', header = true, all_varchar = true)) TO '${out}' (FORMAT parquet)`);
  return out;
}

describe('DataSession: tables from CSV, CSV.gz and Parquet', () => {
  let dir: string;
  let session: DataSession;
  beforeEach(async () => {
    dir = tempDir();
    session = await DataSession.create();
  });
  afterEach(() => session.close());

  test('reads numeric columns as Float64Arrays with nulls dropped and counted', async () => {
    writeFileSync(join(dir, 'd.csv'), CSV);
    const table = await session.open(join(dir, 'd.csv'));
    expect(table.columnNames).toEqual(['age', 'country', 'income']);
    const cols = await table.numeric(['age', 'income']);
    expect(cols.get('age')).toEqual({ values: Float64Array.from([31, 45, 52]), missing: 1 });
    expect(cols.get('income')).toEqual({ values: Float64Array.from([1200.5, 800, 3000]), missing: 1 });
    expect(await table.rowCount()).toBe(4);
  });

  test('reads categories as dictionary codes, -1 for null, trimmed on request', async () => {
    writeFileSync(join(dir, 'd.csv'), CSV);
    const table = await session.open(join(dir, 'd.csv'));
    expect(await table.categorical('country', { trim: true })).toEqual({ codes: Int32Array.from([0, 1, 0, -1]), dictionary: ['DE', 'FR'], missing: 1 });
    expect((await table.categorical('country')).dictionary).toEqual(['DE', 'FR', ' DE ']);
  });

  test('gives the same columns from Parquet and from gzip-compressed CSV', async () => {
    const csv = join(dir, 'd.csv');
    writeFileSync(csv, CSV);
    writeFileSync(join(dir, 'd.csv.gz'), gzipSync(CSV));
    const fromCsv = await (await session.open(csv)).numeric(['age', 'income']);
    const parquet = await session.open(await asParquet(session, csv, join(dir, 'd.parquet')));
    expect(parquet.format).toBe('parquet');
    expect(await parquet.numeric(['age', 'income'])).toEqual(fromCsv);
    expect(await (await session.open(join(dir, 'd.csv.gz'))).numeric(['age', 'income'])).toEqual(fromCsv);
    expect(await parquet.categorical('country')).toEqual(await (await session.open(csv)).categorical('country'));
  });

  test('writes CSV or Parquet by the name of the output, renamed into place', async () => {
    writeFileSync(join(dir, 'd.csv'), CSV);
    const table = await session.open(join(dir, 'd.csv'));
    const sql = `SELECT age, country FROM ${table.relation()} WHERE age IS NOT NULL ORDER BY age`;
    expect(await session.write(sql, join(dir, 'out.csv'))).toBe(3);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('age,country\n31,DE\n45, DE \n52,\n');
    await session.write(sql, join(dir, 'out.parquet'));
    expect(await (await session.open(join(dir, 'out.parquet'))).numeric(['age'])).toEqual(new Map([['age', { values: Float64Array.from([31, 45, 52]), missing: 0 }]]));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('numbers rows 1-based in file order, for CSV and Parquet alike', async () => {
    const csv = join(dir, 'd.csv');
    writeFileSync(csv, CSV);
    const parquet = await session.open(await asParquet(session, csv, join(dir, 'd.parquet')));
    for (const table of [await session.open(csv), parquet]) {
      const rows = (await session.connection.runAndReadAll(`SELECT n, country FROM ${table.numberedRelation('n')} WHERE country IS NOT NULL ORDER BY n`)).getRows();
      expect(rows.map((r) => [Number(r[0]), r[1]])).toEqual([[1, 'DE'], [2, 'FR'], [3, ' DE ']]);
      expect((await session.connection.runAndReadAll(`SELECT * FROM ${table.numberedRelation('n')} LIMIT 1`)).columnNames()).toEqual(['age', 'country', 'income', 'n']);
    }
    expect(() => parquet.numberedRelation('age')).toThrow(/d\.parquet: has a column "age", the name reserved for row numbers/);
  });

  test('fails to write without leaving a half-written output or replacing the old one', async () => {
    writeFileSync(join(dir, 'out.csv'), 'previous\n');
    await expect(session.write(`SELECT CAST('x' AS INTEGER) AS broken`, join(dir, 'out.csv'))).rejects.toThrow(/out\.csv: cannot write: Conversion Error/);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('previous\n');
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  test('fails on a missing file, naming it', async () => {
    await expect(session.open(join(dir, 'nope.csv'))).rejects.toThrow(new TableInputError(`${join(dir, 'nope.csv')}: file not found`));
  });

  test('fails on an unreadable Parquet file', async () => {
    writeFileSync(join(dir, 'bad.parquet'), 'not parquet at all');
    await expect(session.open(join(dir, 'bad.parquet'))).rejects.toThrow(/bad\.parquet: not a readable Parquet file: .*magic bytes/);
  });

  test('fails on an empty file and on a header without rows', async () => {
    writeFileSync(join(dir, 'empty.csv'), '');
    writeFileSync(join(dir, 'header.csv'), 'a,b\n');
    await expect(session.open(join(dir, 'empty.csv'))).rejects.toThrow(/empty\.csv: the file is empty \(a header row is required\)/);
    await expect(session.open(join(dir, 'header.csv'))).rejects.toThrow(/header\.csv: has a header but no data row/);
    expect((await session.open(join(dir, 'header.csv'), { allowEmpty: true })).columnNames).toEqual(['a', 'b']);
  });

  test('fails on a column name repeated in the header', async () => {
    writeFileSync(join(dir, 'dup.csv'), 'a,b,a\n1,2,3\n');
    await expect(session.open(join(dir, 'dup.csv'))).rejects.toThrow(/dup\.csv: column "a" appears twice in the header/);
  });

  test('fails on a non-numeric cell with the file, column and line (CSV)', async () => {
    writeFileSync(join(dir, 'd.csv'), 'x,y\n1,2\n3,abc\n');
    const table = await session.open(join(dir, 'd.csv'));
    await expect(table.numeric(['x', 'y'])).rejects.toThrow(`${join(dir, 'd.csv')}: column "y" line 3: "abc" is not a number`);
  });

  test('fails on a non-numeric cell with the file, column and row number (Parquet)', async () => {
    const file = join(dir, 'd.parquet');
    await session.connection.run(`COPY (SELECT * FROM (VALUES ('1', 'a'), ('2.5', 'b'), ('oops', 'c')) v(x, name)) TO '${file}' (FORMAT parquet)`);
    const table = await session.open(file);
    await expect(table.numeric(['x'])).rejects.toThrow(`${file}: column "x" row 3: "oops" is not a number`);
  });

  test('fails on infinite and NaN cells, which are not finite numbers', async () => {
    writeFileSync(join(dir, 'd.csv'), 'x\n1\ninf\n');
    await expect((await session.open(join(dir, 'd.csv'))).numeric(['x'])).rejects.toThrow(/d\.csv: column "x" line 3: Infinity is not a finite number/);
  });

  test('fails on a column the file does not have, listing the columns it has', async () => {
    writeFileSync(join(dir, 'd.csv'), CSV);
    const table = await session.open(join(dir, 'd.csv'));
    await expect(table.numeric(['salary'])).rejects.toThrow(/d\.csv: has no column "salary" \(a numeric column\); columns: age, country, income/);
    expect(() => table.requireColumns(['label'], '--label')).toThrow(/has no column "label" \(--label\)/);
  });

  test('fails on a Parquet column that is not a number', async () => {
    const file = join(dir, 'd.parquet');
    await session.connection.run(`COPY (SELECT DATE '2026-01-01' AS day) TO '${file}' (FORMAT parquet)`);
    await expect((await session.open(file)).numeric(['day'])).rejects.toThrow(/column "day" is DATE, not a number/);
  });
});

describe('parseTableLocation', () => {
  test('tells the format from the name, or takes it as given', () => {
    expect(parseTableLocation('a/b.CSV')).toMatchObject({ format: 'csv', gzip: false, path: 'a/b.CSV' });
    expect(parseTableLocation('b.csv.gz')).toMatchObject({ format: 'csv', gzip: true });
    expect(parseTableLocation('b.pq')).toMatchObject({ format: 'parquet' });
    expect(parseTableLocation('export', 'parquet')).toMatchObject({ format: 'parquet' });
    expect(parseTableLocation('oci://data@ns/x/y.parquet')).toMatchObject({ object: { bucket: 'data', namespace: 'ns', object: 'x/y.parquet' } });
  });

  test('fails on a name without a known extension', () => {
    expect(() => parseTableLocation('data.json')).toThrow(/data\.json: cannot tell the format from the name; use a \.csv, \.csv\.gz or \.parquet name/);
  });

  test('fails on an oci:// URI of another form', () => {
    expect(() => parseTableLocation('oci://bucket/x.csv')).toThrow(/expected oci:\/\/<bucket>@<namespace>\/<object>/);
  });
});

describe('DataSession: oci:// tables', () => {
  const { server, client } = useObjectStorageTestServer();

  test('downloads the object with a signed GetObject into a private temporary file, removed on close', async () => {
    server.setHandler((req) => (req.url === '/n/acme/b/datasets/o/2026%2Fref.csv' ? { status: 200, body: CSV } : { status: 404, json: { code: 'ObjectNotFound', message: 'no' } }));
    const session = await DataSession.create({ objectStorage: async () => client() });
    const table = await session.open('oci://datasets@acme/2026/ref.csv');
    expect(table.source).toBe('oci://datasets@acme/2026/ref.csv');
    expect((await table.numeric(['age'])).get('age')!.values).toEqual(Float64Array.from([31, 45, 52]));
    expect(server.requests.at(-1)!.signatureError).toBeNull();
    expect(existsSync(table.file)).toBe(true);
    await session.close();
    expect(existsSync(table.file)).toBe(false);
  });

  test('makes one Object Storage client per session, however many objects it reads', async () => {
    server.setHandler(() => ({ status: 200, body: CSV }));
    const factory = jest.fn(async () => client());
    const session = await DataSession.create({ objectStorage: factory });
    try {
      await session.open('oci://datasets@acme/a.csv');
      await session.open('oci://datasets@acme/b.csv');
    } finally {
      await session.close();
    }
    expect(factory).toHaveBeenCalledTimes(1);
  });

  test('fails on an object that does not exist, and on one the caller may not read', async () => {
    const session = await DataSession.create({ objectStorage: async () => client() });
    try {
      server.setHandler(() => ({ status: 404, json: { code: 'ObjectNotFound', message: 'The object was not found' } }));
      await expect(session.open('oci://datasets@acme/missing.csv')).rejects.toThrow(/oci:\/\/datasets@acme\/missing\.csv: the object does not exist/);
      server.setHandler(() => ({ status: 403, json: { code: 'NotAuthorizedOrNotFound', message: 'Authorization failed' } }));
      await expect(session.open('oci://datasets@acme/secret.parquet')).rejects.toThrow(/not authorised to read the object \(HTTP 403\)/);
    } finally {
      await session.close();
    }
  });
});
