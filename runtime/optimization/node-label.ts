import { type onnx } from 'onnx-proto';

/**
 * How reports name a node: its name, or `<opType>#<index>` when the graph left it unnamed.
 *
 * @param node - the node
 * @param index - its position in the graph
 * @returns the label
 * @example
 * nodeLabel({ opType: 'MatMul', name: '' }, 3); // 'MatMul#3'
 */
export function nodeLabel(node: onnx.INodeProto, index: number): string {
  return node.name ? node.name : `${node.opType ?? 'node'}#${index}`;
}
