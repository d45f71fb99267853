/**
 * `npm run bench:drift`: figures for the drift runtime (printed; medians of several runs).
 *
 * 1. KS two-sample on 1e6 vs 1e6 values against scipy.stats.ks_2samp in the same run (same data,
 *    written once as float64 and read by /usr/bin/python3), and the speed ratio.
 * 2. A full 20-feature drift report (15 numerical, 5 categorical) on 1e5 vs 1e5 rows, with the
 *    default preset (Wasserstein / Jensen–Shannon at this size) and the hypothesis-tests preset
 *    (KS / chi-squared); also the same from a reference profile.
 * 3. Profile updates on a stream: values per second and memory after 1e8 values (KLL k=1000).
 * 4. The monitor under a Monitoring outage: heap after many windows (bounded windows and buffer).
 *
 * Env: BENCH_RUNS (default 5), BENCH_PROFILE_VALUES (default 1e8).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { MetricPublisher } from '../../runtime/monitor/adapters/metric-publisher';
import { DriftMonitor } from '../../runtime/monitor/drift-monitor';
import { MonitorConfigSchema } from '../../runtime/monitor/monitor-config';
import { KllSketch } from '../../runtime/monitor/profile/kll-sketch';
import { ProfileBuilder } from '../../runtime/monitor/profile/profile-builder';
import { computeDriftReport, type DriftFeatureInput } from '../../runtime/monitor/report/compute-drift-report';
import { ksTwoSample } from '../../runtime/monitor/stats/ks-two-sample';
import { generateCategories, generateSample } from '../fixtures/drift/sample-data';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PROFILE_VALUES = Number(process.env.BENCH_PROFILE_VALUES ?? 1e8);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mib = (b: number): string => `${(b / 2 ** 20).toFixed(1)} MiB`;
// Expose the collector for the memory figures (tsx does not forward --expose-gc).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (() => void) | undefined;
/** Wall and CPU milliseconds of one call (CPU time is less disturbed by other jobs on a shared machine). */
function timeMs(fn: () => void): { wall: number; cpu: number } {
  const c = process.cpuUsage();
  const t = process.hrtime.bigint();
  fn();
  const u = process.cpuUsage(c);
  return { wall: Number(process.hrtime.bigint() - t) / 1e6, cpu: (u.user + u.system) / 1000 };
}
const fmt = (xs: { wall: number; cpu: number }[]): string => `median ${median(xs.map((x) => x.wall)).toFixed(0)} ms wall, ${median(xs.map((x) => x.cpu)).toFixed(0)} ms CPU`;

function benchKs(): void {
  const n = 1_000_000;
  const a = generateSample({ seed: 1, n, kind: 'bell' });
  const b = generateSample({ seed: 2, n, kind: 'bell', loc: 0.003 });
  let result = ksTwoSample(a, b);
  const js = Array.from({ length: RUNS }, () => timeMs(() => (result = ksTwoSample(a, b))));
  console.log(`KS 1e6 vs 1e6 (JS, sort included): ${fmt(js)} over ${RUNS} runs; D=${result.statistic}, p=${result.pValue} (${result.method})`);
  const dir = mkdtempSync(join(tmpdir(), 'bench-drift-'));
  try {
    writeFileSync(join(dir, 'a.f64'), Buffer.from(a.buffer));
    writeFileSync(join(dir, 'b.f64'), Buffer.from(b.buffer));
    const py = `
import json, sys, time, numpy as np
from scipy import stats
a = np.fromfile(sys.argv[1], dtype='<f8'); b = np.fromfile(sys.argv[2], dtype='<f8')
times = []; cpu = []
for _ in range(int(sys.argv[3])):
    t = time.perf_counter(); c = time.process_time(); r = stats.ks_2samp(a, b)
    times.append((time.perf_counter() - t) * 1000); cpu.append((time.process_time() - c) * 1000)
print(json.dumps(dict(times=times, cpu=cpu, d=float(r.statistic), p=float(r.pvalue))))`;
    const out = JSON.parse(execFileSync('/usr/bin/python3', ['-c', py, join(dir, 'a.f64'), join(dir, 'b.f64'), String(RUNS)]).toString()) as { times: number[]; cpu: number[]; d: number; p: number };
    const sp = median(out.times);
    const spCpu = median(out.cpu);
    console.log(`KS 1e6 vs 1e6 (scipy.stats.ks_2samp): median ${sp.toFixed(0)} ms wall, ${spCpu.toFixed(0)} ms CPU; D=${out.d}, p=${out.p}`);
    console.log(
      `  ratio scipy/JS: ${(sp / median(js.map((x) => x.wall))).toFixed(2)}x wall, ${(spCpu / median(js.map((x) => x.cpu))).toFixed(2)}x CPU; ` +
        `|dD| = ${Math.abs(out.d - result.statistic)}, |dp| = ${Math.abs(out.p - result.pValue)}`,
    );
  } catch (err) {
    console.log(`KS vs SciPy: skipped (${(err as Error).message.split('\n')[0]})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function benchReport(): void {
  const rows = 100_000;
  const features: DriftFeatureInput[] = [];
  for (let f = 0; f < 15; f++) {
    features.push({
      name: `num_${f}`,
      type: 'numerical',
      reference: generateSample({ seed: 100 + f, n: rows, kind: f % 3 ? 'bell' : 'uniform', scale: 1 + f }),
      current: generateSample({ seed: 200 + f, n: rows, kind: f % 3 ? 'bell' : 'uniform', scale: 1 + f, loc: f % 4 === 0 ? 0.2 : 0 }),
    });
  }
  for (let f = 0; f < 5; f++) {
    features.push({ name: `cat_${f}`, type: 'categorical', reference: generateCategories(300 + f, rows, 10 + 5 * f, 2), current: generateCategories(400 + f, rows, 10 + 5 * f, f % 2 ? 1 : 2) });
  }
  for (const preset of ['evidently', 'hypothesis-tests'] as const) {
    let report = computeDriftReport(features, { preset });
    const t = Array.from({ length: RUNS }, () => timeMs(() => (report = computeDriftReport(features, { preset }))));
    const methods = [...new Set(report.features.map((f) => f.method))].join('/');
    console.log(`20-feature report on 1e5 vs 1e5 rows, preset ${preset} (${methods}): ${fmt(t)}; drift score ${report.drift_score}`);
  }
  const builder = new ProfileBuilder({ features: features.map((f) => ({ name: f.name, type: f.type })) });
  for (const f of features) builder.addValues(f.name, f.reference as Iterable<unknown>);
  const profile = builder.finish();
  const fromProfile = features.map((f) => ({ ...f, reference: profile.features[f.name] })) as DriftFeatureInput[];
  for (const preset of ['evidently', 'hypothesis-tests'] as const) {
    const t = Array.from({ length: RUNS }, () => timeMs(() => computeDriftReport(fromProfile, { preset })));
    console.log(`20-feature report from a reference profile (1e5 current rows), preset ${preset}: ${fmt(t)}`);
  }
  console.log(`  profile JSON size for 20 features (k=1000): ${(JSON.stringify(profile).length / 1024).toFixed(0)} KiB`);
}

function benchProfile(): void {
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const sketch = new KllSketch(1000);
  let x = 12345;
  const t = process.hrtime.bigint();
  const c = process.cpuUsage();
  for (let i = 0; i < PROFILE_VALUES; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    sketch.update(x / 4294967296);
  }
  const sec = Number(process.hrtime.bigint() - t) / 1e9;
  const cu = process.cpuUsage(c);
  const cpuSec = (cu.user + cu.system) / 1e6;
  gc?.();
  const after = process.memoryUsage().heapUsed;
  console.log(
    `Profile (KLL k=1000) on a stream: ${PROFILE_VALUES.toExponential(0)} values in ${sec.toFixed(1)} s = ${(PROFILE_VALUES / sec / 1e6).toFixed(1)} M values/s wall (${(PROFILE_VALUES / cpuSec / 1e6).toFixed(1)} M/s per CPU second); ` +
      `retained ${sketch.retainedItems} numbers; heap delta ${mib(after - before)}${gc ? '' : ' (no --expose-gc: heap figure includes garbage)'}; ` +
      `rank error at the median ${Math.abs(sketch.rank(0.5) - 0.5).toExponential(2)}`,
  );
}

async function benchMonitorMemory(): Promise<void> {
  const config = MonitorConfigSchema.parse({
    compartmentId: 'ocid1.compartment.oc1..bench',
    maxModels: 50,
    maxBufferedDatapoints: 10000,
    defaults: { referenceProfile: { bucket: 'b', object: 'p.json' }, window: { maxRecords: 1000 } },
  });
  const b = new ProfileBuilder({ features: Array.from({ length: 10 }, (_, i) => ({ name: `f${i}`, type: 'numerical' as const })) });
  for (let i = 0; i < 10; i++) b.addValues(`f${i}`, generateSample({ seed: i + 1, n: 10000, kind: 'bell' }));
  const profile = b.finish();
  const publisher = new MetricPublisher({ postMetricData: () => Promise.reject(Object.assign(new Error('down'), { statusCode: 503 })) }, { namespace: config.namespace, compartmentId: config.compartmentId, maxBuffered: config.maxBufferedDatapoints, maxAttempts: 1 });
  const monitor = new DriftMonitor({ config, publisher, loadProfile: async () => profile, log: () => undefined });
  const values = generateSample({ seed: 9, n: 500, kind: 'bell' });
  const heap: string[] = [];
  let records = 0;
  for (let round = 1; round <= 800; round++) {
    const msgs = Array.from(values, (v, i) => ({ value: Buffer.from(JSON.stringify({ model_id: `model-${(round * 3 + Math.floor(i / 100)) % 40}`, features: Object.fromEntries(Array.from({ length: 10 }, (_, k) => [`f${k}`, v + k])), confidence: 0.7 })).toString('base64') }));
    await monitor.handleBatch(msgs);
    records += msgs.length;
    if (round % 200 === 0) {
      gc?.();
      heap.push(`${records.toExponential(0)} records: heap ${mib(process.memoryUsage().heapUsed)}, open values ${monitor.openWindows.values}, buffered ${publisher.buffered}, dropped ${publisher.stats.dropped}`);
    }
  }
  console.log(`Monitor during a Monitoring outage (40 models, windows of 1000 records x 10 features, at most 50 open, buffer 10000):\n  ${heap.join('\n  ')}`);
}

void (async () => {
  console.log(`bench:drift on ${process.arch}, node ${process.version}, runs=${RUNS}${gc ? ', gc exposed' : ''}`);
  benchKs();
  benchReport();
  benchProfile();
  await benchMonitorMemory();
})();
