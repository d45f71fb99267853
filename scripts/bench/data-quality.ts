/**
 * Data-quality benchmark (`npm run bench:data-quality`): prints figures, asserts nothing but the
 * agreement of the two sides.
 *
 * 1e6 rows x 20 columns (integers, decimals, categories, e-mails, timestamps, booleans, 1 % nulls in
 * one column), written as CSV and Parquet by DuckDB; a suite of 60 expectations (every column check
 * kind, a compound key, freshness, row count). End to end, as processes (scripts/bench/compare-processes):
 * - ours: `oci-mlops data-quality check --json` on the CSV and on the Parquet file, as compiled
 *   JavaScript (the CLI bundled by esbuild with its packages external, as `npm run build` would ship
 *   it; running the TypeScript through tsx would add its compile time to every run);
 * - the peer: scripts/bench/data_quality_pandas.py, the same checks as vectorised pandas operations
 *   on the CSV (Debian's pandas 1.5 has no Parquet engine: pyarrow is not packaged), in the same run.
 * Both print the same JSON; the bench fails if they disagree on any expectation's verdict or count.
 * Wall time and peak RSS are medians of BENCH_RUNS runs (default 3).
 *
 *   BENCH_RUNS=5 npm run bench:data-quality
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { Document } from 'yaml';
import { DataSession } from '../../runtime/data';
import { type SuiteResult } from '../../runtime/data-quality/suite-result';
import { type DataQualitySuiteInput } from '../../runtime/data-quality/suite-schema';
import { machineLine, printComparison, pythonHas, timeProcess, type TimedCommand } from './compare-processes';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
/** One hour after the newest timestamp: freshness (24 h) holds. */
const NOW = new Date(Date.UTC(2026, 0, 1) + (ROWS + 3600) * 1000).toISOString();
const root = join(__dirname, '../..');
const line = (s: string) => process.stdout.write(`${s}\n`);

/** 20 columns; every expectation of SUITE holds on them (the CI case: one pass, no failures to list). */
const DATA_SQL = `SELECT
  i AS id, TIMESTAMP '2026-01-01' + to_seconds(i) AS ts, round((i * 7919) % 1000000 / 100.0, 2) AS amount,
  ['grocery', 'travel', 'online'][1 + i % 3] AS merchant_category, 'user' || i || '@example.com' AS email,
  CASE WHEN i % 100 = 0 THEN NULL ELSE (i * 31) % 10000 / 100.0 END AS f1, i % 50 AS f2, (i * 13 % 1000) / 1000.0 AS f3,
  ((i * 17) % 2000 - 1000) / 1000.0 AS f4, i % 7 AS f5, ['a', 'b', 'c', 'd'][1 + i % 4] AS f6, (i * 19) % 100000 / 100.0 AS f7,
  i % 2 = 0 AS f8, (i * 23 % 997) / 997.0 AS f9, (i * 29 % 991) / 991.0 AS f10, (i * 37 % 983) / 983.0 AS f11,
  (i * 41 % 977) / 977.0 AS f12, 'code-' || (i % 1000) AS f13, (i * 43 % 971) / 971.0 AS f14, i % 24 AS f15
  FROM range(${ROWS}) t(i)`;

const SUITE: DataQualitySuiteInput = {
  name: 'bench',
  columns: {
    id: { type: 'integer', notNull: true, unique: true, min: 0 },
    ts: { type: 'timestamp', notNull: true },
    amount: { type: 'number', notNull: true, min: 0, max: 10000 },
    merchant_category: { type: 'string', allowedValues: ['grocery', 'travel', 'online'], maxNullFraction: 0.01 },
    email: { type: 'string', notNull: true, regex: '^[^@]+@[^@]+$', maxLength: 254 },
    f1: { type: 'number', maxNullFraction: 0.02, min: 0, max: 100 },
    f2: { type: 'integer', notNull: true, min: 0, max: 49 },
    f3: { type: 'number', notNull: true, min: 0, max: 1 },
    f4: { type: 'number', min: -1, max: 1 },
    f5: { type: 'integer', notNull: true, allowedValues: [0, 1, 2, 3, 4, 5, 6] },
    f6: { type: 'string', notNull: true, allowedValues: ['a', 'b', 'c', 'd'] },
    f7: { type: 'number', min: 0, max: 1000 },
    f8: { type: 'boolean', notNull: true },
    f9: { min: 0 },
    f10: { type: 'number', max: 1 },
    f11: { type: 'number' },
    f12: { type: 'number' },
    f13: { type: 'string', regex: '^code-[0-9]+$', maxLength: 9 },
    f14: { type: 'number', min: 0, max: 1 },
    f15: { type: 'integer', min: 0, max: 23 },
  },
  table: { rowCount: { min: 1 }, uniqueColumns: [['id', 'ts']], freshness: { column: 'ts', maxAgeHours: 24 } },
};

/** The verdicts and counts both sides must agree on. */
const digest = (r: SuiteResult) => r.results.map((x) => `${x.expectation}:${x.success}:${x.unexpected_count}`).join('\n');

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'oci-mlops-bench-dq-'));
  try {
    const session = await DataSession.create();
    const csv = join(dir, 'data.csv');
    const parquet = join(dir, 'data.parquet');
    await session.write(DATA_SQL, csv);
    await session.write(DATA_SQL, parquet);
    await session.close();
    const suiteYaml = join(dir, 'suite.yaml');
    const suiteJson = join(dir, 'suite.json');
    writeFileSync(suiteYaml, new Document(SUITE).toString());
    writeFileSync(suiteJson, JSON.stringify(SUITE));
    const expectations = Object.values(SUITE.columns!).reduce((n, c) => n + Object.keys(c).length, 0) + 3;

    line(machineLine());
    line(`data: ${ROWS} rows x 20 columns; suite: ${expectations} expectations; medians of ${RUNS} runs; shared machine: figures are noisy`);
    // Inside the repository, so the bundle resolves its packages from node_modules.
    const cli = join(root, 'node_modules', '.cache', 'bench-data-quality', 'oci-mlops.js');
    await build({ entryPoints: [join(root, 'bin/oci-mlops.ts')], outfile: cli, bundle: true, platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning' });
    const ours = (data: string): TimedCommand => ({
      label: `oci-mlops ${data}`, cwd: root,
      argv: [process.execPath, cli, 'data-quality', 'check', '--suite', suiteYaml, '--data', data, '--now', NOW, '--json'],
    });
    const oursCsv = timeProcess(ours(csv), RUNS);
    const oursParquet = timeProcess(ours(parquet), RUNS);
    const reference = digest(JSON.parse(oursCsv.stdout) as SuiteResult);
    if (digest(JSON.parse(oursParquet.stdout) as SuiteResult) !== reference) throw new Error('CSV and Parquet results differ');
    let peer;
    if (pythonHas('pandas', 'numpy')) {
      peer = timeProcess({ label: 'pandas csv', argv: ['/usr/bin/python3', join(__dirname, 'data_quality_pandas.py'), suiteJson, csv, NOW] }, RUNS);
      const theirs = digest(JSON.parse(peer.stdout) as SuiteResult);
      if (theirs !== reference) throw new Error(`pandas and oci-mlops disagree:\n${theirs}\n---\n${reference}`);
    } else {
      line('pandas: not installed for /usr/bin/python3 (apt-get install python3-pandas); peer column left empty');
    }
    printComparison([
      { case: 'CSV, 1e6 x 20, 60 checks', ours: oursCsv, peer },
      { case: 'Parquet, same data', ours: oursParquet },
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
