import { type onnx } from 'onnx-proto';

/**
 * A generator of tensor and node names not yet used in a graph: a rewrite adds tensors named after
 * the ones it replaces (`<weight>_quantized`), and must not collide with a name the model already has.
 *
 * @param graph - the graph whose names are taken
 * @returns `fresh(base)`: base itself when free, else base_1, base_2, ...
 * @example
 * const fresh = uniqueNames(graph);
 * fresh('W_quantized'); // 'W_quantized' (or 'W_quantized_1' when taken)
 */
export function uniqueNames(graph: onnx.IGraphProto): (base: string) => string {
  const taken = new Set<string>();
  for (const n of graph.node ?? []) {
    if (n.name) taken.add(n.name);
    for (const t of [...(n.input ?? []), ...(n.output ?? [])]) taken.add(t);
  }
  for (const v of [...(graph.input ?? []), ...(graph.output ?? []), ...(graph.valueInfo ?? []), ...(graph.initializer ?? [])]) if (v.name) taken.add(v.name);
  return (base: string) => {
    let name = base;
    for (let i = 1; taken.has(name); i++) name = `${base}_${i}`;
    taken.add(name);
    return name;
  };
}
