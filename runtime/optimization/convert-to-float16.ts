import { onnx } from 'onnx-proto';
import { floatToHalfBits } from './float-to-half-bits';
import { inferTensorTypes, TYPE_PRESERVING_OPS } from './infer-tensor-types';
import { nodeLabel } from './node-label';
import { readFloatTensor } from './read-float-tensor';
import { type GraphRewrite, type SkippedNode } from './types';
import { uniqueNames } from './unique-names';

const DT = onnx.TensorProto.DataType;

/** onnxconverter-common's DEFAULT_OP_BLOCK_LIST: operators kept in float32 by its float16 converter. */
export const FLOAT16_OP_BLOCK_LIST: ReadonlySet<string> = new Set([
  'ArrayFeatureExtractor', 'Binarizer', 'CastMap', 'CategoryMapper', 'DictVectorizer', 'FeatureVectorizer', 'Imputer',
  'LabelEncoder', 'LinearClassifier', 'LinearRegressor', 'Normalizer', 'OneHotEncoder', 'RandomUniformLike', 'SVMClassifier',
  'SVMRegressor', 'Scaler', 'TreeEnsembleClassifier', 'TreeEnsembleRegressor', 'ZipMap', 'NonMaxSuppression', 'TopK',
  'RoiAlign', 'Resize', 'Range', 'CumSum', 'Min', 'Max', 'Upsample',
]);

/** Options of `convertToFloat16`. */
export interface Float16Options {
  /**
   * Nodes (by report label) to keep in float32, with the reason reported: those ONNX Runtime's
   * CPU provider has no float16 kernel for. Their float weights are still stored in float16 and
   * cast to float32 once, when ONNX Runtime folds constants at load.
   * @default - none
   */
  readonly keepFloat32?: ReadonlyMap<string, string>;
}

/** The result of `convertToFloat16`: the rewrite, and the float16 outputs of each converted node. */
export interface Float16Rewrite extends GraphRewrite {
  /** Converted node label -> the float16 tensors it now writes (to check which ones ONNX Runtime falls back on). */
  readonly convertedOutputs: ReadonlyMap<string, readonly string[]>;
}

function castNode(name: string, input: string, output: string, to: number): onnx.INodeProto {
  return { opType: 'Cast', domain: '', name, input: [input], output: [output], attribute: [{ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: to }] };
}

function halfTensor(name: string, source: onnx.ITensorProto): onnx.ITensorProto {
  const { values, dims } = readFloatTensor(source);
  const bits = floatToHalfBits(values);
  return { name, dataType: DT.FLOAT16, dims, rawData: new Uint8Array(bits.buffer, bits.byteOffset, bits.byteLength) };
}

/**
 * Converts a float32 model to float16 the way onnxconverter-common's `convert_float_to_float16`
 * does with `keep_io_types=True`: float initializers and the computation of type-preserving
 * operators become float16, graph inputs and outputs stay float32 with Casts at the edges, and
 * operators on its block list (ai.onnx.ml, TopK, Resize, Min/Max...) stay float32 behind Casts.
 * Nodes named in `keepFloat32` stay float32 as well, their weights stored in float16 and cast
 * back at load. Without shape inference, a node whose input types cannot be told stays float32.
 *
 * @param model - a decoded model; it is changed in place and returned
 * @param options - nodes to keep in float32 (CPU fallbacks)
 * @returns the model, what changed, the nodes kept in float32 with reasons, and the converted nodes' float16 outputs
 * @throws Error naming `readFloatTensor` when a weight is stored externally
 * @example
 * const { model: half, skipped } = convertToFloat16(onnx.ModelProto.decode(bytes));
 */
export function convertToFloat16(model: onnx.ModelProto, options: Float16Options = {}): Float16Rewrite {
  const graph = model.graph!;
  const keep = options.keepFloat32 ?? new Map<string, string>();
  const types = inferTensorTypes(graph);
  const isFloat = (t: string) => types.get(t) === DT.FLOAT;
  const fresh = uniqueNames(graph);
  const initializers = new Map((graph.initializer ?? []).map((t) => [t.name ?? '', t]));
  const graphInputs = new Set((graph.input ?? []).map((i) => i.name ?? ''));
  const graphOutputs = new Set((graph.output ?? []).map((o) => o.name ?? ''));
  const nodes = graph.node ?? [];
  const labels = nodes.map((n, i) => nodeLabel(n, i));
  const skipped: SkippedNode[] = [];

  const converted = new Set<onnx.INodeProto>();
  nodes.forEach((node, i) => {
    const op = node.opType ?? '';
    const inputs = (node.input ?? []).filter((t) => t !== '');
    const touchesFloat = inputs.some(isFloat) || (node.output ?? []).some(isFloat);
    const reason = keep.get(labels[i]!)
      ?? (FLOAT16_OP_BLOCK_LIST.has(op) || node.domain === 'ai.onnx.ml' ? 'on the float16 block list of onnxconverter-common (no float16 support)' : null);
    if (reason) {
      if (touchesFloat) skipped.push({ node: labels[i]!, opType: op, reason });
      return;
    }
    if (!touchesFloat) return;
    if ((node.domain ?? '') !== '' || !TYPE_PRESERVING_OPS.has(op)) {
      skipped.push({ node: labels[i]!, opType: op, reason: 'no float16 conversion rule for this operator' });
    } else if (inputs.some((t) => !types.has(t))) {
      skipped.push({ node: labels[i]!, opType: op, reason: 'the element type of an input is unknown without shape inference' });
    } else if ((node.output ?? []).slice(1).some((t) => t !== '')) {
      skipped.push({ node: labels[i]!, opType: op, reason: 'it has optional outputs, which are not converted' });
    } else if (isFloat(node.output?.[0] ?? '')) {
      converted.add(node);
    }
  });

  // Who reads each tensor: converted nodes read the float16 twin, the others the float32 original.
  const readByFloat32 = new Set<string>(graphOutputs);
  for (const node of nodes) if (!converted.has(node)) for (const t of node.input ?? []) readByFloat32.add(t);
  const readByFloat16 = new Set<string>();
  for (const node of converted) for (const t of node.input ?? []) if (isFloat(t)) readByFloat16.add(t);

  const half = new Map<string, string>();
  const head: onnx.INodeProto[] = [];
  const newInitializers: onnx.ITensorProto[] = [];
  const dropped = new Set<string>();
  const changed: string[] = [];
  // Float initializers: stored in float16; float32 readers get a Cast that ONNX Runtime folds at load.
  const readers = new Map<string, number[]>();
  nodes.forEach((n, i) => { for (const t of new Set(n.input ?? [])) readers.set(t, [...(readers.get(t) ?? []), i]); });
  for (const [name, tensor] of initializers) {
    if (tensor.dataType !== DT.FLOAT || graphInputs.has(name) || graphOutputs.has(name)) continue;
    const readerIndexes = readers.get(name) ?? [];
    const forKept = readerIndexes.some((i) => keep.has(labels[i]!));
    const blockedReader = readerIndexes.some((i) => !converted.has(nodes[i]!) && !keep.has(labels[i]!));
    if (!readByFloat16.has(name) && !forKept) continue;
    const halfName = fresh(`${name}_fp16`);
    newInitializers.push(halfTensor(halfName, tensor));
    half.set(name, halfName);
    changed.push(`initializer ${name}`);
    if (readByFloat32.has(name)) {
      if (blockedReader) continue; // the float32 original stays for readers on the block list
      head.push(castNode(fresh(`${name}_cast_to_float32`), halfName, name, DT.FLOAT));
    }
    dropped.add(name);
  }

  const out: onnx.INodeProto[] = [...head];
  const convertedOutputs = new Map<string, string[]>();
  nodes.forEach((node, i) => {
    if (!converted.has(node)) {
      out.push(node);
      return;
    }
    node.input = (node.input ?? []).map((t) => {
      if (!isFloat(t)) return t;
      let h = half.get(t);
      if (!h) {
        h = fresh(`${t}_cast_to_float16`);
        half.set(t, h);
        out.push(castNode(h, t, h, DT.FLOAT16));
      }
      return h;
    });
    const y = node.output![0]!;
    const h = fresh(`${y}_fp16`);
    half.set(y, h);
    node.output = [h];
    out.push(node);
    convertedOutputs.set(labels[i]!, [h]);
    changed.push(labels[i]!);
    if (readByFloat32.has(y)) out.push(castNode(fresh(`${y}_cast_to_float32`), h, y, DT.FLOAT));
  });

  graph.node = out;
  graph.initializer = [...(graph.initializer ?? []).filter((t) => !dropped.has(t.name ?? '')), ...newInitializers].map((t) => onnx.TensorProto.create(t));
  graph.valueInfo = [];
  return { model, changed, skipped, convertedOutputs };
}
