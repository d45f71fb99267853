/**
 * `bench:e2e` suites for `drift` and `profile`: two tables of `rows x columns` numbers (half the
 * columns shifted a little in the current one), as CSV and as Parquet, compared with KS on every
 * column (`--preset hypothesis-tests`) against pandas `read_csv` + `scipy.stats.ks_2samp` per
 * column; and `drift` and `profile` on `bigRows x columns` CSV tables for time and peak RSS.
 */
import { join } from 'node:path';
import { type DuckDBConnection } from '@duckdb/node-api';
import { type E2eCase, type E2eContext, type E2eSuite } from './e2e-case';

const PANDAS_KS = `
import json, sys
import pandas as pd
from scipy.stats import ks_2samp
ref = pd.read_csv(sys.argv[1])
cur = pd.read_csv(sys.argv[2])
out = []
for c in ref.columns:
    r = ks_2samp(ref[c].dropna().to_numpy(), cur[c].dropna().to_numpy())
    out.append({"name": c, "statistic": float(r.statistic), "p_value": float(r.pvalue)})
json.dump(out, sys.stdout)
`;

/** Writes `rows x columns` numbers with 6 decimals (a sum of three uniforms: bell-shaped), half the columns shifted by `shift`. */
async function writeTable(duckdb: DuckDBConnection, file: string, rows: number, columns: number, shift: number, seed: number): Promise<void> {
  const cols = Array.from({ length: columns }, (_, j) => `round((random() + random() + random() - 1.5) * 10 + ${j}${j % 2 ? ` + ${shift}` : ''}, 6) AS f${j}`);
  await duckdb.run(`SELECT setseed(${seed})`);
  const format = file.endsWith('.parquet') ? 'FORMAT parquet' : 'FORMAT csv, HEADER true';
  await duckdb.run(`COPY (SELECT ${cols.join(', ')} FROM range(${rows}) t(i)) TO '${file}' (${format})`);
}

/** Our KS statistics must equal SciPy's; p-values agree to 1e-9 absolute or 1e-6 relative (asymptotic p-values of large samples). */
function compareKs(ours: string, peer: string): string {
  const report = JSON.parse(ours) as { features: { name: string; statistic: number; p_value: number }[] };
  const scipy = JSON.parse(peer) as { name: string; statistic: number; p_value: number }[];
  let dStat = 0;
  let dP = 0;
  let dPAbs = 0;
  for (const s of scipy) {
    const f = report.features.find((x) => x.name === s.name);
    if (!f) throw new Error(`drift: no feature ${s.name} in our report`);
    dStat = Math.max(dStat, Math.abs(f.statistic - s.statistic));
    const abs = Math.abs(f.p_value - s.p_value);
    const rel = abs / Math.max(Number.MIN_VALUE, Math.abs(s.p_value));
    if (abs > 1e-9 && rel > 1e-6) throw new Error(`drift: KS p-value of ${s.name} differs from SciPy's: ${f.p_value} vs ${s.p_value}`);
    dP = Math.max(dP, rel);
    dPAbs = Math.max(dPAbs, abs);
  }
  if (dStat > 1e-12) throw new Error(`drift: KS differs from SciPy: max |D - D_scipy| = ${dStat}`);
  return `KS on ${scipy.length} columns: the statistics equal SciPy's (max |D - D_scipy| = ${dStat}); p-values within ${dPAbs.toExponential(1)} absolute, ${dP.toExponential(1)} relative`;
}

const sizeLabel = (rows: number, columns: number): string => `${rows.toExponential(0).replace('+', '')} x ${columns}`;

export const driftSuite: E2eSuite = {
  name: 'drift',
  async prepare(ctx: E2eContext): Promise<E2eCase[]> {
    const { rows, columns } = ctx.sizes;
    const ref = join(ctx.dir, 'drift-ref.csv');
    const cur = join(ctx.dir, 'drift-cur.csv');
    await writeTable(ctx.duckdb, ref, rows, columns, 0, 0.1);
    await writeTable(ctx.duckdb, cur, rows, columns, 0.05, 0.2);
    for (const f of [ref, cur]) await ctx.duckdb.run(`COPY (SELECT * FROM read_csv('${f}')) TO '${f.replace(/\.csv$/, '.parquet')}' (FORMAT parquet)`);
    const peer = ctx.python('drift_ks.py', PANDAS_KS, ['pandas', 'scipy'], [ref, cur]);
    const size = sizeLabel(rows, columns);
    let csvReport: string | null = null;
    return [
      {
        name: `drift --json, ${size} CSV, KS per column`,
        ours: { label: 'drift csv', argv: ctx.ours(['drift', '--reference', ref, '--current', cur, '--preset', 'hypothesis-tests', '--json']) },
        peer: peer ? { label: 'pandas + ks_2samp', argv: peer } : undefined,
        compare: (o, p) => {
          csvReport = o.stdout;
          return p ? compareKs(o.stdout, p.stdout) : 'drift: no peer (pandas or scipy missing)';
        },
      },
      {
        name: `drift --json, ${size} Parquet, KS per column`,
        ours: { label: 'drift parquet', argv: ctx.ours(['drift', '--reference', ref.replace(/\.csv$/, '.parquet'), '--current', cur.replace(/\.csv$/, '.parquet'), '--preset', 'hypothesis-tests', '--json']) },
        compare: (o) => {
          if (csvReport !== null && o.stdout !== csvReport) throw new Error('drift: the report from Parquet differs from the report from CSV');
          return 'drift: Parquet input gives the same report as CSV';
        },
      },
    ];
  },
};

export const largeTableSuite: E2eSuite = {
  name: 'large',
  async prepare(ctx: E2eContext): Promise<E2eCase[]> {
    const { bigRows, columns } = ctx.sizes;
    if (bigRows <= 0) return [];
    const ref = join(ctx.dir, 'big-ref.csv');
    const cur = join(ctx.dir, 'big-cur.csv');
    await writeTable(ctx.duckdb, ref, bigRows, columns, 0, 0.3);
    await writeTable(ctx.duckdb, cur, bigRows, columns, 0.05, 0.4);
    const size = sizeLabel(bigRows, columns);
    return [
      { name: `drift --json, ${size} CSV, KS per column`, ours: { label: 'drift big', argv: ctx.ours(['drift', '--reference', ref, '--current', cur, '--preset', 'hypothesis-tests', '--json']) } },
      { name: `profile, ${size} CSV`, ours: { label: 'profile big', argv: ctx.ours(['profile', '--data', ref, '--out', join(ctx.dir, 'big-profile.json')]) } },
    ];
  },
};
