import { onnx } from 'onnx-proto';
import { nodeLabel } from '../node-label';
import { type GraphRewrite } from '../types';
import { type OrtGraphLevel, ortOptimizedGraph } from './ort-optimized-graph';

/**
 * ONNX Runtime's own graph optimizations (constant folding, redundant node elimination, operator
 * fusions such as MatMul + Add -> Gemm; `all` adds the CPU provider's layout transformations)
 * saved as a model, as its `optimizedModelFilePath` session option does. `all` is the highest
 * level the CPU provider supports; ONNX Runtime warns that a model saved at that level may hold
 * layouts specific to the CPU it was made on, so run it on the serving architecture (or pick
 * `extended`).
 *
 * @param bytes - the model
 * @param level - the optimization level, default 'all'
 * @returns the optimized model; `changed` lists the original nodes that are gone (fused or folded)
 *   and the nodes ONNX Runtime added, `skipped` is empty
 * @throws Error when ONNX Runtime cannot load the model
 * @example
 * const { model, changed } = await optimizeGraphWithOrt(readFileSync('models/boston-housing-mlp.onnx'));
 */
export async function optimizeGraphWithOrt(bytes: Uint8Array, level: Exclude<OrtGraphLevel, 'disabled'> = 'all'): Promise<GraphRewrite> {
  const before = onnx.ModelProto.decode(bytes);
  const model = onnx.ModelProto.decode(await ortOptimizedGraph(bytes, level));
  const signature = (n: onnx.INodeProto) => `${n.domain ?? ''}:${n.opType}:${(n.input ?? []).join(',')}>${(n.output ?? []).join(',')}`;
  const after = new Set((model.graph?.node ?? []).map(signature));
  const original = new Set((before.graph?.node ?? []).map(signature));
  const changed = [
    ...(before.graph?.node ?? []).flatMap((n, i) => (after.has(signature(n)) ? [] : [`${nodeLabel(n, i)} (removed or fused)`])),
    ...(model.graph?.node ?? []).flatMap((n, i) => (original.has(signature(n)) ? [] : [`${nodeLabel(n, i)} (${n.domain ? `${n.domain}.` : ''}${n.opType}, added)`])),
  ];
  // ONNX Runtime does not carry the model's documentation and metadata over; the serving runtime reads them.
  model.docString = before.docString;
  model.metadataProps = before.metadataProps;
  model.modelVersion = before.modelVersion;
  return { model, changed, skipped: [] };
}
