/**
 * Whole-process wall time and peak RSS of `oci-mlops synth` for 1, 10 and 100 generated teams of
 * 10 endpoints each, median of 5 runs each, plus the cost per additional team; and the wall time of
 * `oci-mlops cost estimate --json` on each synthesized output (goal: under 2 s for 100 teams).
 *
 *   npm run bench:synth [-- --runs 5 --sizes 1,10,100]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { stringify } from 'yaml';
import { type TeamConfigInput } from '../../lib/config';

const ROOT = join(__dirname, '..', '..');
const opts = new Command('bench-synth')
  .option('--runs <n>', 'runs per size', '5')
  .option('--sizes <list>', 'team counts', '1,10,100')
  .parse(process.argv)
  .opts<{ runs: string; sizes: string }>();

/** Endpoints of every generated team (functions target, the lightest to read and the most common). */
const ENDPOINTS_PER_TEAM = 10;

function teamFile(i: number): TeamConfigInput {
  const id = i.toString(36).padStart(4, '0');
  return {
    team: `team-${id}`,
    compartmentId: `ocid1.compartment.oc1..aaaaaaaa${id}${'x'.repeat(52)}`,
    region: 'eu-frankfurt-1',
    environment: i % 2 ? 'prod' : 'dev',
    costCenter: `cc-${1000 + i}`,
    budget: { monthlyAmount: 1000 + i },
    notifications: (['critical', 'warning', 'info'] as const).map((severity) => ({ name: `oncall-${severity}`, severity, email: `team-${id}@example.com` })),
    endpoints: {
      gateway: { authentication: { type: 'jwt', issuers: ['https://idcs.example.com/'], audiences: [`team-${id}`], jwksUri: 'https://idcs.example.com/admin/v1/SigningCert/jwk' } },
      models: Array.from({ length: ENDPOINTS_PER_TEAM }, (_, e) => ({
        name: `model-${e}`, modelName: `model-${e}`, modelVersion: '1', target: 'functions' as const,
        image: 'fra.ocir.io/acmetenancy/mlops/inference:1.4.0',
        artifact: { uri: `oci://models@acmetenancy/model-${e}/1/model.onnx`, sha256: 'a'.repeat(64) },
      })),
    },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function run(args: string[]): { ms: number; rssMb: number } {
  const start = process.hrtime.bigint();
  const res = spawnSync(
    process.execPath,
    ['--require', join(__dirname, 'report-max-rss.cjs'), '--import', 'tsx', join(ROOT, 'bin/oci-mlops.ts'), ...args],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (res.status !== 0) throw new Error(`${args[0]} failed: ${res.stderr}`);
  const kb = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(res.stderr)?.[1]);
  return { ms, rssMb: kb / 1024 };
}

const work = mkdtempSync(join(tmpdir(), 'bench-synth-'));
try {
  const rows: { teams: number; ms: number; rssMb: number; costMs: number }[] = [];
  for (const size of opts.sizes.split(',').map(Number)) {
    const teamsDir = join(work, `n${size}`, 'teams');
    mkdirSync(teamsDir, { recursive: true });
    cpSync(join(ROOT, 'stacks', 'platform.yaml'), join(work, `n${size}`, 'platform.yaml'));
    for (let i = 0; i < size; i++) writeFileSync(join(teamsDir, `team-${i}.yaml`), stringify(teamFile(i)));
    const outDir = join(work, `n${size}`, 'cdktf.out');
    const runs = Array.from({ length: Number(opts.runs) }, () => run(['synth', '--teams', teamsDir, '--out', outDir]));
    const costRuns = Array.from({ length: Number(opts.runs) }, () => run(['cost', 'estimate', outDir, '--json']));
    rows.push({ teams: size, ms: median(runs.map((r) => r.ms)), rssMb: median(runs.map((r) => r.rssMb)), costMs: median(costRuns.map((r) => r.ms)) });
  }
  process.stdout.write(`oci-mlops synth, whole process, ${ENDPOINTS_PER_TEAM} endpoints per team, median of ${opts.runs} runs (${cpus().length} cores, Node ${process.version})\n\n`);
  process.stdout.write('| teams | wall time (s) | peak RSS (MB) | cost estimate --json (s) |\n|---:|---:|---:|---:|\n');
  for (const r of rows) process.stdout.write(`| ${r.teams} | ${(r.ms / 1000).toFixed(2)} | ${r.rssMb.toFixed(0)} | ${(r.costMs / 1000).toFixed(2)} |\n`);
  const [first, last] = [rows[0]!, rows.at(-1)!];
  if (last.teams > first.teams) {
    const perTeamMs = (last.ms - first.ms) / (last.teams - first.teams);
    const perTeamMb = (last.rssMb - first.rssMb) / (last.teams - first.teams);
    process.stdout.write(`\nper additional team: ${perTeamMs.toFixed(1)} ms, ${perTeamMb.toFixed(2)} MB\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
