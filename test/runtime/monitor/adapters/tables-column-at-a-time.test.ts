import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSession } from '../../../../runtime/data';
import { driftReportFromTables } from '../../../../runtime/monitor/adapters/drift-report-from-tables';
import { profileFromTable } from '../../../../runtime/monitor/adapters/profile-from-table';
import { computeDriftReport } from '../../../../runtime/monitor/report/compute-drift-report';
import { generateSample } from '../../../../scripts/fixtures/drift/sample-data';
import { tempDir } from '../../../support/temp-dir';

// The large-table path (a Parquet copy read one column at a time) must give what the one-scan
// path and computeDriftReport give on the same values.
describe('drift and profile from tables, one column at a time', () => {
  const dir = tempDir();
  const n = 500;
  const x = generateSample({ seed: 3, n, kind: 'bell' });
  const y = generateSample({ seed: 4, n, kind: 'uniform' });
  const x2 = generateSample({ seed: 5, n, kind: 'bell', loc: 0.4 });
  const colours = ['red', 'blue', 'green'];
  const csv = (a: Float64Array, b: Float64Array, skew: number) =>
    `x,y,colour\n${Array.from({ length: n }, (_, i) => `${a[i]},${i % 7 ? b[i] : ''},${colours[(i * (1 + skew)) % 3]}`).join('\n')}\n`;
  const features = [{ name: 'x', type: 'numerical' }, { name: 'y', type: 'numerical' }, { name: 'colour', type: 'categorical' }] as const;
  let session: DataSession;
  beforeAll(() => {
    writeFileSync(join(dir, 'ref.csv'), csv(x, y, 0));
    writeFileSync(join(dir, 'cur.csv'), csv(x2, y, 1));
  });
  beforeEach(async () => {
    session = await DataSession.create();
  });
  afterEach(() => session.close());

  test('drift: the report equals computeDriftReport on the same values, with any memory budget', async () => {
    const open = async () => ({ reference: await session.open(join(dir, 'ref.csv')), current: await session.open(join(dir, 'cur.csv')) });
    const settings = { preset: 'hypothesis-tests' } as const;
    const oneScan = await driftReportFromTables({ session, ...(await open()), features, settings });
    const perColumn = await driftReportFromTables({ session, ...(await open()), features, settings, columnBudgetBytes: 1 });
    const yValues = y.filter((_, i) => i % 7 !== 0);
    const expected = computeDriftReport([
      { name: 'x', type: 'numerical', reference: x, current: x2 },
      { name: 'y', type: 'numerical', reference: yValues, current: yValues },
      { name: 'colour', type: 'categorical', reference: Array.from({ length: n }, (_, i) => colours[i % 3]!), current: Array.from({ length: n }, (_, i) => colours[(i * 2) % 3]!) },
    ], settings);
    expect(oneScan.report).toEqual(expected);
    expect(perColumn.report).toEqual(expected);
  });

  test('profile: the profile is the same with any memory budget', async () => {
    const table = await session.open(join(dir, 'ref.csv'));
    const oneScan = await profileFromTable({ session, table, categorical: new Set(['colour']) });
    const perColumn = await profileFromTable({ session, table, categorical: new Set(['colour']), columnBudgetBytes: 1 });
    expect(perColumn).toEqual(oneScan);
    expect(oneScan).toMatchObject({ rows: n, features: { y: { missing: Math.ceil(n / 7) }, colour: { count: n } } });
  });

  test('fails naming the CSV line of a bad cell on the large-table path', async () => {
    writeFileSync(join(dir, 'bad.csv'), `x,y,colour\n${'1,2,red\n'.repeat(5)}1,oops,red\n`);
    const table = await session.open(join(dir, 'bad.csv'));
    await expect(profileFromTable({ session, table, categorical: new Set(['colour']), columnBudgetBytes: 1 })).rejects.toThrow(`${join(dir, 'bad.csv')}: column "y" line 7: "oops" is not a number`);
  });
});
