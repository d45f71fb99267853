import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DataSession } from '../../runtime/data';
import { runCliInProcess as cli } from '../runtime/monitor/support/run-cli';
import { tempDir } from '../support/temp-dir';

const SUITE = `# yaml-language-server: $schema=../schemas/data-quality-suite.schema.json
name: transactions
columns:
  amount:            { type: number, notNull: true, min: 0, max: 10000 }
  merchant_category: { type: string, allowedValues: [grocery, travel, online], maxNullFraction: 0.01 }
  email:             { type: string, regex: '^[^@]+@[^@]+$', maxLength: 254 }
  id:                { type: integer, unique: true }
  ts:                { type: timestamp }
table:
  rowCount: { min: 3, max: 5000000 }
  uniqueColumns: [[id, ts]]
  freshness: { column: ts, maxAgeHours: 24 }
`;

function rows(n: number, bad: boolean): string {
  const lines = ['id,amount,merchant_category,email,ts'];
  for (let i = 1; i <= n; i++) {
    const amount = bad && i === 2 ? '-5' : String((i * 37) % 9000);
    const category = ['grocery', 'travel', 'online'][i % 3];
    lines.push(`${i},${amount},${category},user${i}@example.com,2026-12-07T${String(i % 24).padStart(2, '0')}:00:00Z`);
  }
  return `${lines.join('\n')}\n`;
}

describe('oci-mlops data-quality', () => {
  const dir = tempDir();
  const suite = join(dir, 'suite.yaml');
  const good = join(dir, 'good.csv');
  const bad = join(dir, 'bad.csv');
  const now = ['--now', '2026-12-08T00:00:00Z'];
  beforeAll(() => {
    writeFileSync(suite, SUITE);
    writeFileSync(good, rows(50, false));
    writeFileSync(bad, rows(50, true));
  });

  test('check exits 0 when every expectation holds', async () => {
    const res = await cli(['data-quality', 'check', '--suite', suite, '--data', good, ...now]);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/suite "transactions", 50 rows: all 16 expectations hold/);
  });

  test('check --json prints the documented shape and exits 3 on a failed expectation', async () => {
    const res = await cli(['data-quality', 'check', '--suite', suite, '--data', bad, ...now, '--json']);
    expect(res.status).toBe(3);
    expect(res.stderr).toBe('data-quality: 1 expectation failed: amount.min');
    const out = JSON.parse(res.stdout);
    expect(Object.keys(out)).toEqual(['suite', 'success', 'n_rows', 'results']);
    expect(out).toMatchObject({ suite: 'transactions', success: false, n_rows: 50 });
    expect(out.results.find((r: { expectation: string }) => r.expectation === 'amount.min')).toEqual({
      expectation: 'amount.min', column: 'amount', check: 'min', success: false, observed: -5, unexpected_count: 1, unexpected_rows: [2],
    });
    for (const r of out.results) expect(Object.keys(r)).toEqual(['expectation', 'column', 'check', 'success', 'observed', 'unexpected_count', 'unexpected_rows']);
  });

  test('--junit writes one testcase per expectation, --html a self-contained page', async () => {
    const junit = join(dir, 'reports-junit.xml');
    const html = join(dir, 'report.html');
    const res = await cli(['data-quality', 'check', '--suite', suite, '--data', bad, ...now, '--junit', junit, '--html', html]);
    expect(res.status).toBe(3);
    const xml = readFileSync(junit, 'utf8');
    expect(xml.match(/<testcase /g)).toHaveLength(16);
    expect(xml).toContain('<testsuite name="transactions" tests="16" failures="1" errors="0" skipped="0">');
    expect(xml).toMatch(/<testcase classname="data-quality.transactions" name="amount.min">\n\s+<failure type="min" message="amount.min failed: observed -5; 1 unexpected row \(first: 2\)">/);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain("default-src 'none'");
    expect(page).not.toMatch(/<(link|img)\b|src="http/);
    expect(page).toContain('1 of 16 expectations failed');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('check reads Parquet the same way', async () => {
    const parquet = join(dir, 'bad.parquet');
    const session = await DataSession.create();
    await session.write(`SELECT CAST(id AS BIGINT) AS id, CAST(amount AS DOUBLE) AS amount, merchant_category, email, CAST(ts AS TIMESTAMPTZ) AS ts FROM ${(await session.open(bad)).relation()}`, parquet);
    await session.close();
    const res = await cli(['data-quality', 'check', '--suite', suite, '--data', parquet, ...now, '--json']);
    expect(res.status).toBe(3);
    expect(JSON.parse(res.stdout).results.filter((r: { success: boolean }) => !r.success).map((r: { expectation: string; unexpected_rows: number[] }) => [r.expectation, r.unexpected_rows])).toEqual([['amount.min', [2]]]);
  });

  test.each(['csv', 'parquet'])('init proposes a suite that check passes on the same data (%s)', async (format) => {
    let data = good;
    if (format === 'parquet') {
      data = join(dir, 'good.parquet');
      const session = await DataSession.create();
      await session.write(`SELECT CAST(id AS INTEGER) AS id, CAST(amount AS DOUBLE) AS amount, merchant_category, email, CAST(ts AS TIMESTAMP) AS ts FROM ${(await session.open(good)).relation()}`, data);
      await session.close();
    }
    const out = join(dir, `proposed-${format}.yaml`);
    const init = await cli(['data-quality', 'init', '--data', data, '--out', out, '--name', 'proposed']);
    expect(init.status).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${relative(dir, join(__dirname, '../../schemas/data-quality-suite.schema.json'))}`);
    expect(text).toContain('  id: { type: integer, notNull: true, min: 1, max: 50, unique: true }');
    expect(text).toContain('  merchant_category: { type: string, notNull: true, allowedValues: [ grocery, online, travel ] }');
    expect(text).toContain('  ts: { type: timestamp, notNull: true }');
    const check = await cli(['data-quality', 'check', '--suite', out, '--data', data]);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  test('fails with exit 1 on a bad suite, naming file, line and column', async () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'name: s\ncolumns:\n  amount: { type: numbr, min: 0 }\n');
    const res = await cli(['data-quality', 'check', '--suite', broken, '--data', good]);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain(`${broken}:3:19 columns.amount.type: must be one of "number", "integer", "string", "boolean", "timestamp", got "numbr"; did you mean "number"?`);
  });

  test('fails with exit 1 on missing data or a missing reference profile, and writes no report', async () => {
    const junit = join(dir, 'never.xml');
    const missing = await cli(['data-quality', 'check', '--suite', suite, '--data', join(dir, 'nope.csv'), '--junit', junit]);
    expect([missing.status, missing.stderr]).toEqual([1, `${join(dir, 'nope.csv')}: file not found`]);
    const drift = join(dir, 'drift.yaml');
    writeFileSync(drift, 'name: d\ndrift: { reference: ref.profile.json, columns: [amount] }\n');
    const noProfile = await cli(['data-quality', 'check', '--suite', drift, '--data', good, '--junit', junit]);
    expect([noProfile.status, noProfile.stderr]).toEqual([1, `${join(dir, 'ref.profile.json')}: reference profile not found (drift.reference of the suite)`]);
    expect(existsSync(junit)).toBe(false);
  });

  test('checks a table with a header and no rows: rowCount decides', async () => {
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, 'id,amount,merchant_category,email,ts\n');
    const res = await cli(['data-quality', 'check', '--suite', suite, '--data', empty, ...now, '--json']);
    expect(res.status).toBe(3);
    expect(JSON.parse(res.stdout).results.filter((r: { success: boolean }) => !r.success).map((r: { expectation: string; observed: unknown }) => [r.expectation, r.observed])).toEqual([
      ['table.rowCount', 0], ['table.freshness', { newest: null, age_hours: null }],
    ]);
  });

  test('fails with exit 1 on a --now that is not a time', async () => {
    const res = await cli(['data-quality', 'check', '--suite', suite, '--data', good, '--now', 'yesterday']);
    expect([res.status, res.stderr]).toEqual([1, '--now must be an ISO 8601 time such as 2026-01-31T12:00:00Z, got "yesterday"']);
  });
});
