import { onnx } from 'onnx-proto';
import { nodeLabel } from './node-label';
import { opsetVersion } from './opset-version';
import { type QuantizationScheme } from './quantization-range';
import { quantizeWeight } from './quantize-weight';
import { readFloatTensor } from './read-float-tensor';
import { type GraphRewrite, type SkippedNode } from './types';
import { uniqueNames } from './unique-names';

/** Options of `quantizeDynamicInt8`. */
export interface DynamicInt8Options {
  /** One scale and zero point per output channel (column of B) instead of one per weight. @default false */
  readonly perChannel?: boolean;
  /**
   * Weight type: int8 (symmetric, zero point 0: ONNX Runtime's default) or uint8 (asymmetric).
   * Activations are uint8 either way (DynamicQuantizeLinear).
   * @default 'int8'
   */
  readonly weightType?: 'int8' | 'uint8';
  /** Quantize weights to 7 bits (x86 CPUs without VNNI can saturate the u8 x s8 product). @default false */
  readonly reduceRange?: boolean;
}

const DT = onnx.TensorProto.DataType;

/** Operators ONNX Runtime's quantize_dynamic handles that this rewrite does not (they stay float). */
const NOT_HANDLED: Readonly<Record<string, string>> = {
  Conv: 'Conv is not quantized by oci-mlops (ONNX Runtime quantize_dynamic would use ConvInteger)',
  Gather: 'Gather (embeddings) is not quantized by oci-mlops',
  LSTM: 'LSTM is not quantized by oci-mlops (ONNX Runtime quantize_dynamic has DynamicQuantizeLSTM)',
  GRU: 'GRU is not quantized by oci-mlops',
  Attention: 'Attention is not quantized by oci-mlops',
};

/** ai.onnx.ml operators that carry weights: in attributes, without integer kernels. */
const ML_WEIGHTED = /^(Linear(Classifier|Regressor)|TreeEnsemble(Classifier|Regressor)?|SVM(Classifier|Regressor))$/;

interface Candidate {
  readonly weight: string;
  readonly k: number;
  readonly n: number;
  /** B as [K, N], alpha folded in (Gemm). */
  readonly values: Float32Array;
  /** Gemm's C after beta, when present. */
  readonly bias: string | null;
  readonly biasScaled: onnx.ITensorProto | null;
}

function attr(node: onnx.INodeProto, name: string): onnx.IAttributeProto | undefined {
  return (node.attribute ?? []).find((a) => a.name === name);
}

/**
 * Rewrites a float model for dynamic quantization, as ONNX Runtime's `quantize_dynamic` does in
 * its default (QOperator) format: each MatMul and Gemm whose B is a constant 2-D float initializer
 * gets int8 (or uint8) weights with scales and zero points; its float input is quantized at run
 * time by DynamicQuantizeLinear (uint8, asymmetric, range of each batch); MatMulInteger multiplies
 * in int32, and the result is cast to float and multiplied by the product of the two scales (ONNX
 * Runtime fuses these into DynamicQuantizeMatMul when it loads the model). Gemm's transB is applied
 * to the stored weights, alpha folded into them, beta into C, which is added after. Other nodes
 * stay float; those with weights (and MatMul/Gemm it cannot take) are listed as skipped.
 *
 * @param model - a decoded model; it is changed in place and returned
 * @param options - per channel, weight type, reduced range
 * @returns the model, the quantized nodes and the skipped ones with reasons
 * @throws Error naming `quantizeDynamicInt8` when a weight is stored externally or holds a non-finite value
 * @example
 * const { model: q, changed, skipped } = quantizeDynamicInt8(onnx.ModelProto.decode(bytes), { perChannel: true });
 */
export function quantizeDynamicInt8(model: onnx.ModelProto, options: DynamicInt8Options = {}): GraphRewrite {
  const graph = model.graph!;
  const weightType = options.weightType ?? 'int8';
  const scheme: QuantizationScheme = { type: weightType, symmetric: weightType === 'int8', reduceRange: options.reduceRange ?? false };
  const qType = weightType === 'int8' ? DT.INT8 : DT.UINT8;
  const perChannel = options.perChannel ?? false;
  const initializers = new Map((graph.initializer ?? []).map((t) => [t.name ?? '', t]));
  const graphInputs = new Set((graph.input ?? []).map((i) => i.name ?? ''));
  const constant = (name: string) => initializers.has(name) && !graphInputs.has(name);
  const opset = opsetVersion(model, '');
  const fresh = uniqueNames(graph);
  const changed: string[] = [];
  const skipped: SkippedNode[] = [];
  const nodes: onnx.INodeProto[] = [];
  const newInitializers: onnx.ITensorProto[] = [];
  const quantizedInputs = new Map<string, { q: string; scale: string; zp: string }>();
  const quantizedWeights = new Map<string, { q: string; scale: string; zp: string }>();

  const candidate = (node: onnx.INodeProto): Candidate | string => {
    const [a, b, c] = node.input ?? [];
    if (opset < 11) return `the model imports opset ${opset}; DynamicQuantizeLinear needs opset 11 or later`;
    if (!a || !b) return 'it has fewer than two inputs';
    if (constant(a)) return 'both inputs are constants (nothing is computed at run time)';
    if (!constant(b)) return `its weight input ${b} is not a constant initializer`;
    const tensor = initializers.get(b)!;
    if (tensor.dataType !== DT.FLOAT) return `its weight ${b} is not float32 (data type ${tensor.dataType})`;
    const { values, dims } = readFloatTensor(tensor);
    if (dims.length !== 2) return `its weight ${b} has ${dims.length} dimensions; 2 are needed`;
    if (node.opType === 'MatMul') return { weight: b, k: dims[0]!, n: dims[1]!, values, bias: null, biasScaled: null };
    if (Number(attr(node, 'transA')?.i ?? 0) !== 0) return 'Gemm with transA=1 is not quantized';
    const alpha = attr(node, 'alpha')?.f ?? 1;
    const beta = attr(node, 'beta')?.f ?? 1;
    const transB = Number(attr(node, 'transB')?.i ?? 0) !== 0;
    const [k, n] = transB ? [dims[1]!, dims[0]!] : [dims[0]!, dims[1]!];
    const kn = new Float32Array(k * n);
    for (let i = 0; i < k; i++) for (let j = 0; j < n; j++) kn[i * n + j] = Math.fround(alpha * values[transB ? j * k + i : i * n + j]!);
    if (!c) return { weight: b, k, n, values: kn, bias: null, biasScaled: null };
    if (beta === 1) return { weight: b, k, n, values: kn, bias: c, biasScaled: null };
    if (!constant(c) || initializers.get(c)!.dataType !== DT.FLOAT) return `Gemm with beta=${beta} and a C that is not a float constant is not quantized`;
    const bias = readFloatTensor(initializers.get(c)!);
    const scaled = { name: fresh(`${c}_beta`), dataType: DT.FLOAT, dims: bias.dims, floatData: Array.from(bias.values, (v) => Math.fround(v * beta)) };
    return { weight: b, k, n, values: kn, bias: scaled.name, biasScaled: scaled };
  };

  (graph.node ?? []).forEach((node, index) => {
    const label = nodeLabel(node, index);
    const op = node.opType ?? '';
    const domain = node.domain ?? '';
    if (domain === 'ai.onnx.ml' && ML_WEIGHTED.test(op)) {
      skipped.push({ node: label, opType: op, reason: 'ai.onnx.ml operator: its weights are node attributes and ONNX Runtime has no integer kernel for it' });
    } else if (domain === '' && NOT_HANDLED[op]) {
      skipped.push({ node: label, opType: op, reason: NOT_HANDLED[op]! });
    }
    if (domain !== '' || (op !== 'MatMul' && op !== 'Gemm')) {
      nodes.push(node);
      return;
    }
    const found = candidate(node);
    if (typeof found === 'string') {
      skipped.push({ node: label, opType: op, reason: found });
      nodes.push(node);
      return;
    }
    const x = node.input![0]!;
    const y = node.output![0]!;
    let xq = quantizedInputs.get(x);
    if (!xq) {
      xq = { q: fresh(`${x}_quantized`), scale: fresh(`${x}_scale`), zp: fresh(`${x}_zero_point`) };
      quantizedInputs.set(x, xq);
      nodes.push({ opType: 'DynamicQuantizeLinear', domain: '', name: fresh(`${x}_DynamicQuantizeLinear`), input: [x], output: [xq.q, xq.scale, xq.zp] });
    }
    // Gemm's orientation and alpha change the stored matrix: a weight is shared only in the same form.
    const key = `${found.weight}|${op === 'Gemm' ? `${attr(node, 'transB')?.i ?? 0}|${attr(node, 'alpha')?.f ?? 1}` : ''}`;
    let wq = quantizedWeights.get(key);
    if (!wq) {
      const q = quantizeWeight(found.values, found.k, found.n, scheme, perChannel);
      wq = { q: fresh(`${found.weight}_quantized`), scale: fresh(`${found.weight}_scale`), zp: fresh(`${found.weight}_zero_point`) };
      const vectorDims = perChannel ? [found.n] : [];
      newInitializers.push(
        { name: wq.q, dataType: qType, dims: [found.k, found.n], rawData: new Uint8Array(q.data.buffer, q.data.byteOffset, q.data.byteLength) },
        { name: wq.scale, dataType: DT.FLOAT, dims: vectorDims, floatData: Array.from(q.scales) },
        { name: wq.zp, dataType: qType, dims: vectorDims, rawData: new Uint8Array(q.zeroPoints.buffer, q.zeroPoints.byteOffset, q.zeroPoints.byteLength) },
      );
      quantizedWeights.set(key, wq);
    }
    if (found.biasScaled) newInitializers.push(found.biasScaled);
    const base = node.name || y;
    const scales = fresh(`${y}_scales`);
    const integer = fresh(`${y}_integer`);
    const integerFloat = fresh(`${y}_integer_float`);
    const product = found.bias ? fresh(`${y}_matmul`) : y;
    nodes.push(
      { opType: 'Mul', domain: '', name: fresh(`${base}_scales_mul`), input: [xq.scale, wq.scale], output: [scales] },
      { opType: 'MatMulInteger', domain: '', name: fresh(`${base}_quant`), input: [xq.q, wq.q, xq.zp, wq.zp], output: [integer] },
      { opType: 'Cast', domain: '', name: fresh(`${base}_cast`), input: [integer], output: [integerFloat], attribute: [{ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: DT.FLOAT }] },
      { opType: 'Mul', domain: '', name: fresh(`${base}_output_scale_mul`), input: [integerFloat, scales], output: [product] },
    );
    if (found.bias) nodes.push({ opType: 'Add', domain: '', name: fresh(`${base}_bias_add`), input: [product, found.bias], output: [y] });
    changed.push(label);
  });

  graph.node = nodes;
  const used = new Set(nodes.flatMap((n) => n.input ?? []));
  const kept = new Set([...graphInputs, ...(graph.output ?? []).map((o) => o.name ?? '')]);
  graph.initializer = [...(graph.initializer ?? []).filter((t) => used.has(t.name ?? '') || kept.has(t.name ?? '')), ...newInitializers].map((t) => onnx.TensorProto.create(t));
  // Value infos of rewritten tensors may no longer hold; ONNX Runtime infers them again.
  graph.valueInfo = [];
  return { model, changed, skipped };
}
