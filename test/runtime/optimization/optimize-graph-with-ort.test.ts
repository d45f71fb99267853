/**
 * @jest-environment ./test/runtime/inference/ort-environment.js
 */
import { readFileSync } from 'node:fs';
import { onnx } from 'onnx-proto';
import { optimizeGraphWithOrt } from '../../../runtime/optimization/adapters/optimize-graph-with-ort';
import { checkOnHoldout, MODELS } from './support';

const load = (file: string) => new Uint8Array(readFileSync(file));

describe('optimizeGraphWithOrt', () => {
  test.each([['all'], ['extended']] as const)('level %s fuses Gemm + Relu into FusedGemm in the regressor; outputs unchanged to float32 rounding', async (level) => {
    const bytes = load(MODELS.regressor.model);
    const { model, changed, skipped } = await optimizeGraphWithOrt(bytes, level);
    expect(skipped).toEqual([]);
    expect(changed).toEqual(expect.arrayContaining(['Gemm0 (removed or fused)', 'Relu0 (removed or fused)']));
    expect(model.graph!.node!.map((n) => `${n.domain}.${n.opType}`)).toContain('com.microsoft.FusedGemm');
    // The documentation and metadata the serving runtime reads are carried over.
    expect(model.metadataProps!.map((p) => p.key)).toContain('feature_names');
    const { comparison } = await checkOnHoldout(MODELS.regressor, bytes, model);
    expect(comparison.maxAbsDiff).toBeLessThan(1e-3);
  });

  test('level basic leaves the regressor as it is (no fusion at that level)', async () => {
    const { changed } = await optimizeGraphWithOrt(load(MODELS.regressor.model), 'basic');
    expect(changed).toEqual([]);
  });

  test('the sample iris model has nothing ONNX Runtime rewrites', async () => {
    const { changed } = await optimizeGraphWithOrt(load(MODELS.iris.model));
    expect(changed).toEqual([]);
  });

  test('fails naming ONNX Runtime when the bytes are not a model it loads', async () => {
    await expect(optimizeGraphWithOrt(onnx.ModelProto.encode({ irVersion: 8 }).finish())).rejects.toThrow(/ortOptimizedGraph: ONNX Runtime cannot load the model/);
  });
});
