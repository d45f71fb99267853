import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../../lib/config';
import { PolicyViolationError, synthExampleApp } from '../../stacks/synth-example-app';
import { tempDir } from '../support/temp-dir';

const STACKS_DIR = join(__dirname, '../../stacks');

/** A copy of the example configs in a scratch "checkout". */
function scratchCheckout(): string {
  const root = tempDir('oci-mlops-checkout-');
  cpSync(join(STACKS_DIR, 'teams'), join(root, 'stacks', 'teams'), { recursive: true });
  cpSync(join(STACKS_DIR, 'platform.yaml'), join(root, 'stacks', 'platform.yaml'));
  return root;
}

function readStacks(out: string): Record<string, string> {
  return Object.fromEntries(readdirSync(join(out, 'stacks')).map((s) => [s, readFileSync(join(out, 'stacks', s, 'cdk.tf.json'), 'utf8')]));
}

describe('synthExampleApp', () => {
  test('synthesizes the platform stack and one stack per team file', () => {
    const root = scratchCheckout();
    const { stacks, findings } = synthExampleApp({ teamsDir: join(root, 'stacks', 'teams'), outDir: join(root, 'cdktf.out') });
    expect(findings).toEqual([]);
    expect(stacks).toEqual(['platform', 'team-forecasting', 'team-fraud-detection', 'team-recommendations']);
    const team = JSON.parse(readFileSync(join(root, 'cdktf.out/stacks/team-forecasting/cdk.tf.json'), 'utf8'));
    expect(team.terraform.backend).toEqual({ local: { path: '../../../terraform.team-forecasting.tfstate' } });
    expect(team.terraform.required_providers.oci).toEqual({ source: 'oracle/oci', version: '8.28.0' });
  });

  test('gives byte-identical stacks from two checkouts at different paths, with no absolute path in them', () => {
    const [a, b] = [scratchCheckout(), join(scratchCheckout(), 'nested')];
    if (!existsSync(b)) cpSync(join(b, '..', 'stacks'), join(b, 'stacks'), { recursive: true });
    synthExampleApp({ teamsDir: join(a, 'stacks', 'teams'), outDir: join(a, 'cdktf.out') });
    synthExampleApp({ teamsDir: join(b, 'stacks', 'teams'), outDir: join(b, 'cdktf.out') });
    const stacksA = readStacks(join(a, 'cdktf.out'));
    expect(readStacks(join(b, 'cdktf.out'))).toEqual(stacksA);
    for (const json of Object.values(stacksA)) {
      expect(json).not.toContain(a);
      expect(json).not.toMatch(/"\/(tmp|work|home|root)\//);
    }
  });

  test('fails on a bad team file and leaves the previous output untouched', () => {
    const root = scratchCheckout();
    const out = join(root, 'cdktf.out');
    synthExampleApp({ teamsDir: join(root, 'stacks', 'teams'), outDir: out });
    const before = readStacks(out);
    writeFileSync(join(root, 'stacks', 'teams', 'broken.yaml'), 'team: broken-team\nregion: nowhere-1\n');
    expect(() => synthExampleApp({ teamsDir: join(root, 'stacks', 'teams'), outDir: out })).toThrow(ConfigError);
    expect(readStacks(out)).toEqual(before);
    expect(readdirSync(root).filter((f) => f.includes('tmp'))).toEqual([]);
  });

  test("fails on an invalid endpoint suite before synthesizing, at the team file's dataQuality.suite", () => {
    const root = scratchCheckout();
    const suite = join(root, 'stacks', 'teams', 'data-quality', 'fraud-scorer.yaml');
    writeFileSync(suite, readFileSync(suite, 'utf8').replace('hour_of_day:       { type: integer, min: 0, max: 23 }', 'hour_of_day:       { type: integer, min: 23, max: 0 }'));
    const out = join(root, 'cdktf.out');
    let error: unknown;
    try {
      synthExampleApp({ teamsDir: join(root, 'stacks', 'teams'), outDir: out });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      {
        file: join(root, 'stacks', 'teams', 'fraud-detection.yaml'), line: 60, col: 29, path: 'endpoints.models.0.dataQuality.suite',
        message: `"data-quality/fraud-scorer.yaml" is not a valid data-quality suite (schemas/data-quality-suite.schema.json, docs/data-quality.md): ${suite}:9:53 columns.hour_of_day.max: max (0) must not be below min (23)`,
      },
    ]);
    expect(existsSync(out)).toBe(false);
  });

  test('fails on a policy error, writes the SARIF report and leaves the previous output untouched', () => {
    const root = scratchCheckout();
    const out = join(root, 'cdktf.out');
    synthExampleApp({ teamsDir: join(root, 'stacks', 'teams'), outDir: out });
    const before = readStacks(out);
    const team = join(root, 'stacks', 'teams', 'forecasting.yaml');
    // Drop the info subscription: the info topic then has no subscriber (CIS OCI 3.3).
    writeFileSync(team, readFileSync(team, 'utf8').replace(/ {2}- name: forecasting-digest\n {4}severity: info\n {4}email: .*\n/, ''));
    const report = join(root, 'findings.sarif');
    let error: unknown;
    try {
      synthExampleApp({ teamsDir: join(root, 'stacks', 'teams'), outDir: out, reportFile: report });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(PolicyViolationError);
    expect((error as PolicyViolationError).findings).toEqual([expect.objectContaining({ ruleId: 'OCI-CIS-3.3', level: 'error', constructPath: 'team-forecasting' })]);
    expect(readStacks(out)).toEqual(before);
    const sarif = JSON.parse(readFileSync(report, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toEqual([expect.objectContaining({ ruleId: 'OCI-CIS-3.3', level: 'error' })]);
  });
});
