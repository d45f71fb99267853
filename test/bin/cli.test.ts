import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tempDir, writeFiles } from '../support/temp-dir';

const ROOT = join(__dirname, '../..');

/** Runs the CLI as users do (`npx oci-mlops` runs bin/oci-mlops.cjs, from the repository root). */
export function runCli(args: string[], cwd = ROOT): { status: number | null; stdout: string; stderr: string } {
  const res = spawnSync(process.execPath, [join(ROOT, 'bin/oci-mlops.cjs'), ...args], { cwd, encoding: 'utf8' });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe('oci-mlops CLI', () => {
  test('validate-config accepts the example team files and platform file', () => {
    const res = runCli(['validate-config', '--platform', 'stacks/platform.yaml', 'stacks/teams/fraud-detection.yaml', 'stacks/teams/forecasting.yaml']);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('3 config file(s) valid\n');
    expect(res.status).toBe(0);
  });

  test('validate-config fails with exit code 1 and one line per problem', () => {
    const dir = writeFiles(tempDir(), { 'bad.yaml': 'team: ok-team\ncompartmentId: x\nregion: us-ashburn-1\nbudgte: {}\n' });
    const res = runCli(['validate-config', 'bad.yaml'], dir);
    expect(res.status).toBe(1);
    expect(res.stderr.trim().split('\n')).toEqual([
      'bad.yaml:2:16 compartmentId: must be an OCID of a compartment or tenancy: ocid1.compartment.<realm>.[region].<unique id>, got "x"',
      'bad.yaml:4:1 budgte: unknown key "budgte"; did you mean "budget"?',
    ]);
  });

  test('synth fails with exit code 1 on a missing teams directory and writes nothing', () => {
    const dir = tempDir();
    const res = runCli(['synth', '--teams', 'teams', '--out', 'out'], dir);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('teams:1:1 (document): teams directory not found');
    expect(res.stderr).toContain('platform.yaml:1:1 (document): file not found');
  });
});
