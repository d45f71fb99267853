/**
 * @jest-environment ./test/runtime/inference/ort-environment.js
 */
import { onnx } from 'onnx-proto';
import * as ort from 'onnxruntime-node';
import { buildOnnxModel, linearClassifierOnnx, linearRegressorOnnx } from '../../../scripts/sample-model/onnx-writer';
import { trainSoftmaxRegression } from '../../../scripts/sample-model/train-softmax-regression';
import { irisSplit } from '../../../scripts/sample-model/iris-split';
import { prepareOnnxModel } from '../../../runtime/inference/prepare-onnx-model';
import { irisBytes } from './models';

const input = (rows: number[][]) => new ort.Tensor('float32', Float32Array.from(rows.flat()), [rows.length, rows[0]!.length]);

describe('onnx-writer (scripts/sample-model)', () => {
  test('buildOnnxModel writes the identity @example that ONNX Runtime runs', async () => {
    const bytes = buildOnnxModel({
      graphName: 'identity',
      inputs: [{ name: 'x', type: { kind: 'tensor', elemType: 'float', shape: [null, 2] } }],
      outputs: [{ name: 'y', type: { kind: 'tensor', elemType: 'float', shape: [null, 2] } }],
      nodes: [{ opType: 'Identity', inputs: ['x'], outputs: ['y'] }],
    });
    const s = await ort.InferenceSession.create(bytes);
    expect(Array.from((await s.run({ x: input([[1, 2]]) })).y!.data as Float32Array)).toEqual([1, 2]);
  });

  test('linearClassifierOnnx without ZipMap gives labels and softmax probabilities (@example)', async () => {
    const s = await ort.InferenceSession.create(linearClassifierOnnx({ coefficients: [[1, 0], [0, 1]], intercepts: [0, 0], classLabels: [0, 1], zipMap: false }));
    const out = await s.run({ float_input: input([[2, 0]]) });
    expect(Array.from(out.output_label!.data as BigInt64Array)).toEqual([0n]);
    expect((out.output_probability!.data as Float32Array)[0]).toBeCloseTo(Math.exp(2) / (Math.exp(2) + 1), 6);
  });

  test('linearClassifierOnnx with string labels writes a ZipMap output like sklearn-onnx', async () => {
    const bytes = linearClassifierOnnx({ coefficients: [[1, 0], [0, 1]], intercepts: [0, 0], classLabels: ['no', 'yes'] });
    const s = await ort.InferenceSession.create(bytes);
    expect(s.outputMetadata.map((m) => [m.name, m.isTensor])).toEqual([['output_label', true], ['output_probability', false]]);
    expect(prepareOnnxModel(bytes).zipMaps).toEqual([{ output: 'output_probability', labels: ['no', 'yes'] }]);
  });

  test('linearRegressorOnnx computes X·wᵀ + b (@example)', async () => {
    const s = await ort.InferenceSession.create(linearRegressorOnnx({ coefficients: [[2, -1]], intercepts: [0.5] }));
    expect(Array.from((await s.run({ float_input: input([[1, 2], [3, 4]]) })).variable!.data as Float32Array)).toEqual([0.5, 2.5]);
  });

  test.each([
    ['mismatched intercepts', () => linearRegressorOnnx({ coefficients: [[1, 2]], intercepts: [1, 2] }), /intercepts has 2 values, coefficients has 1 rows/],
    ['ragged coefficients', () => linearRegressorOnnx({ coefficients: [[1, 2], [1]], intercepts: [1, 2] }), /row 1 has 1 values, row 0 has 2/],
    ['a NaN coefficient', () => linearRegressorOnnx({ coefficients: [[NaN]], intercepts: [1] }), /value 0 is NaN/],
    ['duplicate labels', () => linearClassifierOnnx({ coefficients: [[1], [2]], intercepts: [0, 0], classLabels: [1, 1] }), /duplicates/],
    ['mixed labels', () => linearClassifierOnnx({ coefficients: [[1], [2]], intercepts: [0, 0], classLabels: [1, 'a'] as never }), /all integers or all strings/],
    ['an initializer of the wrong size', () => buildOnnxModel({ graphName: 'g', inputs: [], outputs: [], nodes: [], initializers: [{ name: 'w', elemType: 'float', dims: [2, 2], values: [1] }] }), /dims \[2, 2\] \(4 values\) but 1 values/],
  ])('fails on %s', (_what, fn, message) => {
    expect(fn).toThrow(message);
  });
});

describe('the sample model build', () => {
  test('irisSplit holds out every fifth row (@example)', () => {
    const { classes, train, test: held } = irisSplit();
    expect([classes.length, train.x.length, held.x.length]).toEqual([3, 120, 30]);
  });

  test('trainSoftmaxRegression separates a 1-D toy set (@example) and fails on a constant feature', () => {
    const m = trainSoftmaxRegression([[0], [1], [2], [3]], [0, 0, 1, 1], 2);
    const score = (x: number) => m.coefficients.map((w, k) => w[0]! * x + m.intercepts[k]!);
    expect(score(0)[0]).toBeGreaterThan(score(0)[1]!);
    expect(score(3)[1]).toBeGreaterThan(score(3)[0]!);
    expect(() => trainSoftmaxRegression([[1], [1]], [0, 1], 2)).toThrow(/feature 0 is constant/);
    expect(() => trainSoftmaxRegression([], [], 2)).toThrow(/x is empty/);
  });

  test('rebuilding the sample model gives the committed bytes (deterministic export)', () => {
    const { classes, train } = irisSplit();
    const m = trainSoftmaxRegression(train.x, train.y, classes.length, { c: 1 });
    const rebuilt = linearClassifierOnnx({ coefficients: m.coefficients, intercepts: m.intercepts, classLabels: [...classes] });
    const committed = prepareOnnxModel(irisBytes());
    expect(prepareOnnxModel(rebuilt).classLabels).toEqual(committed.classLabels);
    // Same weights: the committed file's LinearClassifier coefficients equal a fresh fit's, as float32.
    const coef = (b: Uint8Array) => onnx.ModelProto.decode(b).graph!.node![0]!.attribute!.find((a) => a.name === 'coefficients')!.floats;
    expect(coef(rebuilt)).toEqual(coef(irisBytes()));
  });
});
