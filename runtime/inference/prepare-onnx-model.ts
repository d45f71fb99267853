import { onnx } from 'onnx-proto';

/** What `prepareOnnxModel` learned from the graph, and the bytes ONNX Runtime can serve. */
export interface PreparedOnnxModel {
  /** The model to hand to ONNX Runtime: the input bytes, or a copy without its ZipMap nodes. */
  readonly servingBytes: Uint8Array;
  /** Each removed ZipMap: the graph output it produced, now the probability tensor [N, classes]. */
  readonly zipMaps: readonly { readonly output: string; readonly labels: readonly (string | number)[] }[];
  /** Class labels of the first classifier node or ZipMap, in probability column order; empty if none. */
  readonly classLabels: readonly (string | number)[];
  /** ModelProto.metadata_props. */
  readonly metadata: Readonly<Record<string, string>>;
  readonly producer: string;
  /**
   * Classifier label outputs rewritten to emit class indices (INT64) instead of strings, with the
   * labels to map them back; empty unless `indexStringLabels` was asked for.
   */
  readonly indexedLabels: readonly { readonly output: string; readonly labels: readonly string[] }[];
}

/** Options of `prepareOnnxModel`. */
export interface PrepareOnnxModelOptions {
  /**
   * Rewrite classifiers whose string label output is a graph output to emit the class index instead
   * (same choice, an INT64 tensor): onnxruntime-node turns every string of a string tensor into a JS
   * string, which costs more than the whole run of a small model on a large batch.
   * @default false
   */
  readonly indexStringLabels?: boolean;
}

/** ai.onnx.ml classifiers and the name of their integer class-label attribute. */
const INTEGER_LABEL_ATTRIBUTE: Readonly<Record<string, string>> = {
  LinearClassifier: 'classlabels_ints',
  SVMClassifier: 'classlabels_ints',
  TreeEnsembleClassifier: 'classlabels_int64s',
};

type LongLike = number | { toString(): string };

const toNumber = (v: LongLike): number => (typeof v === 'number' ? v : Number(v.toString()));
const utf8 = (b: Uint8Array): string => Buffer.from(b).toString('utf8');

function labelsOf(node: onnx.INodeProto): (string | number)[] | null {
  for (const attr of node.attribute ?? []) {
    if ((attr.name === 'classlabels_strings') && attr.strings?.length) return attr.strings.map(utf8);
    if ((attr.name === 'classlabels_int64s' || attr.name === 'classlabels_ints') && attr.ints?.length) return attr.ints.map(toNumber);
  }
  return null;
}

/**
 * Reads an ONNX model and makes it servable by onnxruntime-node, which returns tensors only: a
 * `ZipMap` (ai.onnx.ml) whose result is a graph output, as sklearn-onnx appends to classifiers, is
 * removed and its input (the probability tensor [N, classes]) becomes that output under the same
 * name; the class labels of the ZipMap are kept so responses can still name each probability.
 *
 * @param bytes the `.onnx` file content
 * @returns the servable bytes, the removed ZipMaps with their labels, class labels and metadata
 * @throws Error (`prepareOnnxModel: ...`) when the bytes are not an ONNX ModelProto with a graph
 * @example
 * const prepared = prepareOnnxModel(readFileSync('models/iris-classifier.onnx'));
 * // prepared.zipMaps[0].output === 'output_probability'; prepared.classLabels[0] === 'setosa'
 */
export function prepareOnnxModel(bytes: Uint8Array, options: PrepareOnnxModelOptions = {}): PreparedOnnxModel {
  let model: onnx.ModelProto;
  try {
    model = onnx.ModelProto.decode(bytes);
  } catch (err) {
    throw new Error(`prepareOnnxModel: the file is not an ONNX model (protobuf decode failed: ${(err as Error).message})`);
  }
  const graph = model.graph;
  if (!graph || !graph.node?.length || !graph.input?.length || !graph.output?.length) {
    throw new Error('prepareOnnxModel: the file is not an ONNX model with a graph (no nodes, inputs or outputs)');
  }
  const metadata = Object.fromEntries((model.metadataProps ?? []).map((p) => [p.key ?? '', p.value ?? '']));
  const graphOutputs = new Set(graph.output.map((o) => o.name ?? ''));
  const zipMapNodes = graph.node.filter((n) => n.opType === 'ZipMap' && n.domain === 'ai.onnx.ml' && graphOutputs.has(n.output?.[0] ?? ''));
  let classLabels: (string | number)[] = [];
  for (const node of graph.node) {
    const labels = node.opType === 'ZipMap' || /Classifier$/.test(node.opType ?? '') ? labelsOf(node) : null;
    if (labels) { classLabels = labels; break; }
  }
  const indexedLabels = options.indexStringLabels ? indexStringLabelOutputs(graph) : [];
  if (zipMapNodes.length === 0) {
    const servingBytes = indexedLabels.length ? onnx.ModelProto.encode(model).finish() : bytes;
    return { servingBytes, zipMaps: [], classLabels, metadata, producer: model.producerName ?? '', indexedLabels };
  }
  const zipMaps = zipMapNodes.map((node) => {
    const output = node.output![0]!;
    const tensor = node.input?.[0];
    if (!tensor) throw new Error(`prepareOnnxModel: ZipMap node ${node.name} has no input`);
    // Rename the producer's tensor to the graph output's name, so clients see the same output names.
    for (const other of graph.node!) {
      other.output = (other.output ?? []).map((o) => (o === tensor ? output : o));
      if (other !== node) other.input = (other.input ?? []).map((i) => (i === tensor ? output : i));
    }
    const index = graph.output!.findIndex((o) => o.name === output);
    graph.output![index] = onnx.ValueInfoProto.create({
      name: output,
      type: { tensorType: { elemType: onnx.TensorProto.DataType.FLOAT, shape: { dim: [{ dimParam: 'N' }, { dimValue: labelsOf(node)?.length ?? 0 }] } } },
    });
    return { output, labels: labelsOf(node) ?? [] };
  });
  graph.node = graph.node.filter((n) => !zipMapNodes.includes(n));
  return {
    servingBytes: onnx.ModelProto.encode(model).finish(),
    zipMaps,
    classLabels: zipMaps[0]!.labels.length ? [...zipMaps[0]!.labels] : classLabels,
    metadata,
    producer: model.producerName ?? '',
    indexedLabels,
  };
}

/**
 * Makes each classifier whose string label output is a graph output read by no other node emit the
 * class index: its string labels become the integers 0..K-1 (the node picks the same class either
 * way) and the graph output becomes INT64. Returns the rewritten outputs with their labels.
 */
function indexStringLabelOutputs(graph: onnx.IGraphProto): { output: string; labels: string[] }[] {
  const consumed = new Set((graph.node ?? []).flatMap((n) => n.input ?? []));
  const rewritten: { output: string; labels: string[] }[] = [];
  for (const node of graph.node ?? []) {
    const intName = node.domain === 'ai.onnx.ml' ? INTEGER_LABEL_ATTRIBUTE[node.opType ?? ''] : undefined;
    const output = node.output?.[0];
    const attr = (node.attribute ?? []).find((a) => a.name === 'classlabels_strings' && a.strings?.length);
    const graphOutput = (graph.output ?? []).find((o) => o.name === output);
    if (!intName || !output || !attr || !graphOutput?.type?.tensorType || consumed.has(output)) continue;
    const labels = attr.strings!.map(utf8);
    node.attribute = [
      ...(node.attribute ?? []).filter((a) => a !== attr),
      onnx.AttributeProto.create({ name: intName, type: onnx.AttributeProto.AttributeType.INTS, ints: labels.map((_, i) => i) }),
    ];
    graphOutput.type.tensorType.elemType = onnx.TensorProto.DataType.INT64;
    rewritten.push({ output, labels });
  }
  return rewritten;
}
