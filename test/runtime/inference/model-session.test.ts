/**
 * @jest-environment ./test/runtime/inference/ort-environment.js
 */
import { spawnSync } from 'node:child_process';
import * as ort from 'onnxruntime-node';
import { onnx } from 'onnx-proto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ModelSession } from '../../../runtime/inference/model-session';
import { prepareOnnxModel } from '../../../runtime/inference/prepare-onnx-model';
import { intClassifierBytes, irisBytes, regressorBytes, session, sha256 } from './models';

const REFERENCE = join(__dirname, '..', '..', '..', 'scripts', 'sample-model', 'fixtures', 'iris-sklearn-reference.json');
interface Reference { classes: string[]; features: number[][]; probabilities: number[][]; labels: string[] }

async function predictAll(features: number[][]) {
  const model = await session(irisBytes(), 'iris-classifier');
  const out = await model.run({ rows: features.length, single: false, source: features, data: Float32Array.from(features.flat()) });
  await model.release();
  return out;
}

function sklearnAvailable(): boolean {
  return spawnSync('/usr/bin/python3', ['-c', 'import sklearn'], { stdio: 'ignore' }).status === 0;
}

describe('ModelSession', () => {
  test('serves the committed sample model as a classifier with the ZipMap removed', async () => {
    const model = await session(irisBytes(), 'iris-classifier');
    expect(model.signature).toMatchObject({
      kind: 'classifier', classLabels: ['setosa', 'versicolor', 'virginica'],
      input: { name: 'float_input', type: 'float32', features: 4 },
      outputs: [{ name: 'output_label', datatype: 'BYTES' }, { name: 'output_probability', datatype: 'FP32', shape: [-1, 3] }],
    });
    expect(model.signature.version).toBe(`sha256:${sha256(irisBytes()).slice(0, 12)}`);
    await model.release();
  });

  test('matches the committed scikit-learn reference on all 150 Iris rows', async () => {
    const ref = JSON.parse(readFileSync(REFERENCE, 'utf8')) as Reference;
    const out = await predictAll(ref.features);
    expect(out.predictions).toEqual(ref.labels);
    const maxDiff = Math.max(...ref.probabilities.flat().map((p, i) => Math.abs(p - out.probabilities![i]!)));
    expect(maxDiff).toBeLessThan(1e-4);
  });

  (sklearnAvailable() ? test : test.skip)('matches a live scikit-learn fit (skipped when /usr/bin/python3 cannot import sklearn)', async () => {
    const run = spawnSync('/usr/bin/python3', [join(__dirname, '..', '..', '..', 'scripts', 'sample-model', 'sklearn_reference.py')], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const ref = JSON.parse(run.stdout) as Reference;
    const out = await predictAll(ref.features);
    expect(out.predictions).toEqual(ref.labels);
    expect(Math.max(...ref.probabilities.flat().map((p, i) => Math.abs(p - out.probabilities![i]!)))).toBeLessThan(1e-4);
  });

  test.each([
    ['an integer-label ZipMap classifier', intClassifierBytes, { kind: 'classifier', classLabels: [0, 1, 2], outputs: [{ name: 'output_label', datatype: 'INT64', shape: [-1] }, { name: 'output_probability', datatype: 'FP32', shape: [-1, 3] }] }],
    ['a linear regressor', regressorBytes, { kind: 'regressor', classLabels: [], targets: 1, outputs: [{ name: 'variable', datatype: 'FP32', shape: [-1, 1] }] }],
  ])('reads the signature of %s', async (_what, bytes, expected) => {
    const model = await session(bytes());
    expect(model.signature).toMatchObject(expected);
    await model.release();
  });

  test('predicts integer labels with confidences, and regression values', async () => {
    const c = await session(intClassifierBytes());
    const out = await c.run({ rows: 2, single: false, source: [[3, 0], [0, 3]], data: Float32Array.of(3, 0, 0, 3) });
    expect(out.predictions).toEqual([0, 1]);
    expect(out.confidences![0]).toBeCloseTo(Math.exp(3) / (Math.exp(3) + 1 + Math.exp(-3)), 5);
    const r = await session(regressorBytes());
    expect((await r.run({ rows: 2, single: false, source: [[1, 2], [3, 4]], data: Float32Array.of(1, 2, 3, 4) })).predictions).toEqual([0.5, 2.5]);
    await Promise.all([c.release(), r.release()]);
  });

  test('fails to load a model whose digest does not match', async () => {
    await expect(ModelSession.load(irisBytes(), { name: 'iris', expectedSha256: '0'.repeat(64), source: 'models/iris-classifier.onnx' }))
      .rejects.toThrow(/models\/iris-classifier.onnx has SHA-256 104d390c.*expected 0000/);
  });

  test('fails to load bytes that are not an ONNX model', async () => {
    const junk = Buffer.from('this is not a model at all');
    await expect(ModelSession.load(junk, { name: 'x', expectedSha256: sha256(junk), source: 'junk.onnx' })).rejects.toThrow(/junk.onnx: prepareOnnxModel: the file is not an ONNX model/);
  });

  test('fails to load a truncated model', async () => {
    const cut = irisBytes().subarray(0, 500);
    await expect(ModelSession.load(cut, { name: 'x', expectedSha256: sha256(cut), source: 'cut.onnx' })).rejects.toThrow(/cut.onnx/);
  });
});

describe('prepareOnnxModel', () => {
  test('removes the ZipMap and keeps its labels and the output name', () => {
    const prepared = prepareOnnxModel(irisBytes());
    expect(prepared.zipMaps).toEqual([{ output: 'output_probability', labels: ['setosa', 'versicolor', 'virginica'] }]);
    expect(prepared.classLabels[0]).toBe('setosa');
    expect(prepared.metadata.feature_names).toBe('sepal_length_cm,sepal_width_cm,petal_length_cm,petal_width_cm');
    expect(prepared.servingBytes.length).toBeLessThan(irisBytes().length);
  });

  test('rewrites a string label output to class indices only when asked, keeping the labels', async () => {
    expect(prepareOnnxModel(irisBytes()).indexedLabels).toEqual([]);
    const prepared = prepareOnnxModel(irisBytes(), { indexStringLabels: true });
    expect(prepared.indexedLabels).toEqual([{ output: 'output_label', labels: ['setosa', 'versicolor', 'virginica'] }]);
    const s = await ort.InferenceSession.create(prepared.servingBytes);
    const label = s.outputMetadata.find((m) => m.name === 'output_label')!;
    expect(label.isTensor && label.type).toBe('int64');
    await s.release();
  });

  test('serves the same labels from class indices as the model\'s own string labels, row for row', async () => {
    const plain = await ort.InferenceSession.create(prepareOnnxModel(irisBytes()).servingBytes);
    const model = await session(irisBytes(), 'iris-classifier');
    // Rows spread over and beyond the Iris ranges, where the classes meet.
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const rows = 5000;
    const data = Float32Array.from({ length: rows * 4 }, (_, i) => [4 + 4 * rand(), 2 + 2.5 * rand(), 1 + 6 * rand(), 2.6 * rand()][i % 4]!);
    const expected = (await plain.run({ float_input: new ort.Tensor('float32', data, [rows, 4]) }, ['output_label'])).output_label!.data as string[];
    const out = await model.run({ rows, single: false, source: [], data });
    expect(new Set(expected).size).toBe(3);
    expect(out.predictions).toEqual(expected);
    await Promise.all([plain.release(), model.release()]);
  });

  test('leaves a string label output that another node reads as strings', () => {
    const m = onnx.ModelProto.decode(prepareOnnxModel(irisBytes()).servingBytes);
    m.graph!.node!.push(onnx.NodeProto.create({ opType: 'Identity', input: ['output_label'], output: ['label_copy'], name: 'copy' }));
    m.graph!.output!.push(onnx.ValueInfoProto.create({ name: 'label_copy', type: { tensorType: { elemType: onnx.TensorProto.DataType.STRING, shape: { dim: [{ dimParam: 'N' }] } } } }));
    expect(prepareOnnxModel(onnx.ModelProto.encode(m).finish(), { indexStringLabels: true }).indexedLabels).toEqual([]);
  });

  test('leaves a model without ZipMap unchanged', () => {
    const bytes = regressorBytes();
    expect(prepareOnnxModel(bytes).servingBytes).toBe(bytes);
  });

  test('fails on bytes that are not protobuf', () => {
    expect(() => prepareOnnxModel(Buffer.from([0xff, 0xff, 0xff, 0xff]))).toThrow(/prepareOnnxModel: the file is not an ONNX model/);
  });
});
