import { onnx } from 'onnx-proto';
import { convertToFloat16 } from '../convert-to-float16';
import { type GraphRewrite } from '../types';
import { ortOptimizedGraph } from './ort-optimized-graph';
import { tensorProducers } from './tensor-producers';

export const NO_CPU_FLOAT16_KERNEL = "no float16 kernel in ONNX Runtime's CPU provider on this machine (kept float32; its weights stay stored in float16)";

/**
 * Converts a model to float16 (`convertToFloat16`) and keeps in float32 the nodes ONNX Runtime's
 * CPU provider has no float16 kernel for. ONNX Runtime itself tells which: when it loads the
 * converted model, it wraps each such node in Casts to float32 and back, so the node's float16
 * output is written by a Cast in the graph it runs, or renamed when it drops the Casts between
 * two such neighbours. Those nodes are converted again as float32
 * (one chain of them then runs without a round trip through float16 between each node) and
 * reported. The answer depends on the CPU (ARM64 with half-precision arithmetic has more float16
 * kernels than x86-64): run `optimize` on the architecture that serves the model.
 *
 * @param bytes - the float32 model
 * @returns the float16 model, what changed and what stayed float32, with reasons
 * @throws Error when ONNX Runtime cannot load the converted model
 * @example
 * const { model, skipped } = await convertModelToFloat16(readFileSync('models/sensor-mote-mlp.onnx'));
 */
export async function convertModelToFloat16(bytes: Uint8Array): Promise<GraphRewrite> {
  const first = convertToFloat16(onnx.ModelProto.decode(bytes));
  const written = tensorProducers(await ortOptimizedGraph(onnx.ModelProto.encode(first.model).finish(), 'disabled'));
  const fallbacks = new Map<string, string>();
  for (const [label, outputs] of first.convertedOutputs) {
    // At level 'disabled' nothing is fused: a float16 output that is gone (renamed by ONNX Runtime's
    // cast insertion, which also drops the round trips between neighbours) or written by a Cast ran in float32.
    if (outputs.some((o) => written.get(o) === undefined || written.get(o) === 'Cast')) fallbacks.set(label, NO_CPU_FLOAT16_KERNEL);
  }
  if (fallbacks.size === 0) return first;
  return convertToFloat16(onnx.ModelProto.decode(bytes), { keepFloat32: fallbacks });
}
