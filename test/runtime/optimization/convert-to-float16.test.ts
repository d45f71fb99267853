/**
 * @jest-environment ./test/runtime/inference/ort-environment.js
 */
import { readFileSync } from 'node:fs';
import { onnx } from 'onnx-proto';
import { convertModelToFloat16, NO_CPU_FLOAT16_KERNEL } from '../../../runtime/optimization/adapters/convert-model-to-float16';
import { convertToFloat16 } from '../../../runtime/optimization/convert-to-float16';
import { checkOnHoldout, MODELS } from './support';

const DT = onnx.TensorProto.DataType;
const load = (file: string) => new Uint8Array(readFileSync(file));
const BLOCK_LIST = 'on the float16 block list of onnxconverter-common (no float16 support)';

describe.each([
  ['classifier', MODELS.classifier, ['MatMul0', 'Add0', 'Relu0', 'MatMul1', 'Add1', 'Relu1', 'MatMul2', 'Add2', 'Softmax'], ['Scaler', 'ZipMap']],
  ['regressor', MODELS.regressor, ['Gemm0', 'Relu0', 'Gemm1', 'Relu1', 'Gemm2'], ['Scaler']],
] as const)('float16 on the MLP %s', (_, c, computeNodes, blocked) => {
  const bytes = load(c.model);

  test('without CPU fallbacks: every compute node in float16, inputs and outputs float32 (keep_io_types), the block list in float32; ONNX Runtime runs it within float16 precision', async () => {
    const { model, changed, skipped } = convertToFloat16(onnx.ModelProto.decode(bytes));
    expect(changed.filter((n) => !n.startsWith('initializer '))).toEqual(computeNodes);
    expect(skipped.map((s) => [s.node, s.reason])).toEqual(expect.arrayContaining(blocked.map((b) => [b, BLOCK_LIST])));
    const g = model.graph!;
    expect(g.input!.map((i) => i.type!.tensorType!.elemType)).toEqual([DT.FLOAT]);
    expect(g.initializer!.filter((t) => t.dataType === DT.FLOAT)).toEqual([]);
    expect(g.initializer!.filter((t) => t.dataType === DT.FLOAT16).length).toBeGreaterThan(0);
    const { comparison, before, after } = await checkOnHoldout(c, bytes, model);
    expect(comparison.maxAbsDiff).toBeLessThan(c === MODELS.regressor ? 0.1 : 0.01);
    if (comparison.labelAgreement !== null) expect(comparison.labelAgreement).toBeGreaterThanOrEqual(0.995);
    expect(Object.keys(after)).toEqual(Object.keys(before));
  });

  test("with CPU fallbacks: the nodes ONNX Runtime's CPU provider has no float16 kernel for stay float32 and are listed; weights stay stored in float16", async () => {
    const { model, changed, skipped } = await convertModelToFloat16(bytes);
    const fallbacks = skipped.filter((s) => s.reason === NO_CPU_FLOAT16_KERNEL).map((s) => s.node);
    // Every compute node is either converted or listed as a fallback on this CPU, never both.
    expect([...changed.filter((n) => !n.startsWith('initializer ')), ...fallbacks].sort()).toEqual([...computeNodes].sort());
    expect(changed.filter((n) => n.startsWith('initializer ')).length).toBeGreaterThan(0);
    expect(model.graph!.initializer!.filter((t) => t.dataType === DT.FLOAT && t.dims!.length > 1)).toEqual([]);
    const { comparison } = await checkOnHoldout(c, bytes, model);
    expect(comparison.maxAbsDiff).toBeLessThan(c === MODELS.regressor ? 0.1 : 0.01);
  });
});

test('the sample iris model has nothing to convert: its LinearClassifier is on the block list', async () => {
  const { changed, skipped } = await convertModelToFloat16(load(MODELS.iris.model));
  expect(changed).toEqual([]);
  expect(skipped).toEqual([{ node: 'LinearClassifier', opType: 'LinearClassifier', reason: BLOCK_LIST }]);
});
