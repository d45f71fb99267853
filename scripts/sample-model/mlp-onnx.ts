/**
 * Exports trained MLPs as sklearn-onnx exports `make_pipeline(StandardScaler(), MLPClassifier())`
 * and a PyTorch-style regressor: the scaler as an ai.onnx.ml `Scaler`, then dense layers with ReLU
 * between them.
 */
import { buildOnnxModel, type OnnxInitializerSpec, type OnnxNodeSpec } from './onnx-writer';
import { type MlpModel } from './train-mlp';

interface CommonParams {
  readonly model: MlpModel;
  /** @default 'float_input' */
  readonly inputName?: string;
  readonly docString?: string;
  readonly metadata?: Readonly<Record<string, string>>;
}

function scalerNode(model: MlpModel, input: string): OnnxNodeSpec {
  return {
    opType: 'Scaler', domain: 'ai.onnx.ml', name: 'Scaler', inputs: [input], outputs: ['scaled'],
    attributes: {
      offset: { type: 'floats', value: Array.from(model.mean, Math.fround) },
      scale: { type: 'floats', value: Array.from(model.std, (s) => Math.fround(1 / s)) },
    },
  };
}

function floats(name: string, dims: number[], values: ArrayLike<number>): OnnxInitializerSpec {
  return { name, elemType: 'float', dims, values: Array.from(values) };
}

/**
 * A classifier: Scaler -> (MatMul + Add [+ Relu]) per layer -> Softmax -> `probabilities`;
 * ArgMax -> ArrayFeatureExtractor(classes) -> `output_label` (int64 [N]) and ZipMap ->
 * `output_probability`, like sklearn-onnx's MLPClassifier.
 *
 * @param params the fitted model, its integer class labels (one per output unit) and metadata
 * @returns the `.onnx` file content
 * @throws Error when the class count differs from the last layer's outputs
 * @example
 * const bytes = mlpClassifierOnnx({ model, classLabels: [1, 2, 3, 4] });
 */
export function mlpClassifierOnnx(params: CommonParams & { readonly classLabels: readonly number[] }): Uint8Array {
  const { model, classLabels } = params;
  const layers = model.layers;
  const k = layers[layers.length - 1]!.outputs;
  if (classLabels.length !== k) throw new Error(`mlpClassifierOnnx: classLabels has ${classLabels.length} labels, the last layer has ${k} outputs`);
  const input = params.inputName ?? 'float_input';
  const nodes: OnnxNodeSpec[] = [scalerNode(model, input)];
  const initializers: OnnxInitializerSpec[] = [];
  let x = 'scaled';
  layers.forEach((layer, l) => {
    initializers.push(floats(`coefficient${l}`, [layer.inputs, layer.outputs], layer.weights), floats(`intercepts${l}`, [1, layer.outputs], layer.bias));
    nodes.push(
      { opType: 'MatMul', name: `MatMul${l}`, inputs: [x, `coefficient${l}`], outputs: [`mul_result${l}`] },
      { opType: 'Add', name: `Add${l}`, inputs: [`mul_result${l}`, `intercepts${l}`], outputs: [`add_result${l}`] },
    );
    x = `add_result${l}`;
    if (l < layers.length - 1) {
      nodes.push({ opType: 'Relu', name: `Relu${l}`, inputs: [x], outputs: [`next_activations${l}`] });
      x = `next_activations${l}`;
    }
  });
  initializers.push({ name: 'classes', elemType: 'int64', dims: [k], values: [...classLabels] }, { name: 'shape_n', elemType: 'int64', dims: [1], values: [-1] });
  nodes.push(
    { opType: 'Softmax', name: 'Softmax', inputs: [x], outputs: ['probabilities'], attributes: { axis: { type: 'int', value: 1 } } },
    { opType: 'ArgMax', name: 'ArgMax', inputs: ['probabilities'], outputs: ['label_index'], attributes: { axis: { type: 'int', value: 1 }, keepdims: { type: 'int', value: 0 } } },
    { opType: 'ArrayFeatureExtractor', domain: 'ai.onnx.ml', name: 'ArrayFeatureExtractor', inputs: ['classes', 'label_index'], outputs: ['label_values'] },
    { opType: 'Reshape', name: 'Reshape', inputs: ['label_values', 'shape_n'], outputs: ['output_label'] },
    { opType: 'ZipMap', domain: 'ai.onnx.ml', name: 'ZipMap', inputs: ['probabilities'], outputs: ['output_probability'], attributes: { classlabels_int64s: { type: 'ints', value: [...classLabels] } } },
  );
  return buildOnnxModel({
    graphName: 'mlp_classifier',
    inputs: [{ name: input, type: { kind: 'tensor', elemType: 'float', shape: [null, layers[0]!.inputs] } }],
    outputs: [
      { name: 'output_label', type: { kind: 'tensor', elemType: 'int64', shape: [null] } },
      { name: 'output_probability', type: { kind: 'sequence-of-maps', keyType: 'int64', valueType: 'float' } },
    ],
    nodes, initializers, docString: params.docString, metadata: params.metadata,
  });
}

/**
 * A regressor: Scaler -> Gemm (transB=1: weights stored [outputs, inputs], as PyTorch exports
 * `nn.Linear`) [+ Relu] per layer -> `variable` float [N, 1].
 *
 * @param params the fitted model and metadata
 * @returns the `.onnx` file content
 * @example
 * const bytes = mlpRegressorOnnx({ model });
 */
export function mlpRegressorOnnx(params: CommonParams): Uint8Array {
  const { model } = params;
  const layers = model.layers;
  const input = params.inputName ?? 'float_input';
  const nodes: OnnxNodeSpec[] = [scalerNode(model, input)];
  const initializers: OnnxInitializerSpec[] = [];
  let x = 'scaled';
  layers.forEach((layer, l) => {
    const transposed = new Float32Array(layer.inputs * layer.outputs);
    for (let i = 0; i < layer.inputs; i++) for (let o = 0; o < layer.outputs; o++) transposed[o * layer.inputs + i] = layer.weights[i * layer.outputs + o]!;
    initializers.push(floats(`weight${l}`, [layer.outputs, layer.inputs], transposed), floats(`bias${l}`, [layer.outputs], layer.bias));
    const out = l === layers.length - 1 ? 'variable' : `gemm${l}`;
    nodes.push({ opType: 'Gemm', name: `Gemm${l}`, inputs: [x, `weight${l}`, `bias${l}`], outputs: [out], attributes: { transB: { type: 'int', value: 1 } } });
    x = out;
    if (l < layers.length - 1) {
      nodes.push({ opType: 'Relu', name: `Relu${l}`, inputs: [x], outputs: [`relu${l}`] });
      x = `relu${l}`;
    }
  });
  return buildOnnxModel({
    graphName: 'mlp_regressor',
    inputs: [{ name: input, type: { kind: 'tensor', elemType: 'float', shape: [null, layers[0]!.inputs] } }],
    outputs: [{ name: 'variable', type: { kind: 'tensor', elemType: 'float', shape: [null, layers[layers.length - 1]!.outputs] } }],
    nodes, initializers, docString: params.docString, metadata: params.metadata,
  });
}
