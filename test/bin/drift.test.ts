import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSample } from '../../scripts/fixtures/drift/sample-data';
import { runCliInProcess } from '../runtime/monitor/support/run-cli';
import { tempDir } from '../support/temp-dir';

const cli = runCliInProcess;

function csv(rows: number, seed: number, shift: number, catSkew: boolean): string {
  const age = generateSample({ seed, n: rows, kind: 'bell', loc: 40 + shift, scale: 20 });
  const score = generateSample({ seed: seed + 1, n: rows, kind: 'uniform' });
  const lines = ['age,score,country'];
  for (let i = 0; i < rows; i++) {
    const country = catSkew ? ['fr', 'es', 'es', 'de'][i % 4] : ['fr', 'de', 'uk'][i % 3];
    lines.push(`${age[i]!.toFixed(3)},${i % 10 === 0 ? '' : score[i]!.toFixed(4)},${country}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('oci-mlops drift', () => {
  const dir = tempDir();
  const ref = join(dir, 'ref.csv');
  const cur = join(dir, 'cur.csv');
  const same = join(dir, 'same.csv');
  beforeAll(() => {
    writeFileSync(ref, csv(600, 1, 0, false));
    writeFileSync(cur, csv(400, 11, 12, true));
    writeFileSync(same, csv(400, 21, 0, false));
  });

  test('prints the JSON report with the documented fields', async () => {
    const res = await cli(['drift', '--reference', ref, '--current', cur, '--categorical', 'country', '--json']);
    expect(res.status).toBe(0);
    const report = JSON.parse(res.stdout);
    expect(Object.keys(report)).toEqual(['features', 'drift_score', 'dataset_drift']);
    expect(report.features.map((f: { name: string; method: string; status: string }) => [f.name, f.method, f.status])).toEqual([
      ['age', 'ks', 'drift'],
      ['score', 'ks', 'no_drift'],
      ['country', 'chi2', 'drift'],
    ]);
    expect(Object.keys(report.features[0])).toEqual(['name', 'type', 'method', 'statistic', 'p_value', 'threshold', 'status', 'drift_detected', 'n_reference', 'n_current']);
    expect(report.features[1]).toMatchObject({ n_reference: 540, n_current: 360, threshold: 0.05 / 3 });
    expect(report.drift_score).toBeCloseTo(2 / 3, 15);
    expect(report.dataset_drift).toBe(true);
  });

  test('applies --method, --alpha and --min-samples', async () => {
    const res = await cli(['drift', '--reference', ref, '--current', cur, '--categorical', 'country', '--json', '--method', 'age=psi', '--method', 'country=jensenshannon', '--alpha', '0.01', '--min-samples', '380']);
    const report = JSON.parse(res.stdout);
    expect(report.features.map((f: { method: string; status: string }) => [f.method, f.status])).toEqual([
      ['psi', 'drift'],
      ['ks', 'insufficient_data'],
      ['jensenshannon', 'drift'],
    ]);
    expect(report.features[1].drift_detected).toBeNull();
  });

  test('exits 3 with --fail-on-drift when a feature drifted, 0 when none did', async () => {
    expect((await cli(['drift', '--reference', ref, '--current', cur, '--categorical', 'country', '--fail-on-drift'])).status).toBe(3);
    const res = await cli(['drift', '--reference', ref, '--current', same, '--categorical', 'country', '--fail-on-drift']);
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/drift score: 0\.000; dataset drift: no/);
  });

  test('writes a self-contained HTML report', async () => {
    const html = join(dir, 'report.html');
    expect((await cli(['drift', '--reference', ref, '--current', cur, '--categorical', 'country', '--html', html])).status).toBe(0);
    const text = readFileSync(html, 'utf8');
    expect(text.match(/<svg /g)).toHaveLength(3);
    expect(text).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  test('compares against a profile written by oci-mlops profile', async () => {
    const profile = join(dir, 'profile.json');
    const made = await cli(['profile', '--data', ref, '--out', profile, '--categorical', 'country', '--sketch-k', '200']);
    expect(made.stdout).toBe(`profiled 600 rows: 2 numerical and 1 categorical features -> ${profile}\n`);
    const fromProfile = JSON.parse((await cli(['drift', '--reference', profile, '--current', cur, '--json'])).stdout);
    const fromRaw = JSON.parse((await cli(['drift', '--reference', ref, '--current', cur, '--categorical', 'country', '--json'])).stdout);
    expect(fromProfile.features.map((f: { status: string }) => f.status)).toEqual(fromRaw.features.map((f: { status: string }) => f.status));
    expect(Math.abs(fromProfile.features[0].statistic - fromRaw.features[0].statistic)).toBeLessThanOrEqual(3 / 200);
    expect(fromProfile.features[2]).toEqual(fromRaw.features[2]);
  });

  test('fails with exit 1 naming the file and column on bad input', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'age,score,country\n1,2,fr\nabc,3,de\n');
    expect(await cli(['drift', '--reference', ref, '--current', bad, '--categorical', 'country'])).toMatchObject({ status: 1, stderr: `${bad}: column "age" line 3: "abc" is not a number (list the column with --categorical if it holds categories)` });
    const missing = join(dir, 'missing.csv');
    writeFileSync(missing, 'age,country\n1,fr\n');
    expect(await cli(['drift', '--reference', ref, '--current', missing, '--categorical', 'country'])).toMatchObject({ status: 1, stderr: `${missing}: has no column "score" (present in ${ref})` });
    expect(await cli(['drift', '--reference', ref, '--current', cur])).toMatchObject({ status: 1, stderr: expect.stringMatching(/column "country" line 2: "fr" is not a number \(list the column with --categorical/) });
    expect(await cli(['drift', '--reference', ref, '--current', cur, '--categorical', 'nope'])).toMatchObject({ status: 1, stderr: expect.stringMatching(/has no column "nope" \(listed as categorical\)/) });
    expect(await cli(['drift', '--reference', join(dir, 'none.csv'), '--current', cur])).toMatchObject({ status: 1, stderr: `${join(dir, 'none.csv')}: file not found` });
    expect(await cli(['drift', '--reference', ref, '--current', cur, '--categorical', 'country', '--method', 'age=ttest'])).toMatchObject({ status: 1, stderr: expect.stringMatching(/--method must be FEATURE=METHOD with METHOD one of ks, psi, chi2, wasserstein, jensenshannon, got "age=ttest"/) });
    expect(await cli(['drift', '--reference', ref, '--current', cur, '--categorical', 'country', '--method', 'country=ks'])).toMatchObject({ status: 1, stderr: expect.stringMatching(/feature "country": method ks does not apply to a categorical feature/) });
  });
});
