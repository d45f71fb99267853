/**
 * `features compute` end to end, part of `npm run bench:features`: 1e6 card events over 1e5 cards,
 * the issue's seven aggregations (count 1h, sum 24h, avg 7d, max 24h, stddev 7d, count_distinct 7d,
 * filtered count 24h), CSV in and CSV out, as whole processes: `oci-mlops features compute` against
 * the pandas script the checks use (groupby + rolling(closed="right"), rolling apply for the
 * distinct count; scripts/fixtures/feature-store/pandas_rolling_aggregations.py), in the same run.
 * Medians of wall time and peak RSS (scripts/bench/compare-processes.ts); the two outputs must
 * agree (row count, per-column sums and null counts, printed).
 *
 *   BENCH_RUNS=3 npm run bench:features
 * `BENCH_COMPUTE_EVENTS` / `BENCH_COMPUTE_CARDS` change the size (default 1000000 / 100000).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { CHECK_AGGREGATIONS, generateAggregationEvents } from '../fixtures/feature-store/generate-aggregation-events';
import { PANDAS_AGGREGATIONS } from '../fixtures/feature-store/make-aggregation-fixtures';
import { printComparison, type ProcessFigures, pythonHas, timeProcess } from './compare-processes';

const ROOT = join(__dirname, '..', '..');
const SEVEN = CHECK_AGGREGATIONS.slice(0, 7);

/** Per output column: sum and nulls, as one comparable line. */
async function checksum(file: string, columns: readonly string[]): Promise<string> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  try {
    const sql = `SELECT count(*), ${columns.map((n) => `round(sum(TRY_CAST("${n}" AS DOUBLE)), 3), count(*) - count("${n}")`).join(', ')} FROM read_csv('${file}', header = true, all_varchar = true)`;
    return (await c.runAndReadAll(sql)).getRowsJson()[0]!.join(' ');
  } finally {
    c.closeSync();
    db.closeSync();
  }
}

/** Runs the comparison in `dir` and prints it. */
export async function featuresComputeBench(dir: string, runs: number): Promise<void> {
  const events = Number(process.env.BENCH_COMPUTE_EVENTS ?? 1_000_000);
  const cards = Number(process.env.BENCH_COMPUTE_CARDS ?? 100_000);
  const line = (s: string) => process.stdout.write(`${s}\n`);
  line(`== features compute: ${events} events over ${cards} cards, the issue's seven aggregations, CSV in and out, whole processes, ${runs} runs`);
  const eventsCsv = join(dir, 'card-events.csv');
  writeFileSync(eventsCsv, generateAggregationEvents({ seed: 7, events, cards }));
  const group = join(dir, 'card_activity.json');
  writeFileSync(group, JSON.stringify({ name: 'card_activity', entityKeys: ['card_id'], eventTimeColumn: 'event_time', source: { eventTimeColumn: 'ts' }, aggregations: SEVEN }));
  const spec = join(dir, 'card-spec.json');
  writeFileSync(spec, JSON.stringify({ entityKeys: ['card_id'], timeColumn: 'ts', eventTimeColumn: 'event_time', aggregations: SEVEN }));

  // The CLI as a process through tsx (as `npx tsx bin/oci-mlops.ts`): its transpile time counts against us.
  const ours = timeProcess({ label: 'oci-mlops features compute', argv: [process.execPath, require.resolve('tsx/cli'), join(ROOT, 'bin', 'oci-mlops.ts'), 'features', 'compute', '--group', group, '--source', eventsCsv, '--out', join(dir, 'ours.csv')] }, runs);
  const names = SEVEN.map((a) => a.name);
  const rows: { case: string; ours: ProcessFigures; peer?: ProcessFigures }[] = [];
  if (pythonHas('pandas')) {
    const peer = timeProcess({ label: 'pandas', argv: ['/usr/bin/python3', PANDAS_AGGREGATIONS, eventsCsv, spec, join(dir, 'pandas.csv')] }, runs);
    rows.push({ case: `${events} events, ${cards} cards, 7 aggregations`, ours, peer });
    const [a, b] = [await checksum(join(dir, 'ours.csv'), names), await checksum(join(dir, 'pandas.csv'), names)];
    line(`checksums (rows; per aggregation: sum, nulls): oci-mlops ${a}`);
    line(`                                                pandas    ${b}${a === b ? ' (equal)' : ' (DIFFERENT)'}`);
    line(`pandas computation alone (after reading, before writing): ${(JSON.parse(peer.stdout) as { seconds: number }).seconds.toFixed(2)} s`);
  } else {
    rows.push({ case: `${events} events, ${cards} cards, 7 aggregations (pandas missing: /usr/bin/python3 cannot import it)`, ours });
  }
  printComparison(rows);
  line('goal: pandas / ours >= 3x end to end');
}
