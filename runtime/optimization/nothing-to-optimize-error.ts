import { type SkippedNode } from './types';

/**
 * The model has nothing the method can change (no MatMul/Gemm with constant weights for
 * dynamic-int8, no float tensor for fp16, no rewrite ONNX Runtime applies for graph). `optimize`
 * exits 2 and writes no model: the original is already as good as the method can make it.
 *
 * @example
 * throw new NothingToOptimizeError('dynamic-int8', [{ node: 'LinearClassifier', opType: 'LinearClassifier', reason: '...' }]);
 */
export class NothingToOptimizeError extends Error {
  constructor(
    readonly method: string,
    readonly skipped: readonly SkippedNode[],
  ) {
    super(`${method} finds nothing to change in this model${skipped.length ? `; left as they are: ${skipped.map((s) => `${s.node} (${s.opType}): ${s.reason}`).join('; ')}` : ''}`);
    this.name = 'NothingToOptimizeError';
  }
}
