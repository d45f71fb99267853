/**
 * End-to-end point-in-time join (`features pit-join`) against pandas, each as a whole process on the
 * same files: 1e6 entity rows x 1e6 feature rows over 1e5 entities, TTL 2 h, CSV to CSV (and
 * Parquet to CSV, ours only). Part of `npm run bench:e2e`; runs alone too:
 *   BENCH_RUNS=3 npx tsx scripts/bench/e2e-features.ts
 * Sizes: BENCH_PIT_ROWS (default 1e6), BENCH_PIT_ENTITIES (default 1e5).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { machineLine, printComparison, pythonHas, timeProcess, type ProcessFigures, type TimedCommand } from './compare-processes';

const PIT_ROWS = Number(process.env.BENCH_PIT_ROWS ?? 1_000_000);
const PIT_ENTITIES = Number(process.env.BENCH_PIT_ENTITIES ?? 100_000);
const TTL_SEC = 7200;
const BASE_SEC = 1_714_521_600;

const PANDAS_PIT = String.raw`
import sys
import pandas as pd
ents, feats, ttl, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
e = pd.read_csv(ents, dtype={"driver_id": str})
f = pd.read_csv(feats, dtype={"driver_id": str})
e["__idx"] = range(len(e))
e["__ts"] = pd.to_datetime(e["ts"], unit="s")
f["__ts"] = pd.to_datetime(f["event_time"], unit="s")
m = pd.merge_asof(e.sort_values("__ts", kind="stable"), f.drop(columns=["event_time"]).sort_values("__ts", kind="stable"),
                  on="__ts", by="driver_id", direction="backward", tolerance=pd.Timedelta(seconds=ttl))
m = m.sort_values("__idx", kind="stable").drop(columns=["__idx", "__ts"])
m.to_csv(out, index=False)
print(len(m), int(m["rating"].notna().sum()))
`;

/** One row of the end-to-end table: our command and, when there is one, the peer's. */
export interface E2eResult {
  readonly case: string;
  readonly ours: ProcessFigures;
  readonly peer?: ProcessFigures;
}

/** Writes the inputs once into `dir`: entities and features as CSV and Parquet. */
async function writeInputs(dir: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const c = await instance.connect();
  await c.run('SELECT setseed(0.42)');
  // Ten feature rows per entity at most, one per hour with jitter; entity times over the same 11 hours.
  await c.run(`CREATE TABLE f AS SELECT 'd' || (i % ${PIT_ENTITIES}) AS driver_id, ${BASE_SEC} + (i // ${PIT_ENTITIES}) * 3600 + CAST(random() * 3599 AS BIGINT) AS event_time,
    round(random() * 5, 3) AS rating, CAST(random() * 40 AS BIGINT) AS trips FROM range(${PIT_ROWS}) t(i)`);
  await c.run(`CREATE TABLE e AS SELECT 'd' || CAST(floor(random() * ${PIT_ENTITIES}) AS BIGINT) AS driver_id, ${BASE_SEC} + CAST(random() * 11 * 3600 AS BIGINT) AS ts FROM range(${PIT_ROWS}) t(i)`);
  for (const [t, name] of [['e', 'entities'], ['f', 'features']] as const) {
    await c.run(`COPY ${t} TO '${join(dir, `${name}.csv`)}' (HEADER)`);
    await c.run(`COPY ${t} TO '${join(dir, `${name}.parquet`)}' (FORMAT parquet)`);
  }
  c.closeSync();
  instance.closeSync();
}

/**
 * Runs the point-in-time join cases and returns their figures.
 *
 * @param cli - argv prefix that runs `oci-mlops` (built JS, as users run it)
 * @param runs - runs per command (medians)
 */
export async function pitJoinCases(cli: readonly string[], runs: number): Promise<E2eResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-e2e-pit-'));
  try {
    await writeInputs(dir);
    const ours = (input: 'csv' | 'parquet'): TimedCommand => ({
      label: `pit-join ${input}`,
      argv: [...cli, 'features', 'pit-join', '--entities', join(dir, `entities.${input}`), '--entity-key', 'driver_id', '--timestamp', 'ts',
        '--features', join(dir, `features.${input}`), '--feature-timestamp', 'event_time', '--ttl', String(TTL_SEC), '--out', join(dir, `ours-${input}.csv`)],
    });
    const results: E2eResult[] = [];
    const csv = timeProcess(ours('csv'), runs);
    let peer: ProcessFigures | undefined;
    if (pythonHas('pandas')) {
      const script = join(dir, 'pit.py');
      writeFileSync(script, PANDAS_PIT);
      peer = timeProcess({ label: 'pandas merge_asof', argv: ['/usr/bin/python3', script, join(dir, 'entities.csv'), join(dir, 'features.csv'), String(TTL_SEC), join(dir, 'pandas.csv')] }, runs);
      // Same rows: both files hold the same cells (pandas writes the floats it read back the same way here).
      const [a, b] = [readFileSync(join(dir, 'ours-csv.csv'), 'utf8'), readFileSync(join(dir, 'pandas.csv'), 'utf8')];
      if (a !== b) process.stderr.write('warning: pit-join and pandas outputs differ byte-wise (compare the files to see whether only number formatting differs)\n');
    }
    results.push({ case: `features pit-join ${PIT_ROWS.toExponential(0)} x ${PIT_ROWS.toExponential(0)}, CSV -> CSV`, ours: csv, peer });
    results.push({ case: `features pit-join, Parquet -> CSV`, ours: timeProcess(ours('parquet'), runs) });
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  process.stdout.write(`${machineLine()}; medians of ${runs} runs\n`);
  pitJoinCases([process.execPath, join(__dirname, '../../dist/bin/oci-mlops.js')], runs)
    .then((rows) => printComparison(rows))
    .catch((err: unknown) => {
      process.stderr.write(`${(err as Error).message}\n`);
      process.exitCode = 1;
    });
}
