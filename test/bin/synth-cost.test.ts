import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/temp-dir';

const ROOT = join(__dirname, '../..');

/** Runs the CLI as users do (through tsx) in `cwd`. */
function runCli(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const res = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'bin/oci-mlops.ts'), ...args], { cwd, encoding: 'utf8' });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe('oci-mlops synth --cost', () => {
  const dir = tempDir('synth-cost-');
  cpSync(join(ROOT, 'stacks/teams'), join(dir, 'teams'), { recursive: true });
  cpSync(join(ROOT, 'stacks/platform.yaml'), join(dir, 'platform.yaml'));
  const teamFile = join(dir, 'teams/fraud-detection.yaml');
  // fraud-detection's fixed costs (notebook, database, provisioned concurrency...) exceed 100 a month.
  writeFileSync(teamFile, readFileSync(teamFile, 'utf8').replace('  monthlyAmount: 4000\n', '  monthlyAmount: 100\n'));

  test('prints the per-team estimate and warns about a team over budget, exit 0', () => {
    const res = runCli(['synth', '--teams', 'teams', '--out', 'cdktf.out', '--cost'], dir);
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/team\s+monthly \(USD\)\s+budget\s+of budget\n/);
    expect(res.stdout).toMatch(/\nfraud-detection\s+[\d,]+\.\d\d\s+100\.00\s+\d+% {2}OVER BUDGET/);
    expect(res.stdout).toMatch(/\nforecasting\s+[\d,]+\.\d\d\s+1,500\.00\s+\d+% {2}\+ usage\n/);
    expect(res.stderr).toMatch(/warning: fraud-detection: estimate [\d,]+\.\d\d USD a month exceeds budget\.monthlyAmount 100\.00/);
    expect(existsSync(join(dir, 'cdktf.out/stacks/team-fraud-detection/cdk.tf.json'))).toBe(true);
  });

  test('with --cost-fail-over-budget exits 1 and leaves the output directory untouched', () => {
    writeFileSync(join(dir, 'cdktf.out/marker'), 'from the previous synth');
    const res = runCli(['synth', '--teams', 'teams', '--out', 'cdktf.out', '--cost-fail-over-budget'], dir);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/fraud-detection: estimate [\d,]+\.\d\d USD a month exceeds budget\.monthlyAmount 100\.00\ncdktf\.out left untouched \(--cost-fail-over-budget\)/);
    expect(readFileSync(join(dir, 'cdktf.out/marker'), 'utf8')).toBe('from the previous synth');
    expect(res.stdout).not.toMatch(/synthesized/);
    expect(readdirSync(dir).filter((f) => f.includes('-tmp-'))).toEqual([]);
  });
});
