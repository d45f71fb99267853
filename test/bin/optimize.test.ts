/**
 * @jest-environment ./test/runtime/inference/ort-environment.js
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { CliError } from '../../bin/cli-error';
import { benchmark, type BenchmarkOptions } from '../../bin/commands/benchmark';
import { optimize, type OptimizeOptions } from '../../bin/commands/optimize';
import { runServe } from '../../bin/commands/serve';
import { httpCall } from '../functions/inference/harness';
import { MODELS, treeEnsembleOnnx } from '../runtime/optimization/support';
import { tempDir } from '../support/temp-dir';

const ROOT = join(__dirname, '../..');
const FAST = { latencyRuns: '20', throughputBatch: '256', throughputRuns: '3' };
const C = MODELS.classifier;
const R = MODELS.regressor;

async function run<T>(fn: (opts: T, write: (t: string) => void) => Promise<void>, opts: T): Promise<{ out: string; error: CliError | null }> {
  let out = '';
  try {
    await fn(opts, (t) => { out += t; });
    return { out, error: null };
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    return { out, error: err };
  }
}

const optimizeRun = (opts: OptimizeOptions) => run(optimize, { ...FAST, ...opts });

describe('oci-mlops optimize', () => {
  test('dynamic-int8 per channel on the MLP classifier: the --json report, the model and its digest written', async () => {
    const out = join(tempDir(), 'mlp-int8.onnx');
    const { out: text, error } = await optimizeRun({ model: C.model, out, method: 'dynamic-int8', perChannel: true, data: C.data, label: C.label, maxMetricDrop: '0.02', json: true });
    expect(error).toBeNull();
    const r = JSON.parse(text);
    expect(Object.keys(r)).toEqual(expect.arrayContaining(['method', 'size_bytes', 'latency_ms', 'throughput_rows_per_s', 'max_abs_output_diff', 'metrics', 'metric_drop', 'passed', 'skipped_nodes']));
    expect(r.method).toBe('dynamic-int8');
    expect(r.size_bytes.after).toBeLessThan(r.size_bytes.before / 2);
    expect(Object.keys(r.latency_ms.before)).toEqual(['p50', 'p95', 'p99', 'mean']);
    expect(r.throughput_rows_per_s.after).toBeGreaterThan(0);
    expect(Object.keys(r.metrics.before)).toEqual(['accuracy', 'f1_macro', 'f1_weighted', 'auc_ovr_macro']);
    expect(r.metric).toBe('accuracy');
    expect(r.metric_drop).toBeCloseTo(r.metrics.before.accuracy - r.metrics.after.accuracy, 12);
    expect(r.metric_drop).toBeLessThanOrEqual(0.02);
    expect(r.label_agreement).toBeGreaterThan(0.98);
    expect(r).toMatchObject({ passed: true, skipped_nodes: [], changed_nodes: ['MatMul0', 'MatMul1', 'MatMul2'], inputs_from: 'holdout' });
    const bytes = readFileSync(out);
    const digest = createHash('sha256').update(bytes).digest('hex');
    expect(r.output).toEqual({ path: out, sha256: digest });
    expect(readFileSync(`${out}.sha256`, 'utf8')).toBe(`${digest}  mlp-int8.onnx\n`);
  });

  test('fp16 on the MLP regressor prints the text report with the RMSE rise and the nodes kept in float32', async () => {
    const out = join(tempDir(), 'mlp-fp16.onnx');
    const { out: text, error } = await optimizeRun({ model: R.model, out, method: 'fp16', data: R.data, label: R.label });
    expect(error).toBeNull();
    expect(text).toMatch(/^method: fp16\nsize: \d+ -> \d+ bytes/);
    expect(text).toMatch(/relative RMSE rise: -?\d\.\d{4}: passed/);
    expect(text).toMatch(/Scaler \(Scaler\): on the float16 block list/);
    expect(existsSync(out)).toBe(true);
  });

  test('graph without a hold-out: generated inputs, no metrics, outputs compared', async () => {
    const out = join(tempDir(), 'mlp-graph.onnx');
    const { out: text, error } = await optimizeRun({ model: R.model, out, method: 'graph', json: true });
    expect(error).toBeNull();
    const r = JSON.parse(text);
    expect(r).toMatchObject({ method: 'graph', inputs_from: 'generated', metrics: null, metric_drop: null, passed: true });
    expect(r.max_abs_output_diff).toBeLessThan(1e-3);
  });

  test('external: a model optimized elsewhere goes through the same measurements and gate, and is written with its digest', async () => {
    const dir = tempDir();
    const int8 = join(dir, 'made-elsewhere.onnx');
    expect((await optimizeRun({ model: C.model, out: int8, method: 'dynamic-int8' })).error).toBeNull();
    const out = join(dir, 'gated.onnx');
    const { out: text, error } = await optimizeRun({ model: C.model, out, method: 'external', candidate: int8, data: C.data, label: C.label, maxMetricDrop: '0.05', json: true });
    expect(error).toBeNull();
    const r = JSON.parse(text);
    expect(r).toMatchObject({ method: 'external', passed: true, changed_nodes: [`${int8} (optimized elsewhere)`], output: { path: out } });
    expect(readFileSync(out)).toEqual(readFileSync(int8));
  });

  test('the optimized model serves through oci-mlops serve unchanged, with the digest optimize wrote', async () => {
    const out = join(tempDir(), 'mote-int8.onnx');
    expect((await optimizeRun({ model: C.model, out, method: 'dynamic-int8', data: C.data, label: C.label })).error).toBeNull();
    const log = new PassThrough();
    let text = '';
    log.on('data', (c: Buffer) => { text += c.toString(); });
    const base = { host: '127.0.0.1', maxBatch: 1000, maxBodyBytes: 1048576, logFeatures: false, log: 'none', requireModel: true } as const;
    const closeFloat = await runServe({ ...base, model: C.model, port: 18961 }, log);
    const closeInt8 = await runServe({ ...base, model: out, port: 18962 }, log);
    try {
      expect(text).toMatch(/mote-int8 sha256:[0-9a-f]{12} \(classifier, 2 features\) ready/);
      const rows = readFileSync(C.data, 'utf8').trim().split('\n').slice(1, 41).map((l) => l.split(',').slice(0, 2).map(Number));
      const body = JSON.stringify({ features: rows });
      const [f, q] = [await httpCall(18961, 'POST', '/predict', body), await httpCall(18962, 'POST', '/predict', body)];
      expect([f.status, q.status]).toEqual([200, 200]);
      const [pf, pq] = [JSON.parse(f.body).prediction as unknown[], JSON.parse(q.body).prediction as unknown[]];
      expect(pq).toHaveLength(40);
      expect(pq.filter((p, i) => JSON.stringify(p) === JSON.stringify(pf[i])).length).toBeGreaterThanOrEqual(38);
    } finally {
      await closeFloat();
      await closeInt8();
    }
  });

  test.each([
    ['the sample iris model', MODELS.iris.model, 'dynamic-int8', /LinearClassifier \(LinearClassifier\): ai.onnx.ml operator/],
    ['the sample iris model', MODELS.iris.model, 'fp16', /LinearClassifier \(LinearClassifier\): on the float16 block list/],
    ['a tree ensemble', 'forest.onnx', 'dynamic-int8', /Forest \(TreeEnsembleClassifier\): ai.onnx.ml operator/],
  ])('fails with exit 2 on %s (%s): nothing to change, no model written', async (_, model, method, reason) => {
    const dir = tempDir();
    if (model === 'forest.onnx') writeFileSync(join(dir, model), treeEnsembleOnnx());
    const { error } = await optimizeRun({ model: model === 'forest.onnx' ? join(dir, model) : model, out: join(dir, 'out.onnx'), method });
    expect(error?.exitCode).toBe(2);
    expect(error?.message).toMatch(new RegExp(`^optimize: ${method} finds nothing to change in this model`));
    expect(error?.message).toMatch(reason);
    expect(readdirSync(dir).filter((f) => f.startsWith('out'))).toEqual([]);
  });

  test('fails with exit 3 past --max-metric-drop, after the report, and writes no model', async () => {
    const dir = tempDir();
    // Per-tensor uint8 weights on the classifier change some labels: any drop above 0 fails a limit of 0.
    const { out: text, error } = await optimizeRun({ model: C.model, out: join(dir, 'q.onnx'), method: 'dynamic-int8', weightType: 'uint8', data: C.data, label: C.label, maxMetricDrop: '0', json: true });
    const r = JSON.parse(text);
    expect(r.metric_drop).toBeGreaterThan(0);
    expect(r).toMatchObject({ passed: false, output: null, max_metric_drop: 0 });
    expect(error?.exitCode).toBe(3);
    expect(error?.message).toBe(`optimize: accuracy drop ${r.metric_drop} is over --max-metric-drop 0; no model written`);
    expect(readdirSync(dir)).toEqual([]);
  });

  test.each([
    [{ out: 'x.onnx', method: 'fp16' }, 'optimize: missing required option(s): --model'],
    [{ model: C.model, out: 'x.onnx', method: 'int4' }, 'optimize: --method must be one of dynamic-int8, fp16, graph, external, got "int4"'],
    [{ model: C.model, out: 'x.onnx', method: 'external' }, 'optimize: --candidate (the model optimized elsewhere) goes with --method external, and only with it'],
    [{ model: C.model, out: 'x.onnx', method: 'external', candidate: 'models/missing.onnx' }, 'optimize: --candidate models/missing.onnx: cannot read the optimized model'],
    [{ model: C.model, out: 'x.onnx', method: 'fp16', perChannel: true }, 'optimize: --per-channel, --weight-type and --reduce-range apply to --method dynamic-int8 only'],
    [{ model: C.model, out: 'x.onnx', method: 'graph', graphLevel: 'max' }, 'optimize: --graph-level must be one of basic, extended, all, got "max"'],
    [{ model: C.model, out: 'x.onnx', method: 'fp16', maxMetricDrop: '0.01' }, 'optimize: --max-metric-drop needs --data and --label: the drop is measured on the hold-out'],
    [{ model: C.model, out: 'x.onnx', method: 'fp16', data: C.data, label: C.label, maxMetricDrop: '-1' }, 'optimize: --max-metric-drop must be a number >= 0 (0.01 = one accuracy point, or 1 % more RMSE), got -1'],
    [{ model: C.model, out: 'x.onnx', method: 'fp16', data: C.data }, 'optimize: --data and --label go together: the hold-out file and its label column'],
    [{ model: 'models/missing.onnx', out: 'x.onnx', method: 'fp16' }, 'optimize: models/missing.onnx: cannot read the model file'],
    [{ model: C.model, out: 'x.onnx', method: 'fp16', data: C.data, label: 'species' }, 'optimize: models/sensor-mote-mlp-holdout.csv: label column "species" not found'],
  ] as const)('fails with exit 1 on bad input %j', async (opts, message) => {
    const { error } = await optimizeRun(opts as OptimizeOptions);
    expect(error?.exitCode).toBe(1);
    expect(error?.message.startsWith(message)).toBe(true);
  });
});

describe('oci-mlops benchmark', () => {
  test('times each batch size on hold-out rows: mean, p50, p95, p99 and rows per second (--json)', async () => {
    const { out, error } = await run<BenchmarkOptions>(benchmark, { model: C.model, data: C.data, label: C.label, batchSizes: '1,64', iterations: '15', warmup: '2', json: true });
    expect(error).toBeNull();
    const r = JSON.parse(out);
    expect(r).toMatchObject({ model: C.model, inputs_from: 'holdout', threads: 1, warmup: 2 });
    expect(r.results.map((t: { batch_size: number }) => t.batch_size)).toEqual([1, 64]);
    for (const t of r.results) {
      expect(Object.keys(t)).toEqual(['batch_size', 'iterations', 'mean_ms', 'p50_ms', 'p95_ms', 'p99_ms', 'rows_per_s']);
      expect(t.p50_ms).toBeLessThanOrEqual(t.p95_ms);
      expect(t.p95_ms).toBeLessThanOrEqual(t.p99_ms);
      expect(t.rows_per_s).toBeCloseTo((t.batch_size * 1000) / t.mean_ms, 6);
    }
  });

  test('generates inputs from the signature without --data and prints a table', async () => {
    const { out, error } = await run<BenchmarkOptions>(benchmark, { model: R.model, batchSizes: '1,8', iterations: '5', warmup: '0' });
    expect(error).toBeNull();
    expect(out).toMatch(/^models\/boston-housing-mlp.onnx: generated inputs, 1 intra-op thread\(s\), 0 warm-up runs excluded\n batch {3}runs/);
    expect(out.trim().split('\n')).toHaveLength(4);
  });

  test.each([
    [{}, 'benchmark: missing required option --model'],
    [{ model: C.model, batchSizes: '1,x' }, 'benchmark: --batch-sizes must be a whole number, got "x"'],
    [{ model: C.model, batchSizes: '0' }, 'benchmark: --batch-sizes must be an integer >= 1, got 0'],
    [{ model: C.model, data: C.data }, 'benchmark: --data and --label go together'],
    [{ model: 'models/missing.onnx' }, 'benchmark: models/missing.onnx: cannot read the model file'],
  ] as const)('fails with exit 1 on bad input %j', async (opts, message) => {
    const { error } = await run<BenchmarkOptions>(benchmark, opts as BenchmarkOptions);
    expect(error?.exitCode).toBe(1);
    expect(error?.message.startsWith(message)).toBe(true);
  });

  test('runs from the command line with the exit code of bad input', () => {
    const res = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'bin/oci-mlops.ts'), 'benchmark', '--model', 'models/missing.onnx'], { cwd: ROOT, encoding: 'utf8' });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/benchmark: models\/missing.onnx: cannot read the model file/);
  });
});
