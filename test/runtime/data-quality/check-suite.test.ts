import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSession, type DataTable, TableInputError } from '../../../runtime/data';
import { checkSuite } from '../../../runtime/data-quality/check-suite';
import { compileSuiteSql } from '../../../runtime/data-quality/compile-suite-sql';
import { type ExpectationResult } from '../../../runtime/data-quality/suite-result';
import { type DataQualitySuiteInput, DataQualitySuiteSchema } from '../../../runtime/data-quality/suite-schema';
import { ProfileBuilder } from '../../../runtime/monitor/profile/profile-builder';
import { tempDir } from '../../support/temp-dir';

/** The issue's example data: one problem per row after the first. */
const CSV = [
  'id,amount,merchant_category,email,ts',
  '1,10.5,grocery,a@b.c,2026-12-07T10:00:00Z',
  '2,-3,travel,bad-email,2026-12-07 11:00:00',
  '3,abc,Grocery,x@y.z,2026-12-07T12:00:00+02:00',
  '3,20000,,c@d.e,notatime',
  '5,,online,,2026-12-07T09:00:00Z',
  '',
].join('\n');
const NOW = new Date('2026-12-07T18:00:00Z');

const suite = (s: Omit<DataQualitySuiteInput, 'name'>) => DataQualitySuiteSchema.parse({ name: 'test', ...s });
const pick = (results: readonly ExpectationResult[], expectation: string) => {
  const r = results.find((x) => x.expectation === expectation);
  if (!r) throw new Error(`no result ${expectation}: ${results.map((x) => x.expectation).join(', ')}`);
  return r;
};

describe('checkSuite', () => {
  const dir = tempDir();
  let session: DataSession;
  let csv: DataTable;
  let parquet: DataTable;
  beforeAll(async () => {
    session = await DataSession.create();
    writeFileSync(join(dir, 'd.csv'), CSV);
    csv = await session.open(join(dir, 'd.csv'));
    // Typed Parquet of the same rows (the unparseable cells become nulls: a typed file cannot hold them).
    await session.connection.run(
      `COPY (SELECT TRY_CAST(id AS BIGINT) AS id, TRY_CAST(amount AS DOUBLE) AS amount, merchant_category, email, TRY_CAST(ts AS TIMESTAMPTZ) AS ts FROM ${csv.relation()}) TO '${join(dir, 'd.parquet')}' (FORMAT parquet)`,
    );
    parquet = await session.open(join(dir, 'd.parquet'));
  });
  afterAll(() => session.close());

  test.each([
    ['amount.type', { amount: { type: 'number' } }, 'VARCHAR', 1, [3]],
    ['amount.notNull', { amount: { notNull: true } }, 1, 1, [5]],
    ['amount.min', { amount: { type: 'number', min: 0 } }, -3, 1, [2]],
    ['amount.max', { amount: { type: 'number', max: 10000 } }, 20000, 1, [4]],
    ['merchant_category.maxNullFraction', { merchant_category: { maxNullFraction: 0.1 } }, 0.2, 1, [4]],
    ['merchant_category.allowedValues', { merchant_category: { allowedValues: ['grocery', 'travel', 'online'] } }, ['Grocery'], 1, [3]],
    ['email.regex', { email: { regex: '^[^@]+@[^@]+$' } }, 1, 1, [2]],
    ['email.minLength', { email: { minLength: 6 } }, 5, 3, [1, 3, 4]],
    ['email.maxLength', { email: { maxLength: 8 } }, 9, 1, [2]],
    ['id.type', { id: { type: 'integer' } }, 'VARCHAR', 0, []],
    ['id.unique', { id: { type: 'integer', unique: true } }, 1, 2, [3, 4]],
    ['ts.type', { ts: { type: 'timestamp' } }, 'VARCHAR', 1, [4]],
  ] as const)('%s: observed, unexpected count and 1-based rows in file order (CSV)', async (expectation, columns, observed, count, rows) => {
    const result = await checkSuite(csv, suite({ columns: columns as never }), { now: NOW });
    expect(pick(result.results, expectation)).toEqual({
      expectation, column: expectation.split('.')[0], check: expectation.split('.')[1], success: count === 0,
      observed, unexpected_count: count, unexpected_rows: rows,
    });
    expect(result.success).toBe(count === 0);
    expect(result.n_rows).toBe(5);
  });

  test('range, allowed-value, pattern and length checks ignore nulls; notNull counts them', async () => {
    const result = await checkSuite(csv, suite({ columns: { merchant_category: { allowedValues: ['grocery', 'travel', 'online', 'Grocery'], regex: '^[a-zA-Z]+$', minLength: 5, notNull: true } } }));
    expect(result.results.map((r) => [r.check, r.success, r.unexpected_count])).toEqual([
      ['notNull', false, 1], ['allowedValues', true, 0], ['regex', true, 0], ['minLength', true, 0],
    ]);
  });

  test('numbers in text compare as numbers: integer accepts 3.0, allowedValues of numbers matches 1.0', async () => {
    writeFileSync(join(dir, 'n.csv'), 'x\n1.0\n2\n3.0\n2.5\n');
    const table = await session.open(join(dir, 'n.csv'));
    const result = await checkSuite(table, suite({ columns: { x: { type: 'integer', allowedValues: [1, 2, 3] } } }));
    expect(result.results.map((r) => [r.check, r.unexpected_rows, r.observed])).toEqual([['type', [4], 'VARCHAR'], ['allowedValues', [4], [2.5]]]);
  });

  test('a summary that fails sends the check to the row pass, which counts exactly: infinities, NaN, fractions, several breaches', async () => {
    writeFileSync(join(dir, 'f.csv'), 'x\n1\ninf\n2.5\nNaN\n-7\n3\n-1e400\n\n');
    const table = await session.open(join(dir, 'f.csv'));
    const result = await checkSuite(table, suite({ columns: { x: { type: 'integer', min: 0, max: 10 } } }));
    // inf, NaN and -1e400 (-inf) are not finite; 2.5 is not whole. NaN is above every number, as DuckDB orders it.
    expect(result.results.map((r) => [r.check, r.success, r.unexpected_count, r.unexpected_rows])).toEqual([
      ['type', false, 4, [2, 3, 4, 7]], ['min', false, 2, [5, 7]], ['max', false, 2, [2, 4]],
    ]);
    const asNumber = await checkSuite(table, suite({ columns: { x: { type: 'number' } } }));
    expect(asNumber.results[0]).toMatchObject({ success: false, unexpected_count: 3, unexpected_rows: [2, 4, 7] });
  });

  test('table checks: rowCount, compound keys, freshness against --now', async () => {
    const result = await checkSuite(csv, suite({ table: { rowCount: { min: 10 }, uniqueColumns: [['id', 'ts'], ['id']], freshness: { column: 'ts', maxAgeHours: 6 } } }), { now: NOW });
    expect(result.results).toEqual([
      { expectation: 'table.rowCount', column: null, check: 'rowCount', success: false, observed: 5, unexpected_count: null, unexpected_rows: [] },
      { expectation: 'table.uniqueColumns[id,ts]', column: null, check: 'uniqueColumns', success: true, observed: 0, unexpected_count: 0, unexpected_rows: [] },
      { expectation: 'table.uniqueColumns[id]', column: null, check: 'uniqueColumns', success: false, observed: 1, unexpected_count: 2, unexpected_rows: [3, 4] },
      // The newest parseable time is 11:00 UTC (12:00+02:00 is 10:00 UTC): 7 hours before --now.
      { expectation: 'table.freshness', column: null, check: 'freshness', success: false, observed: { newest: '2026-12-07T11:00:00.000Z', age_hours: 7 }, unexpected_count: null, unexpected_rows: [] },
    ]);
    expect((await checkSuite(csv, suite({ table: { freshness: { column: 'ts', maxAgeHours: 8 } } }), { now: NOW })).success).toBe(true);
  });

  test('a column the data lacks is a failed exists result, for column, key and freshness checks alike', async () => {
    const result = await checkSuite(csv, suite({ columns: { iban: { notNull: true } }, table: { uniqueColumns: [['id', 'branch']], freshness: { column: 'updated', maxAgeHours: 1 } } }));
    expect(result.results.map((r) => [r.expectation, r.column, r.check, r.success])).toEqual([
      ['iban.exists', 'iban', 'exists', false],
      ['table.uniqueColumns[id,branch]', 'branch', 'exists', false],
      ['table.freshness', 'updated', 'exists', false],
    ]);
  });

  test('Parquet: typed columns settle type checks; other checks find the same rows as in the CSV', async () => {
    const columns = { amount: { type: 'number', min: 0, max: 10000, notNull: true }, id: { type: 'integer', unique: true }, ts: { type: 'timestamp' }, email: { type: 'string', regex: '^[^@]+@[^@]+$' } } as const;
    const result = await checkSuite(parquet, suite({ columns: columns as never }), { now: NOW });
    expect(result.results.map((r) => [r.expectation, r.success, r.observed, r.unexpected_rows])).toEqual([
      ['amount.type', true, 'DOUBLE', []],
      ['amount.notNull', false, 2, [3, 5]], // "abc" became a null
      ['amount.min', false, -3, [2]],
      ['amount.max', false, 20000, [4]],
      ['id.type', true, 'BIGINT', []],
      ['id.unique', false, 1, [3, 4]],
      ['ts.type', true, 'TIMESTAMP WITH TIME ZONE', []],
      ['email.type', true, 'VARCHAR', []],
      ['email.regex', false, 1, [2]],
    ]);
  });

  test('fails a type check for every value of a Parquet column stored as another type', async () => {
    const result = await checkSuite(parquet, suite({ columns: { email: { type: 'number' }, amount: { type: 'string' } } }));
    expect(result.results.map((r) => [r.expectation, r.unexpected_count, r.unexpected_rows])).toEqual([['email.type', 4, [1, 2, 3, 4]], ['amount.type', 3, [1, 2, 4]]]);
  });

  test('lists at most 20 unexpected rows, the first ones in file order, on a file DuckDB reads in parallel', async () => {
    const lines = ['k,v'];
    for (let i = 1; i <= 300_000; i++) lines.push(`${i},${i % 7919 === 0 ? -1 : i}`);
    writeFileSync(join(dir, 'big.csv'), `${lines.join('\n')}\n`);
    const result = await checkSuite(await session.open(join(dir, 'big.csv')), suite({ columns: { v: { type: 'integer', min: 0 } } }));
    const min = pick(result.results, 'v.min');
    expect(min.unexpected_count).toBe(Math.floor(300_000 / 7919));
    expect(min.unexpected_rows).toEqual(Array.from({ length: 20 }, (_, i) => (i + 1) * 7919));
  });

  test('drift: each column against the reference profile with the monitor\'s statistics', async () => {
    const builder = new ProfileBuilder({ features: [{ name: 'x', type: 'numerical' }], sketchK: 200, bins: 10 });
    for (let i = 0; i < 500; i++) builder.addRow({ x: (i % 100) / 100 });
    const profile = builder.finish();
    const same = ['x', ...Array.from({ length: 400 }, (_, i) => String(((i * 7) % 100) / 100))].join('\n');
    const shifted = ['x', ...Array.from({ length: 400 }, (_, i) => String(0.5 + ((i * 7) % 100) / 100))].join('\n');
    writeFileSync(join(dir, 'same.csv'), `${same}\n`);
    writeFileSync(join(dir, 'shifted.csv'), `${shifted}\n`);
    const s = suite({ drift: { reference: 'ref.json', columns: ['x'], method: 'ks', alpha: 0.01 } });
    const ok = await checkSuite(await session.open(join(dir, 'same.csv')), s, { referenceProfile: profile });
    const bad = await checkSuite(await session.open(join(dir, 'shifted.csv')), s, { referenceProfile: profile });
    expect(ok.results[0]).toMatchObject({ expectation: 'drift.x', column: 'x', check: 'drift', success: true, observed: { method: 'ks', status: 'no_drift', n_reference: 500, n_current: 400 } });
    expect(bad.results[0]).toMatchObject({ success: false, observed: { method: 'ks', status: 'drift' }, unexpected_count: null });
    expect((bad.results[0]!.observed as { statistic: number }).statistic).toBeCloseTo(0.5, 1);
  });

  test('fails on a drift section without a profile, and on a pattern DuckDB cannot compile, naming the table', async () => {
    await expect(checkSuite(csv, suite({ drift: { reference: 'r.json', columns: ['amount'] } }))).rejects.toThrow(/suite "test": has a drift section but no reference profile was read/);
    await expect(checkSuite(csv, suite({ columns: { email: { regex: '^(?=a)' } } }))).rejects.toThrow(new RegExp(`${join(dir, 'd.csv')}: cannot check suite "test": .*`));
    await expect(checkSuite(csv, suite({ columns: { email: { regex: '^(?=a)' } } }))).rejects.toBeInstanceOf(TableInputError);
  });
});

describe('DataQualitySuiteSchema', () => {
  test.each([
    [{ columns: { x: { type: 'string', min: 1 } } }, 'columns.x.min', 'min applies to number and integer columns, not type string'],
    [{ columns: { x: { min: 5, max: 1 } } }, 'columns.x.max', 'max (1) must not be below min (5)'],
    [{ columns: { x: { type: 'integer', allowedValues: [1, 'a'] } } }, 'columns.x.allowedValues', "the allowed values of a integer column must be numbers"],
    [{ columns: { x: { regex: '(' } } }, 'columns.x.regex', 'not a valid regular expression'],
    [{ columns: { x: { maxNullFraction: 2 } } }, 'columns.x.maxNullFraction', 'must be within 0..1'],
    [{ columns: { x: { nonNull: true } } }, 'columns.x', 'Unrecognized key: "nonNull"'],
    [{ table: { rowCount: { min: 10, max: 1 } } }, 'table.rowCount.max', 'min must not be above max'],
  ])('fails on %j at %s', (input, path, message) => {
    const parsed = DataQualitySuiteSchema.safeParse({ name: 's', ...input });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([[path, expect.stringContaining(message)]]);
  });
});

describe('compileSuiteSql', () => {
  test('compiles a column check to a projection and aggregates (@example)', () => {
    const plan = compileSuiteSql(DataQualitySuiteSchema.parse({ name: 's', columns: { x: { min: 0 } } }), [{ name: 'x', type: 'VARCHAR' }], new Date());
    expect(plan.projection).toEqual(['"x" AS c0', 'TRY_CAST("x" AS DOUBLE) AS v0']);
    expect(plan.aggregates).toEqual(['count(*) AS a0', 'min(v0) AS a1', 'coalesce(min(v0) < 0, false) AS a2']);
  });
});
