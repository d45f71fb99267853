import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSession, planColumnGroups, TableCellError } from '../../../runtime/data';
import { tempDir } from '../../support/temp-dir';

describe('DataSession.columnar: a CSV table read a few columns at a time from one Parquet copy', () => {
  const dir = tempDir();
  let session: DataSession;
  beforeEach(async () => {
    session = await DataSession.create();
  });
  afterEach(() => session.close());

  test('gives the columns the CSV gives, and keeps the name of the CSV file', async () => {
    writeFileSync(join(dir, 'd.csv'), 'a,b,c\n1,x,2.5\n,y,3\n4,,\n');
    const csv = await session.open(join(dir, 'd.csv'));
    const copy = await session.columnar(csv, ['a', 'c']);
    expect(copy.format).toBe('parquet');
    expect(copy.source).toBe(join(dir, 'd.csv'));
    expect(await copy.numeric(['a'])).toEqual(await csv.numeric(['a']));
    expect(await copy.numeric(['c'])).toEqual(await csv.numeric(['c']));
    expect(await copy.categorical('b')).toEqual(await csv.categorical('b'));
    expect(await session.columnar(copy, ['a'])).toBe(copy);
  });

  test('fails on a non-numeric cell with the CSV line, while copying', async () => {
    writeFileSync(join(dir, 'bad.csv'), 'a,b\n1,2\n3,x\n');
    const csv = await session.open(join(dir, 'bad.csv'));
    const copying = session.columnar(csv, ['a', 'b']);
    await expect(copying).rejects.toThrow(`${join(dir, 'bad.csv')}: column "b" line 3: "x" is not a number`);
    await expect(copying).rejects.toBeInstanceOf(TableCellError);
  });

  test('names the CSV line of an infinite value found in the copy', async () => {
    writeFileSync(join(dir, 'inf.csv'), 'a\n1\n2\ninf\n');
    const copy = await session.columnar(await session.open(join(dir, 'inf.csv')), ['a']);
    await expect(copy.numeric(['a'])).rejects.toThrow(/inf\.csv: column "a" line 4: Infinity is not a finite number/);
  });
});

describe('DataTable: nulls in place, cheap row counts', () => {
  const dir = tempDir();
  let session: DataSession;
  beforeEach(async () => {
    session = await DataSession.create();
  });
  afterEach(() => session.close());

  test("keeps null cells as NaN with nulls: 'nan', one value per row", async () => {
    writeFileSync(join(dir, 'd.csv'), 'a\n1\n\n3\n');
    const table = await session.open(join(dir, 'd.csv'));
    expect((await table.numeric(['a'], { nulls: 'nan' })).get('a')).toEqual({ values: Float64Array.from([1, NaN, 3]), missing: 1 });
  });

  test('estimates the rows of a large CSV file from its first MiB, and counts small ones', async () => {
    const line = '12345.678,23456.789\n';
    writeFileSync(join(dir, 'big.csv'), `a,b\n${line.repeat(200_000)}`);
    writeFileSync(join(dir, 'small.csv'), `a,b\n${line.repeat(10)}`);
    const estimate = await (await session.open(join(dir, 'big.csv'))).estimatedRows();
    expect(Math.abs(estimate - 200_000)).toBeLessThan(200);
    expect(await (await session.open(join(dir, 'small.csv'))).estimatedRows()).toBe(10);
  });

  test('reads a value of blanks only as null when trimming categories', async () => {
    writeFileSync(join(dir, 'c.csv'), 'c,n\n a ,1\n   ,2\nb,3\n');
    expect(await (await session.open(join(dir, 'c.csv'))).categorical('c', { trim: true })).toEqual({ codes: Int32Array.from([0, -1, 1]), dictionary: ['a', 'b'], missing: 1 });
  });
});

describe('planColumnGroups', () => {
  test('reads every column in one group when they fit (the JSDoc example otherwise)', () => {
    expect(planColumnGroups(['a', 'b', 'c'], 80e6, 512e6)).toEqual([['a', 'b', 'c']]);
    expect(planColumnGroups(['a', 'b', 'c'], 80e6, 200e6)).toEqual([['a', 'b'], ['c']]);
  });

  test('reads one column at a time when a single column exceeds the budget', () => {
    expect(planColumnGroups(['a', 'b'], 900e6, 512e6)).toEqual([['a'], ['b']]);
  });

  test('fails on a negative size', () => {
    expect(() => planColumnGroups(['a'], -1)).toThrow(/planColumnGroups: sizes must be numbers >= 0, got bytesPerColumn -1/);
  });
});
