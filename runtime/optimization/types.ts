import { type onnx } from 'onnx-proto';

/**
 * The optimization methods of `oci-mlops optimize`; `external` takes a model optimized elsewhere
 * (pruned, distilled, quantized by another tool) through the same measurements and gate.
 */
export type OptimizationMethod = 'dynamic-int8' | 'fp16' | 'graph' | 'external';

/** A node a method left as it was, and why. */
export interface SkippedNode {
  /** The node's name (or `<opType>#<index>` when it has none). */
  readonly node: string;
  readonly opType: string;
  readonly reason: string;
}

/** What a graph rewrite did to a model. */
export interface GraphRewrite {
  /** The rewritten model. */
  readonly model: onnx.ModelProto;
  /** Names of the nodes the method changed (quantized, converted, fused). */
  readonly changed: readonly string[];
  readonly skipped: readonly SkippedNode[];
}
