import { onnx } from 'onnx-proto';

/**
 * Tensor name -> operator that writes it, in a serialized model.
 *
 * @param bytes - the model
 * @returns the producers
 * @example
 * tensorProducers(bytes).get('y'); // 'Cast'
 */
export function tensorProducers(bytes: Uint8Array): Map<string, string> {
  const graph = onnx.ModelProto.decode(bytes).graph!;
  const map = new Map<string, string>();
  for (const n of graph.node ?? []) for (const o of n.output ?? []) map.set(o, n.opType ?? '');
  return map;
}
