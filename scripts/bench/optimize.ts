/**
 * `npm run bench:optimize`: the trade-off of each optimization on the committed MLP classifier
 * (models/sensor-mote-mlp.onnx, 2-256-256-4) and MLP regressor (models/boston-housing-mlp.onnx,
 * 13-64-64-1), on their hold-outs:
 *
 * 1. `oci-mlops optimize` for dynamic-int8 (per tensor, per channel), fp16 and graph: file size
 *    ratio, metric drop (accuracy points, or relative RMSE rise), label agreement, largest output
 *    difference.
 * 2. Latency and throughput at batch sizes 1 and 1024 of the float model and of each optimized
 *    model (`oci-mlops benchmark`'s timing: session.run, warm-up excluded, one intra-op thread as
 *    one serving replica), in rounds that alternate the models; the median of the rounds' means.
 *
 * Env: BENCH_ROUNDS (default 5), BENCH_ITERATIONS_1 (default 2000), BENCH_ITERATIONS_1024 (default 100).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchmarkModel } from '../../runtime/optimization/adapters/benchmark-model';
import { optimizeModel, type OptimizationReport, type OptimizeModelOptions } from '../../runtime/optimization/adapters/optimize-model';
import { NothingToOptimizeError } from '../../runtime/optimization/nothing-to-optimize-error';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const ITER_1 = Number(process.env.BENCH_ITERATIONS_1 ?? 2000);
const ITER_1024 = Number(process.env.BENCH_ITERATIONS_1024 ?? 100);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Variant { readonly name: string; readonly options: Pick<OptimizeModelOptions, 'method' | 'perChannel'> }
const VARIANTS: readonly Variant[] = [
  { name: 'int8', options: { method: 'dynamic-int8' } },
  { name: 'int8 per channel', options: { method: 'dynamic-int8', perChannel: true } },
  { name: 'fp16', options: { method: 'fp16' } },
  { name: 'graph', options: { method: 'graph' } },
];
const MODELS = [
  { name: 'MLP classifier', model: 'models/sensor-mote-mlp.onnx', data: 'models/sensor-mote-mlp-holdout.csv', label: 'mote_id' },
  { name: 'MLP regressor', model: 'models/boston-housing-mlp.onnx', data: 'models/boston-housing-mlp-holdout.csv', label: 'medv' },
];

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-optimize-'));
  try {
    for (const m of MODELS) {
      process.stdout.write(`\n## ${m.name} (${m.model}), hold-out ${m.data}\n\n`);
      const files: { name: string; file: string; report: OptimizationReport | null }[] = [{ name: 'float32', file: m.model, report: null }];
      for (const v of VARIANTS) {
        const out = join(dir, `${v.name.replace(/ /g, '-')}-${m.label}.onnx`);
        try {
          const report = await optimizeModel({ model: m.model, out, ...v.options, data: m.data, label: m.label, latencyRuns: 20, throughputRuns: 3 });
          files.push({ name: v.name, file: out, report });
        } catch (err) {
          if (!(err instanceof NothingToOptimizeError)) throw err;
          process.stdout.write(`${v.name}: nothing to change in this model (exit 2 of optimize)\n`);
        }
      }
      process.stdout.write('| model | size (bytes) | size ratio | metric drop | label agreement | max abs output diff |\n|---|---|---|---|---|---|\n');
      for (const f of files) {
        const r = f.report;
        const drop = r ? (r.metric === 'accuracy' ? `${(r.metric_drop! * 100).toFixed(2)} accuracy points` : `${(r.metric_drop! * 100).toFixed(2)} % RMSE`) : '-';
        const size = r ? r.size_bytes.after : files[1]!.report!.size_bytes.before;
        const ratio = r ? `${(r.size_bytes.before / r.size_bytes.after).toFixed(2)}x` : '1x';
        const agreement = r?.label_agreement == null ? '-' : `${(r.label_agreement * 100).toFixed(2)} %`;
        process.stdout.write(`| ${f.name} | ${size} | ${ratio} | ${drop} | ${agreement} | ${r ? r.max_abs_output_diff.toExponential(2) : '-'} |\n`);
      }
      // Alternate the models round by round so that a burst of load on the shared machine hits all of them.
      const means = new Map<string, { b1: number[]; b1024: number[]; p99: number[] }>(files.map((f) => [f.name, { b1: [], b1024: [], p99: [] }]));
      for (let round = 0; round < ROUNDS; round++) {
        for (const f of files) {
          const one = await benchmarkModel({ model: f.file, data: m.data, label: m.label, batchSizes: [1], iterations: ITER_1, warmup: 200 });
          const big = await benchmarkModel({ model: f.file, data: m.data, label: m.label, batchSizes: [1024], iterations: ITER_1024, warmup: 10 });
          const e = means.get(f.name)!;
          e.b1.push(one.results[0]!.mean_ms);
          e.p99.push(one.results[0]!.p99_ms);
          e.b1024.push(big.results[0]!.mean_ms);
        }
      }
      const base = means.get('float32')!;
      process.stdout.write(`\nmedian of ${ROUNDS} rounds (batch 1: ${ITER_1} runs, batch 1024: ${ITER_1024} runs per round), one intra-op thread\n\n`);
      process.stdout.write('| model | batch 1 mean (ms) | batch 1 p99 (ms) | batch 1 rows/s | batch 1024 mean (ms) | batch 1024 rows/s | speed-up at 1 / 1024 |\n|---|---|---|---|---|---|---|\n');
      for (const f of files) {
        const e = means.get(f.name)!;
        const [m1, m1024] = [median(e.b1), median(e.b1024)];
        process.stdout.write(`| ${f.name} | ${m1.toFixed(4)} | ${median(e.p99).toFixed(4)} | ${Math.round(1000 / m1)} | ${m1024.toFixed(3)} | ${Math.round(1024_000 / m1024)} | ` +
          `${(median(base.b1) / m1).toFixed(2)}x / ${(median(base.b1024) / m1024).toFixed(2)}x |\n`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
