import { onnx } from 'onnx-proto';

const DT = onnx.TensorProto.DataType;

/** Default-domain operators whose outputs have the element type of their first input. */
export const TYPE_PRESERVING_OPS: ReadonlySet<string> = new Set([
  'Abs', 'Add', 'AveragePool', 'Ceil', 'Celu', 'Clip', 'Concat', 'Conv', 'ConvTranspose', 'Cos', 'Div', 'Elu', 'Erf', 'Exp',
  'Expand', 'Flatten', 'Floor', 'Gelu', 'Gemm', 'GlobalAveragePool', 'GlobalMaxPool', 'HardSigmoid', 'HardSwish', 'Identity',
  'InstanceNormalization', 'LayerNormalization', 'LeakyRelu', 'Log', 'LogSoftmax', 'MatMul', 'Max', 'MaxPool', 'Mean', 'Min',
  'Mish', 'Mul', 'Neg', 'Pad', 'Pow', 'PRelu', 'Reciprocal', 'ReduceL2', 'ReduceMax', 'ReduceMean', 'ReduceMin', 'ReduceSum',
  'Relu', 'Reshape', 'Round', 'Selu', 'Sigmoid', 'Sign', 'Sin', 'Slice', 'Softmax', 'Softplus', 'Softsign', 'Sqrt', 'Squeeze',
  'Sub', 'Sum', 'Tanh', 'ThresholdedRelu', 'Tile', 'Transpose', 'Unsqueeze',
]);

const FIXED_OUTPUT: Readonly<Record<string, number>> = {
  ArgMax: DT.INT64, ArgMin: DT.INT64, Shape: DT.INT64, Size: DT.INT64, NonZero: DT.INT64,
  Equal: DT.BOOL, Less: DT.BOOL, LessOrEqual: DT.BOOL, Greater: DT.BOOL, GreaterOrEqual: DT.BOOL,
  Not: DT.BOOL, And: DT.BOOL, Or: DT.BOOL, Xor: DT.BOOL, IsNaN: DT.BOOL, IsInf: DT.BOOL,
};

/** ai.onnx.ml operators with a float output (the first), or the type of their first input. */
const ML_OUTPUT: Readonly<Record<string, number | 'input'>> = {
  Scaler: DT.FLOAT, Normalizer: DT.FLOAT, LinearRegressor: DT.FLOAT, SVMRegressor: DT.FLOAT, TreeEnsembleRegressor: DT.FLOAT,
  ArrayFeatureExtractor: 'input', Imputer: 'input',
};

/**
 * The element type of every tensor of a graph whose type can be told without shape inference:
 * graph inputs, initializers, value infos, and node outputs by operator (type-preserving operators,
 * fixed-type ones like ArgMax or Cast, a few ai.onnx.ml ones). Tensors of other operators are absent.
 *
 * @param graph - the graph, in topological order
 * @returns tensor name -> ONNX data type (1 FLOAT, 7 INT64, ...)
 * @example
 * inferTensorTypes(graph).get('probabilities'); // 1 (FLOAT)
 */
export function inferTensorTypes(graph: onnx.IGraphProto): Map<string, number> {
  const types = new Map<string, number>();
  for (const v of [...(graph.input ?? []), ...(graph.valueInfo ?? []), ...(graph.output ?? [])]) {
    const t = v.type?.tensorType?.elemType;
    if (v.name && t) types.set(v.name, t);
  }
  for (const t of graph.initializer ?? []) if (t.name && t.dataType) types.set(t.name, t.dataType);
  for (const node of graph.node ?? []) {
    const op = node.opType ?? '';
    const domain = node.domain ?? '';
    const first = types.get(node.input?.[0] ?? '');
    let out: number | undefined;
    if (domain === '' && TYPE_PRESERVING_OPS.has(op)) out = first;
    else if (domain === '' && op === 'Cast') out = Number((node.attribute ?? []).find((a) => a.name === 'to')?.i ?? 0) || undefined;
    else if (domain === '' && op === 'Constant') out = (node.attribute ?? []).find((a) => a.name === 'value')?.t?.dataType ?? undefined;
    else if (domain === '' && FIXED_OUTPUT[op]) out = FIXED_OUTPUT[op];
    else if (domain === 'ai.onnx.ml' && ML_OUTPUT[op]) out = ML_OUTPUT[op] === 'input' ? first : (ML_OUTPUT[op] as number);
    const name = node.output?.[0];
    if (name && out && !types.has(name)) types.set(name, out);
  }
  return types;
}
