/**
 * @jest-environment ./test/runtime/inference/ort-environment.js
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOnnxModel, linearClassifierOnnx, linearRegressorOnnx } from '../../scripts/sample-model/onnx-writer';
import { CliError } from '../../bin/cli-error';
import { validateModel, type ValidateModelOptions } from '../../bin/commands/validate-model';
import { committedReference, expectClose, modelCases } from '../runtime/validation/support/reference';
import { tempDir } from '../support/temp-dir';

const ROOT = join(__dirname, '../..');

/** Runs the CLI as users do (`npx oci-mlops` runs bin/oci-mlops.cjs, from the repository root). */
function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const res = spawnSync(process.execPath, [join(ROOT, 'bin/oci-mlops.cjs'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

const FAST = { latencyRuns: '5', warmupRuns: '1' };

async function run(opts: ValidateModelOptions): Promise<{ out: string; error: CliError | null }> {
  let out = '';
  try {
    await validateModel({ ...FAST, ...opts }, (t) => { out += t; });
    return { out, error: null };
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    return { out, error: err };
  }
}

const cases = Object.fromEntries(modelCases().map((c) => [c.name, c]));
const iris = cases.iris!;

describe('validate-model on the test models, against scikit-learn', () => {
  const reference = committedReference();
  test.each(reference.model_cases.map((c) => [c.name, c] as const))('%s: the --json metrics match scikit-learn on the same data', async (name, ref) => {
    const c = cases[name]!;
    const { out, error } = await run({ model: c.model, data: c.data, label: c.label, json: true });
    expect(error).toBeNull();
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(['task', 'n_rows', 'metrics', 'latency_ms', 'thresholds', 'passed']);
    expect(doc.task).toBe(c.task);
    expect(doc.n_rows).toBe(ref.n_rows);
    expect(Object.keys(doc.metrics).sort()).toEqual(Object.keys(ref.metrics).sort());
    // Classification metrics depend on float32 predictions only through argmax and ranks (the
    // fixture's smallest top-2 margin keeps them away from ties): equal to rounding. Regression
    // metrics carry ONNX Runtime's float32 arithmetic: 1e-5 relative.
    for (const [key, value] of Object.entries(ref.metrics)) {
      expectClose(doc.metrics[key], value, c.task === 'classification' ? 1e-12 : 1e-5, 1e-12, `${name} ${key}`);
    }
    expect(Object.keys(doc.latency_ms)).toEqual(['p50', 'p95', 'p99']);
    expect(doc.latency_ms.p50).toBeGreaterThan(0);
    expect(doc.latency_ms.p50).toBeLessThanOrEqual(doc.latency_ms.p95);
    expect(doc.latency_ms.p95).toBeLessThanOrEqual(doc.latency_ms.p99);
    expect(doc).toMatchObject({ thresholds: [], passed: true });
  });

  test('--features picks and orders the columns of a single-input model', async () => {
    const c = cases.regressor!;
    const good = await run({ model: c.model, data: c.data, label: c.label, json: true, features: 'rooms,age_years,distance_km' });
    const swapped = await run({ model: c.model, data: c.data, label: c.label, json: true, features: 'age_years,rooms,distance_km' });
    expect(JSON.parse(good.out).metrics.r2).toBeGreaterThan(0.97);
    expect(JSON.parse(swapped.out).metrics.r2).toBeLessThan(0.5);
  });

  test('--task classification is accepted for a classifier, and class indices work as labels for named classes', async () => {
    const dir = tempDir();
    const data = join(dir, 'iris-indices.csv');
    const text = readFileSync(iris.data, 'utf8').replace(/setosa$/gm, '0').replace(/versicolor$/gm, '1').replace(/virginica$/gm, '2');
    writeFileSync(data, text);
    const { out } = await run({ model: iris.model, data, label: 'species', task: 'classification', json: true });
    expect(JSON.parse(out).metrics.accuracy).toBeCloseTo(committedReference().model_cases[0]!.metrics.accuracy!, 12);
  });
});

describe('validate-model on a classifier with only a label output', () => {
  // LinearClassifier computes scores, but the graph exposes only the label: no AUC can be computed.
  const dir = tempDir();
  const model = join(dir, 'label-only.onnx');
  writeFileSync(model, buildOnnxModel({
    graphName: 'label_only',
    inputs: [{ name: 'x', type: { kind: 'tensor', elemType: 'float', shape: [null, 3] } }],
    outputs: [{ name: 'label', type: { kind: 'tensor', elemType: 'int64', shape: [null] } }],
    nodes: [{
      opType: 'LinearClassifier', domain: 'ai.onnx.ml', inputs: ['x'], outputs: ['label', 'scores'],
      attributes: {
        classlabels_ints: { type: 'ints', value: [0, 1] }, coefficients: { type: 'floats', value: [0, 0, 0, 0.8, 0.6, -0.4] },
        intercepts: { type: 'floats', value: [0, -0.58] }, post_transform: { type: 'string', value: 'SOFTMAX' },
      },
    }],
  }));
  const binary = () => modelCases().find((c) => c.name === 'binary')!;

  test('reports accuracy and F1 like the full model, and a null AUC with the reason', async () => {
    const { out, error } = await run({ model, data: binary().data, label: 'churned' });
    expect(error).toBeNull();
    const full = committedReference().model_cases.find((c) => c.name === 'binary')!.metrics;
    expect(out).toContain('n/a (the model has no class-score output)');
    const { out: json } = await run({ model, data: binary().data, label: 'churned', json: true });
    const doc = JSON.parse(json);
    expect(doc.metrics.auc_ovr_macro).toBeNull();
    expectClose(doc.metrics.accuracy, full.accuracy!, 0, 1e-12, 'label-only accuracy');
  });

  test('fails --min-auc with exit 2, saying why the AUC is missing', async () => {
    const { error } = await run({ model, data: binary().data, label: 'churned', minAuc: '0.5' });
    expect(error?.exitCode).toBe(2);
    expect(error?.message).toBe('validate-model: --min-auc cannot be checked: the model has no class-score output');
  });
});

describe('validate-model thresholds', () => {
  test('passes with exit 0 and lists every threshold in the JSON', async () => {
    const { out, error } = await run({ model: iris.model, data: iris.data, label: 'species', json: true, minAccuracy: '0.9', minF1: '0.9', minAuc: '0.95', maxP95Ms: '10000' });
    expect(error).toBeNull();
    const doc = JSON.parse(out);
    expect(doc.thresholds.map((t: { name: string }) => t.name)).toEqual(['min_accuracy', 'min_f1', 'min_auc', 'max_p95_ms']);
    expect(doc.passed).toBe(true);
  });

  test('fails with exit 1 naming every failed threshold, after writing the report', async () => {
    const { out, error } = await run({ model: iris.model, data: iris.data, label: 'species', minAccuracy: '0.99', minF1: '0.98', minAuc: '0.5' });
    expect(error?.exitCode).toBe(1);
    expect(error?.message).toMatch(/^validate-model: 2 threshold\(s\) failed: --min-accuracy 0\.99 \(got 0\.966666\d*\); --min-f1 0\.98 \(got 0\.966583\d*\)$/);
    expect(out).toContain('Result: FAILED (2 of 3 thresholds): --min-accuracy, --min-f1');
  });

  test('fails --max-rmse on a regressor with exit 1 and passed: false in the JSON', async () => {
    const c = cases.regressor!;
    const { out, error } = await run({ model: c.model, data: c.data, label: c.label, json: true, maxRmse: '0.1' });
    expect(error?.exitCode).toBe(1);
    expect(JSON.parse(out)).toMatchObject({ thresholds: [{ name: 'max_rmse', limit: 0.1, passed: false }], passed: false });
  });
});

describe('validate-model on unusable input (exit 2)', () => {
  const dir = tempDir();
  const fiveFeatures = join(dir, 'five.onnx');
  writeFileSync(fiveFeatures, linearClassifierOnnx({ coefficients: [[1, 0, 0, 0, 1], [0, 1, 0, 1, 0]], intercepts: [0, 0], classLabels: ['a', 'b'] }));
  const twoTargets = join(dir, 'two-targets.onnx');
  writeFileSync(twoTargets, linearRegressorOnnx({ coefficients: [[1, 2, 3], [3, 2, 1]], intercepts: [0, 1] }));
  const garbage = join(dir, 'garbage.onnx');
  writeFileSync(garbage, 'this is not a model');
  const multi = cases['multi-input']!;
  const noAge = join(dir, 'no-age.csv');
  writeFileSync(noAge, 'customer_id,income,spend,tenure\nc1,1,2,3\n');
  const badCell = join(dir, 'bad-cell.csv');
  writeFileSync(badCell, 'sepal_length_cm,sepal_width_cm,petal_length_cm,petal_width_cm,species\n5.1,3.5,1.4,0.2,setosa\n5.0,n/a,1.4,0.2,setosa\n');
  const ragged = join(dir, 'ragged.csv');
  writeFileSync(ragged, 'a,b,y\n1,2,0\n1,2\n');

  test.each([
    ['a missing label column', { model: iris.model, data: iris.data, label: 'kind' }, /label column "kind" not found; columns: "sepal_length_cm", .*"species"/],
    ['a model expecting more features than the data has', { model: fiveFeatures, data: iris.data, label: 'species' }, /model input "float_input" expects 5 features per row but the data gives 4 feature columns/],
    ['an unreadable model', { model: garbage, data: iris.data, label: 'species' }, /garbage\.onnx: unreadable model: prepareOnnxModel: /],
    ['a model file that does not exist', { model: join(dir, 'nope.onnx'), data: iris.data, label: 'species' }, /nope\.onnx: cannot read the model file/],
    ['a named input with no column', { model: multi.model, data: noAge, label: 'spend' }, /the model's input\(s\) "age" have no column of the same name/],
    ['a feature named twice', { model: iris.model, data: cases.binary!.data, label: 'churned', features: 'recency,frequency,tenure_gap,recency' }, /--features names "recency" more than once/],
    ['a non-numeric cell', { model: iris.model, data: badCell, label: 'species' }, /bad-cell\.csv: column "sepal_width_cm" line 3: "n\/a" is not a number \(model input "float_input" is float32\)/],
    ['a ragged CSV', { model: iris.model, data: ragged, label: 'y' }, /ragged\.csv: not a readable CSV file: .*Error when sniffing file/],
    ['a regression limit on a classifier', { model: iris.model, data: iris.data, label: 'species', maxRmse: '1' }, /--max-rmse applies to regression models, but this is a classification model/],
    ['a limit that is not a number', { model: iris.model, data: iris.data, label: 'species', minAccuracy: 'high' }, /--min-accuracy must be a number, got "high"/],
    ['a limit out of range', { model: iris.model, data: iris.data, label: 'species', minAuc: '2' }, /--min-auc must be a number within 0\.\.1, got 2/],
    ['an unknown task', { model: iris.model, data: iris.data, label: 'species', task: 'ranking' }, /--task must be classification or regression, got "ranking"/],
    ['--task regression on a classifier', { model: iris.model, data: iris.data, label: 'species', task: 'regression' }, /--task regression, but the model is a classifier/],
    ['a two-target regressor', { model: twoTargets, data: cases.regressor!.data, label: 'price', task: 'regression' }, /--task regression needs one float output \[N\] or \[N, 1\] \(one target\)/],
    ['missing required options', { label: 'species' }, /missing required option\(s\): --model, --data/],
    ['zero latency runs', { model: iris.model, data: iris.data, label: 'species', latencyRuns: '0' }, /--latency-runs must be an integer >= 1, got 0/],
  ] as const)('fails on %s', async (_name, opts, message) => {
    const { error } = await run(opts as ValidateModelOptions);
    expect(error?.exitCode).toBe(2);
    expect(error?.message).toMatch(message);
  });

  test('fails with the labels that are not classes of the model named', async () => {
    const bad = join(dir, 'bad-label.csv');
    writeFileSync(bad, 'sepal_length_cm,sepal_width_cm,petal_length_cm,petal_width_cm,species\n5.1,3.5,1.4,0.2,rose\n');
    const { error } = await run({ model: iris.model, data: bad, label: 'species' });
    expect(error?.exitCode).toBe(2);
    expect(error?.message).toContain('label column "species" has values that are not classes of the model (row 1: "rose"); allowed: class names "setosa", "versicolor", "virginica" or indices 0..2');
  });
});

describe('oci-mlops validate-model as a process', () => {
  // One spawned run (tsx compiles the whole CLI, seconds on 2 cores): the exit code, report and
  // message travel through bin/oci-mlops.ts as for every CliError; the other paths are tested in-process above.
  test('exits 1 with the report on stdout and the failed threshold named on stderr', () => {
    const res = runCli(['validate-model', '--model', iris.model, '--data', iris.data, '--label', 'species', '--min-accuracy', '0.99', '--min-auc', '0.9', '--latency-runs', '20']);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/^validate-model: 1 threshold\(s\) failed: --min-accuracy 0\.99 \(got 0\.9666\d*\)\n$/);
    expect(res.stdout).toContain('FAIL  --min-accuracy');
    expect(res.stdout).toContain('PASS  --min-auc');
  });
});
