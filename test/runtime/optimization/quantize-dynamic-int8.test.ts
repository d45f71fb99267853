/**
 * @jest-environment ./test/runtime/inference/ort-environment.js
 */
import { readFileSync } from 'node:fs';
import { onnx } from 'onnx-proto';
import { quantizeDynamicInt8 } from '../../../runtime/optimization/quantize-dynamic-int8';
import { readFloatTensor } from '../../../runtime/optimization/read-float-tensor';
import { buildOnnxModel } from '../../../scripts/sample-model/onnx-writer';
import { checkOnHoldout, MODELS, treeEnsembleOnnx } from './support';

const DT = onnx.TensorProto.DataType;
const load = (file: string) => new Uint8Array(readFileSync(file));
const ops = (m: onnx.ModelProto) => m.graph!.node!.map((n) => n.opType);

describe('quantizeDynamicInt8 on the MLP classifier (MatMul + Add, as sklearn-onnx exports)', () => {
  const bytes = load(MODELS.classifier.model);

  test.each([
    ['per tensor, int8 weights', { perChannel: false }],
    ['per channel, int8 weights', { perChannel: true }],
    ['per tensor, uint8 weights', { weightType: 'uint8' as const }],
    ['per channel, 7-bit int8 weights (reduce range)', { perChannel: true, reduceRange: true }],
  ])('%s: ONNX Runtime agrees with the float model on >= 98 %% of hold-out labels, accuracy within 2 points', async (_, options) => {
    const { model, changed, skipped } = quantizeDynamicInt8(onnx.ModelProto.decode(bytes), options);
    expect(changed).toEqual(['MatMul0', 'MatMul1', 'MatMul2']);
    expect(skipped).toEqual([]);
    expect(ops(model).filter((o) => o === 'MatMul')).toEqual([]);
    expect(ops(model).filter((o) => o === 'MatMulInteger')).toHaveLength(3);
    // One DynamicQuantizeLinear per distinct float input.
    expect(ops(model).filter((o) => o === 'DynamicQuantizeLinear')).toHaveLength(3);
    const { comparison, before, after } = await checkOnHoldout(MODELS.classifier, bytes, model);
    expect(comparison.labelAgreement).toBeGreaterThanOrEqual(0.98);
    expect(comparison.maxAbsDiff).toBeGreaterThan(0);
    expect((before as { accuracy: number }).accuracy - (after as { accuracy: number }).accuracy).toBeLessThanOrEqual(0.02);
  });

  test('stores int8 weights with zero points 0 (symmetric) and one scale per output column per channel', () => {
    const float = onnx.ModelProto.decode(bytes).graph!.initializer!.find((t) => t.name === 'coefficient1')!;
    const { model } = quantizeDynamicInt8(onnx.ModelProto.decode(bytes), { perChannel: true });
    const init = new Map(model.graph!.initializer!.map((t) => [t.name, t]));
    const w = init.get('coefficient1_quantized')!;
    expect([w.dataType, w.dims!.map(Number)]).toEqual([DT.INT8, float.dims!.map(Number)]);
    expect(w.rawData).toHaveLength(Number(float.dims![0]) * Number(float.dims![1]));
    const columns = Number(w.dims![1]);
    expect(init.get('coefficient1_scale')!.dims!.map(Number)).toEqual([columns]);
    expect(Array.from(init.get('coefficient1_zero_point')!.rawData!)).toEqual(new Array(columns).fill(0));
    expect(init.has('coefficient1')).toBe(false);
  });

  test('int8 weights are about a quarter of the float weights in bytes', () => {
    const original = onnx.ModelProto.decode(bytes);
    const { model } = quantizeDynamicInt8(onnx.ModelProto.decode(bytes));
    const size = (m: onnx.ModelProto, match: RegExp) => m.graph!.initializer!.filter((t) => match.test(t.name!)).reduce((s, t) => s + onnx.TensorProto.encode(t).finish().length, 0);
    expect(size(original, /^coefficient\d$/) / size(model, /^coefficient\d_(quantized|scale|zero_point)$/)).toBeGreaterThan(3.5);
  });
});

describe('quantizeDynamicInt8 on the MLP regressor (Gemm with transB, as PyTorch exports nn.Linear)', () => {
  const bytes = load(MODELS.regressor.model);
  test.each([[false], [true]])('per channel %s: Gemm becomes MatMulInteger + bias Add; RMSE within 5 %% of the float model', async (perChannel) => {
    const { model, changed } = quantizeDynamicInt8(onnx.ModelProto.decode(bytes), { perChannel });
    expect(changed).toEqual(['Gemm0', 'Gemm1', 'Gemm2']);
    expect(ops(model)).not.toContain('Gemm');
    const { comparison, before, after } = await checkOnHoldout(MODELS.regressor, bytes, model);
    expect(comparison.labelAgreement).toBeNull();
    expect(comparison.maxAbsDiff).toBeGreaterThan(0);
    const [b, a] = [(before as { rmse: number }).rmse, (after as { rmse: number }).rmse];
    expect((a - b) / b).toBeLessThan(0.05);
  });
});

function gemmModel(attributes: Record<string, { type: 'int'; value: number } | { type: 'float'; value: number }>, bFromInput = false): Uint8Array {
  const w = [0.5, -1, 2, 0.25, 1.5, -0.75]; // [3, 2]
  return buildOnnxModel({
    graphName: 'gemm', opsets: { '': 15 },
    inputs: [{ name: 'x', type: { kind: 'tensor', elemType: 'float', shape: [null, 3] } }, ...(bFromInput ? [{ name: 'b', type: { kind: 'tensor' as const, elemType: 'float' as const, shape: [3, 2] } }] : [])],
    outputs: [{ name: 'y', type: { kind: 'tensor', elemType: 'float', shape: [null, 2] } }],
    nodes: [{ opType: 'Gemm', name: 'G', inputs: ['x', 'b', 'c'], outputs: ['y'], attributes }],
    initializers: [...(bFromInput ? [] : [{ name: 'b', elemType: 'float' as const, dims: [3, 2], values: w }]), { name: 'c', elemType: 'float', dims: [2], values: [0.1, -0.2] }],
  });
}

describe('quantizeDynamicInt8 on Gemm attributes', () => {
  test('folds alpha into the weights and beta into C: ONNX Runtime gives the float result to the quantization step', async () => {
    const bytes = gemmModel({ alpha: { type: 'float', value: 0.5 }, beta: { type: 'float', value: 2 } });
    const { model, changed } = quantizeDynamicInt8(onnx.ModelProto.decode(bytes));
    expect(changed).toEqual(['G']);
    expect(Array.from(readFloatTensor(model.graph!.initializer!.find((t) => t.name === 'c_beta')!).values)).toEqual([0.2, -0.4].map(Math.fround));
    const ort = await import('onnxruntime-node');
    const x = new ort.Tensor('float32', Float32Array.from([1, 2, 3, -1, 0, 0.5]), [2, 3]);
    const run = async (b: Uint8Array) => { const s = await ort.InferenceSession.create(b); const y = (await s.run({ x })).y!.data as Float32Array; await s.release(); return y; };
    const [f, q] = [await run(bytes), await run(onnx.ModelProto.encode(model).finish())];
    // Activations span 4 (step 4/255) and weights 1 (step 1/127): a few hundredths at most.
    f.forEach((v, i) => expect(Math.abs(v - q[i]!)).toBeLessThan(0.05));
  });
  test('skips Gemm with transA=1 and MatMul/Gemm whose weight is not a constant, with the reason', () => {
    expect(quantizeDynamicInt8(onnx.ModelProto.decode(gemmModel({ transA: { type: 'int', value: 1 } }))).skipped).toEqual([{ node: 'G', opType: 'Gemm', reason: 'Gemm with transA=1 is not quantized' }]);
    expect(quantizeDynamicInt8(onnx.ModelProto.decode(gemmModel({}, true))).skipped).toEqual([{ node: 'G', opType: 'Gemm', reason: 'its weight input b is not a constant initializer' }]);
  });
});

describe('quantizeDynamicInt8 finds nothing to quantize in models without MatMul or Gemm', () => {
  test.each([
    ['the sample iris model (LinearClassifier)', () => load(MODELS.iris.model), 'LinearClassifier'],
    ['a tree ensemble', treeEnsembleOnnx, 'TreeEnsembleClassifier'],
  ])('%s: nothing changed, the weighted ai.onnx.ml node listed', (_, bytes, op) => {
    const { changed, skipped } = quantizeDynamicInt8(onnx.ModelProto.decode(bytes()));
    expect(changed).toEqual([]);
    expect(skipped).toEqual([expect.objectContaining({ opType: op, reason: expect.stringContaining('ai.onnx.ml operator') })]);
  });
});
