/**
 * `npm run bench:e2e`: what users run, timed as whole processes, ours and the Python equivalent
 * side by side in the same run (medians of BENCH_RUNS runs; wall time and peak RSS):
 *
 * - `drift --json` on two 1e6 x 20 CSV tables, KS on every column, against pandas `read_csv` +
 *   20 x `scipy.stats.ks_2samp` (the statistics are checked equal); the same from Parquet.
 * - `validate-model --json` of the committed model on a 1e6-row hold-out CSV, with scikit-learn's
 *   `predict_proba` + metrics on the same rows for context; the same from Parquet.
 * - `drift` and `profile` on 1e7 x 20 CSV tables: time and peak RSS (the goal is under 2 GB).
 * - `features pit-join`, 1e6 x 1e6 rows over 1e5 entities, against pandas `merge_asof`
 *   (scripts/bench/e2e-features.ts; sizes BENCH_PIT_ROWS, BENCH_PIT_ENTITIES).
 *
 * Inputs are generated once into a temporary folder (removed at the end). Our CLI is bundled once
 * with esbuild and run by node, as the published `oci-mlops` binary runs; the peer is
 * /usr/bin/python3 (Debian's pandas, SciPy, scikit-learn); a case whose modules are missing runs
 * ours alone.
 *
 * Env: BENCH_RUNS (default 3); sizes BENCH_E2E_ROWS (1e6), BENCH_E2E_COLUMNS (20),
 * BENCH_E2E_BIG_ROWS (1e7; 0 skips), BENCH_E2E_HOLDOUT_ROWS (1e6); BENCH_E2E_ONLY=drift,validate-model,
 * large,features runs the named suites only. A smoke run:
 *
 *   BENCH_RUNS=1 BENCH_E2E_ROWS=10000 BENCH_E2E_BIG_ROWS=100000 BENCH_E2E_HOLDOUT_ROWS=10000 BENCH_PIT_ROWS=10000 BENCH_PIT_ENTITIES=1000 npm run bench:e2e
 *
 * Adding a suite: implement `E2eSuite` (inputs written, commands timed here) or `SelfTimedE2eSuite`
 * (scripts/bench/e2e-case.ts) in its own module and list it in `SUITES` below.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { build } from 'esbuild';
import { machineLine, printComparison, pythonHas, timeProcess } from './compare-processes';
import { type E2eContext, type E2eRow, type E2eSizes, type E2eSuite, type SelfTimedE2eSuite } from './e2e-case';
import { driftSuite, largeTableSuite } from './e2e-drift';
import { pitJoinCases } from './e2e-features';
import { validateModelSuite } from './e2e-validate-model';

const featuresSuite: SelfTimedE2eSuite = { name: 'features', run: pitJoinCases };

/** The suites, in the order they run and print. */
export const SUITES: readonly (E2eSuite | SelfTimedE2eSuite)[] = [featuresSuite, driftSuite, validateModelSuite, largeTableSuite];

const ROOT = join(__dirname, '..', '..');

function sizeFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const v = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(v) || v < 0) throw new Error(`${name} must be a whole number >= 0, got ${JSON.stringify(raw)}`);
  return v;
}

async function main(): Promise<void> {
  const runs = sizeFromEnv('BENCH_RUNS', 3) || 1;
  const sizes: E2eSizes = {
    rows: sizeFromEnv('BENCH_E2E_ROWS', 1e6),
    columns: sizeFromEnv('BENCH_E2E_COLUMNS', 20),
    bigRows: sizeFromEnv('BENCH_E2E_BIG_ROWS', 1e7),
    holdoutRows: sizeFromEnv('BENCH_E2E_HOLDOUT_ROWS', 1e6),
  };
  const only = process.env.BENCH_E2E_ONLY?.split(',').map((s) => s.trim()).filter(Boolean);
  const dir = mkdtempSync(join(tmpdir(), 'bench-e2e-'));
  const instance = await DuckDBInstance.create(':memory:');
  const duckdb = await instance.connect();
  try {
    const cli = join(dir, 'oci-mlops.cjs');
    await build({ entryPoints: [join(ROOT, 'bin', 'oci-mlops.ts')], bundle: true, platform: 'node', format: 'cjs', packages: 'external', outfile: cli, logLevel: 'warning' });
    const ctx: E2eContext = {
      dir,
      sizes,
      duckdb,
      // The bundle resolves its dependencies from the repository's node_modules.
      ours: (args) => ['/usr/bin/env', `NODE_PATH=${join(ROOT, 'node_modules')}`, process.execPath, cli, ...args],
      python: (name, source, modules, args) => {
        if (!pythonHas(...modules)) return null;
        writeFileSync(join(dir, name), source);
        return ['/usr/bin/python3', join(dir, name), ...args];
      },
    };
    process.stdout.write(`${machineLine()}; ${runs} run(s) per command, medians\n`);
    process.stdout.write(`sizes: ${JSON.stringify(sizes)}\n\n`);
    const rows: E2eRow[] = [];
    const notes: string[] = [];
    for (const suite of SUITES.filter((s) => !only || only.includes(s.name))) {
      if (!('prepare' in suite)) {
        process.stderr.write(`timing the ${suite.name} suite...\n`);
        rows.push(...(await suite.run(ctx.ours([]), runs)));
        continue;
      }
      const started = Date.now();
      const cases = await suite.prepare(ctx);
      process.stderr.write(`${suite.name}: inputs written in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      for (const c of cases) {
        process.stderr.write(`timing ${c.name}...\n`);
        const ours = timeProcess(c.ours, runs);
        const peer = c.peer ? timeProcess(c.peer, runs) : undefined;
        rows.push({ case: c.name, ours, peer });
        process.stderr.write(`  ours ${ours.seconds.toFixed(2)} s, ${ours.maxRssMb.toFixed(0)} MB${peer ? `; peer ${peer.seconds.toFixed(2)} s, ${peer.maxRssMb.toFixed(0)} MB` : ''}\n`);
        // A disagreement is reported, not fatal: the other figures of a long run are kept.
        try {
          if (c.compare) notes.push(c.compare(ours, peer));
        } catch (err) {
          notes.push(`MISMATCH: ${(err as Error).message}`);
          process.exitCode = 1;
        }
      }
    }
    printComparison(rows);
    process.stdout.write(`\n${notes.map((n) => `- ${n}`).join('\n')}\n`);
  } finally {
    duckdb.closeSync();
    instance.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
