/**
 * A small ONNX writer: builds ONNX / ONNX-ML models from plain objects and serializes them with the
 * ONNX protobuf definitions (`onnx-proto`, generated from onnx.proto of ONNX 1.10).
 *
 * Two levels:
 * - `buildOnnxModel(spec)`: any graph of nodes, typed inputs/outputs, initializers and metadata.
 * - `linearClassifierOnnx(...)` / `linearRegressorOnnx(...)`: the graphs sklearn-onnx produces for a
 *   fitted linear classifier (`LinearClassifier` -> `output_label` + `ZipMap` -> `output_probability`,
 *   or a plain probability tensor with `zipMap: false`) and a linear regressor (`LinearRegressor` ->
 *   `variable` [N, targets]). Use them to make test models without Python.
 */
import { onnx } from 'onnx-proto';

/** ONNX tensor element types this writer can declare. */
export type OnnxElemType = 'float' | 'double' | 'int64' | 'int32' | 'string' | 'bool';

/** One dimension: a fixed size, or a symbolic name (`'N'`) / `null` for a free one (the batch). */
export type OnnxDim = number | string | null;

/** The type of a graph input or output. */
export type OnnxValueType =
  | { readonly kind: 'tensor'; readonly elemType: OnnxElemType; readonly shape: readonly OnnxDim[] }
  | { readonly kind: 'sequence-of-maps'; readonly keyType: 'int64' | 'string'; readonly valueType: 'float' | 'double' };

/** A typed node attribute. The type is explicit because `1` could be an INT or a FLOAT. */
export type OnnxAttribute =
  | { readonly type: 'int'; readonly value: number }
  | { readonly type: 'float'; readonly value: number }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'ints'; readonly value: readonly number[] }
  | { readonly type: 'floats'; readonly value: readonly number[] }
  | { readonly type: 'strings'; readonly value: readonly string[] };

export interface OnnxNodeSpec {
  readonly opType: string;
  /** `''` for the default domain, `'ai.onnx.ml'` for the ML operators. @default '' */
  readonly domain?: string;
  readonly name?: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly attributes?: Readonly<Record<string, OnnxAttribute>>;
}

/** A constant tensor of the graph (weights). */
export interface OnnxInitializerSpec {
  readonly name: string;
  readonly elemType: 'float' | 'int64';
  readonly dims: readonly number[];
  readonly values: readonly number[];
}

export interface OnnxModelSpec {
  readonly graphName: string;
  readonly inputs: readonly { readonly name: string; readonly type: OnnxValueType }[];
  readonly outputs: readonly { readonly name: string; readonly type: OnnxValueType }[];
  readonly nodes: readonly OnnxNodeSpec[];
  readonly initializers?: readonly OnnxInitializerSpec[];
  /** Operator set versions by domain. @default { '': 15, 'ai.onnx.ml': 1 } */
  readonly opsets?: Readonly<Record<string, number>>;
  /** @default 8 (IR version of ONNX 1.10, which ONNX Runtime 1.x loads) */
  readonly irVersion?: number;
  /** @default 'oci-mlops' */
  readonly producerName?: string;
  /** @default '0.1.0' */
  readonly producerVersion?: string;
  /** Model version number (ModelProto.model_version). @default 1 */
  readonly modelVersion?: number;
  readonly docString?: string;
  /** String metadata (ModelProto.metadata_props), read back by ONNX Runtime as custom metadata. */
  readonly metadata?: Readonly<Record<string, string>>;
}

const ELEM_TYPES: Record<OnnxElemType, number> = {
  float: onnx.TensorProto.DataType.FLOAT,
  double: onnx.TensorProto.DataType.DOUBLE,
  int64: onnx.TensorProto.DataType.INT64,
  int32: onnx.TensorProto.DataType.INT32,
  string: onnx.TensorProto.DataType.STRING,
  bool: onnx.TensorProto.DataType.BOOL,
};

function typeProto(type: OnnxValueType): onnx.ITypeProto {
  if (type.kind === 'tensor') {
    return {
      tensorType: {
        elemType: ELEM_TYPES[type.elemType],
        shape: { dim: type.shape.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d ?? '' })) },
      },
    };
  }
  return {
    sequenceType: {
      elemType: {
        mapType: {
          keyType: ELEM_TYPES[type.keyType],
          valueType: { tensorType: { elemType: ELEM_TYPES[type.valueType] } },
        },
      },
    },
  };
}

function attributeProto(name: string, attr: OnnxAttribute): onnx.IAttributeProto {
  const T = onnx.AttributeProto.AttributeType;
  const utf8 = (s: string) => Buffer.from(s, 'utf8');
  switch (attr.type) {
    case 'int': return { name, type: T.INT, i: attr.value };
    case 'float': return { name, type: T.FLOAT, f: attr.value };
    case 'string': return { name, type: T.STRING, s: utf8(attr.value) };
    case 'ints': return { name, type: T.INTS, ints: [...attr.value] };
    case 'floats': return { name, type: T.FLOATS, floats: [...attr.value] };
    case 'strings': return { name, type: T.STRINGS, strings: attr.value.map(utf8) };
  }
}

function assertFinite(where: string, values: readonly number[]): void {
  const bad = values.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) throw new Error(`${where}: value ${bad} is ${values[bad]}; only finite numbers can be written`);
}

/**
 * Serializes a model spec to ONNX bytes (a ModelProto).
 *
 * @param spec the graph, its typed inputs/outputs, opsets and metadata
 * @returns the `.onnx` file content
 * @throws Error when an attribute or initializer holds a non-finite number, or an initializer's
 *   value count does not match its dims
 * @example
 * const bytes = buildOnnxModel({
 *   graphName: 'identity',
 *   inputs: [{ name: 'x', type: { kind: 'tensor', elemType: 'float', shape: [null, 2] } }],
 *   outputs: [{ name: 'y', type: { kind: 'tensor', elemType: 'float', shape: [null, 2] } }],
 *   nodes: [{ opType: 'Identity', inputs: ['x'], outputs: ['y'] }],
 * });
 */
export function buildOnnxModel(spec: OnnxModelSpec): Uint8Array {
  for (const node of spec.nodes) {
    for (const [name, attr] of Object.entries(node.attributes ?? {})) {
      if (attr.type === 'float' || attr.type === 'floats') {
        assertFinite(`buildOnnxModel: attribute ${name} of node ${node.name ?? node.opType}`, attr.type === 'float' ? [attr.value] : attr.value);
      }
    }
  }
  const initializers = (spec.initializers ?? []).map((init): onnx.ITensorProto => {
    const count = init.dims.reduce((a, b) => a * b, 1);
    if (count !== init.values.length) {
      throw new Error(`buildOnnxModel: initializer ${init.name} has dims [${init.dims.join(', ')}] (${count} values) but ${init.values.length} values`);
    }
    assertFinite(`buildOnnxModel: initializer ${init.name}`, init.values);
    return init.elemType === 'float'
      ? { name: init.name, dataType: ELEM_TYPES.float, dims: [...init.dims], floatData: [...init.values] }
      : { name: init.name, dataType: ELEM_TYPES.int64, dims: [...init.dims], int64Data: [...init.values] };
  });
  const opsets = spec.opsets ?? { '': 15, 'ai.onnx.ml': 1 };
  const model: onnx.IModelProto = {
    irVersion: spec.irVersion ?? 8,
    producerName: spec.producerName ?? 'oci-mlops',
    producerVersion: spec.producerVersion ?? '0.1.0',
    modelVersion: spec.modelVersion ?? 1,
    docString: spec.docString ?? '',
    opsetImport: Object.entries(opsets).map(([domain, version]) => ({ domain, version })),
    metadataProps: Object.entries(spec.metadata ?? {}).map(([key, value]) => ({ key, value })),
    graph: {
      name: spec.graphName,
      node: spec.nodes.map((n, i) => ({
        opType: n.opType,
        domain: n.domain ?? '',
        name: n.name ?? `${n.opType}_${i}`,
        input: [...n.inputs],
        output: [...n.outputs],
        attribute: Object.entries(n.attributes ?? {}).map(([name, attr]) => attributeProto(name, attr)),
      })),
      input: spec.inputs.map((v) => ({ name: v.name, type: typeProto(v.type) })),
      output: spec.outputs.map((v) => ({ name: v.name, type: typeProto(v.type) })),
      initializer: initializers,
    },
  };
  return onnx.ModelProto.encode(onnx.ModelProto.create(model)).finish();
}

function checkLinear(fn: string, coefficients: readonly (readonly number[])[], intercepts: readonly number[]): number {
  if (coefficients.length === 0) throw new Error(`${fn}: coefficients must have at least one row, got none`);
  const features = coefficients[0]!.length;
  if (features === 0) throw new Error(`${fn}: coefficient rows must have at least one feature, got an empty row`);
  coefficients.forEach((row, i) => {
    if (row.length !== features) throw new Error(`${fn}: coefficient row ${i} has ${row.length} values, row 0 has ${features}; all rows need the same length`);
  });
  if (intercepts.length !== coefficients.length) {
    throw new Error(`${fn}: intercepts has ${intercepts.length} values, coefficients has ${coefficients.length} rows; they must match`);
  }
  return features;
}

export interface LinearClassifierOnnxParams {
  /** One row per class, one column per input feature (scores = X · coefficientsᵀ + intercepts). */
  readonly coefficients: readonly (readonly number[])[];
  /** One per class. */
  readonly intercepts: readonly number[];
  /** Class labels, one per row of `coefficients`: all integers or all strings. */
  readonly classLabels: readonly number[] | readonly string[];
  /** How scores become probabilities: SOFTMAX (multinomial logistic regression), LOGISTIC (one-vs-rest). @default 'SOFTMAX' */
  readonly postTransform?: 'SOFTMAX' | 'LOGISTIC' | 'NONE';
  /** Add sklearn-onnx's ZipMap (probabilities as a sequence of {label: p} maps). @default true */
  readonly zipMap?: boolean;
  /** @default 'float_input' (sklearn-onnx's name) */
  readonly inputName?: string;
  readonly docString?: string;
  readonly metadata?: Readonly<Record<string, string>>;
  /** @default 1 */
  readonly modelVersion?: number;
}

/**
 * Writes a linear classifier the way sklearn-onnx exports a fitted `LogisticRegression`: input
 * `float_input` float [N, F]; `LinearClassifier` (ai.onnx.ml) -> `output_label` [N] (int64 or string
 * labels) and `probabilities`; then `ZipMap` -> `output_probability` (sequence of maps label -> p), or,
 * with `zipMap: false`, `output_probability` as a float tensor [N, classes].
 *
 * @param params coefficients [classes x features], intercepts [classes], labels, post transform
 * @returns the `.onnx` file content
 * @throws Error when the shapes disagree, labels are mixed or duplicated, or a value is not finite
 * @example
 * const bytes = linearClassifierOnnx({ coefficients: [[1, 0], [0, 1]], intercepts: [0, 0], classLabels: [0, 1] });
 */
export function linearClassifierOnnx(params: LinearClassifierOnnxParams): Uint8Array {
  const fn = 'linearClassifierOnnx';
  const features = checkLinear(fn, params.coefficients, params.intercepts);
  const labels = params.classLabels;
  if (labels.length !== params.coefficients.length) {
    throw new Error(`${fn}: classLabels has ${labels.length} labels, coefficients has ${params.coefficients.length} rows; they must match`);
  }
  const stringLabels = labels.every((l) => typeof l === 'string');
  if (!stringLabels && !labels.every((l) => typeof l === 'number' && Number.isInteger(l))) {
    throw new Error(`${fn}: classLabels must be all integers or all strings, got ${JSON.stringify(labels)}`);
  }
  if (new Set<string | number>(labels).size !== labels.length) throw new Error(`${fn}: classLabels has duplicates: ${JSON.stringify(labels)}`);
  const classes = labels.length;
  const labelAttr: Record<string, OnnxAttribute> = stringLabels
    ? { classlabels_strings: { type: 'strings', value: labels as readonly string[] } }
    : { classlabels_ints: { type: 'ints', value: labels as readonly number[] } };
  const zipMap = params.zipMap ?? true;
  const inputName = params.inputName ?? 'float_input';
  const nodes: OnnxNodeSpec[] = [
    {
      opType: 'LinearClassifier', domain: 'ai.onnx.ml', name: 'LinearClassifier',
      inputs: [inputName], outputs: ['output_label', zipMap ? 'probabilities' : 'output_probability'],
      attributes: {
        ...labelAttr,
        coefficients: { type: 'floats', value: params.coefficients.flat() },
        intercepts: { type: 'floats', value: params.intercepts },
        multi_class: { type: 'int', value: (params.postTransform ?? 'SOFTMAX') === 'SOFTMAX' ? 1 : 0 },
        post_transform: { type: 'string', value: params.postTransform ?? 'SOFTMAX' },
      },
    },
  ];
  if (zipMap) {
    nodes.push({
      opType: 'ZipMap', domain: 'ai.onnx.ml', name: 'ZipMap', inputs: ['probabilities'], outputs: ['output_probability'],
      attributes: stringLabels
        ? { classlabels_strings: { type: 'strings', value: labels as readonly string[] } }
        : { classlabels_int64s: { type: 'ints', value: labels as readonly number[] } },
    });
  }
  return buildOnnxModel({
    graphName: 'linear_classifier',
    inputs: [{ name: inputName, type: { kind: 'tensor', elemType: 'float', shape: [null, features] } }],
    outputs: [
      { name: 'output_label', type: { kind: 'tensor', elemType: stringLabels ? 'string' : 'int64', shape: [null] } },
      {
        name: 'output_probability',
        type: zipMap
          ? { kind: 'sequence-of-maps', keyType: stringLabels ? 'string' : 'int64', valueType: 'float' }
          : { kind: 'tensor', elemType: 'float', shape: [null, classes] },
      },
    ],
    nodes,
    docString: params.docString,
    metadata: params.metadata,
    modelVersion: params.modelVersion,
  });
}

export interface LinearRegressorOnnxParams {
  /** One row per target, one column per input feature. */
  readonly coefficients: readonly (readonly number[])[];
  /** One per target. */
  readonly intercepts: readonly number[];
  /** @default 'float_input' */
  readonly inputName?: string;
  readonly docString?: string;
  readonly metadata?: Readonly<Record<string, string>>;
  /** @default 1 */
  readonly modelVersion?: number;
}

/**
 * Writes a linear regressor the way sklearn-onnx exports a fitted `LinearRegression`: input
 * `float_input` float [N, F]; `LinearRegressor` (ai.onnx.ml) -> `variable` float [N, targets].
 *
 * @param params coefficients [targets x features] and intercepts [targets]
 * @returns the `.onnx` file content
 * @throws Error when the shapes disagree or a value is not finite
 * @example
 * const bytes = linearRegressorOnnx({ coefficients: [[2, -1]], intercepts: [0.5] });
 */
export function linearRegressorOnnx(params: LinearRegressorOnnxParams): Uint8Array {
  const features = checkLinear('linearRegressorOnnx', params.coefficients, params.intercepts);
  const targets = params.coefficients.length;
  const inputName = params.inputName ?? 'float_input';
  return buildOnnxModel({
    graphName: 'linear_regressor',
    inputs: [{ name: inputName, type: { kind: 'tensor', elemType: 'float', shape: [null, features] } }],
    outputs: [{ name: 'variable', type: { kind: 'tensor', elemType: 'float', shape: [null, targets] } }],
    nodes: [{
      opType: 'LinearRegressor', domain: 'ai.onnx.ml', name: 'LinearRegressor', inputs: [inputName], outputs: ['variable'],
      attributes: {
        coefficients: { type: 'floats', value: params.coefficients.flat() },
        intercepts: { type: 'floats', value: params.intercepts },
        targets: { type: 'int', value: targets },
      },
    }],
    docString: params.docString,
    metadata: params.metadata,
    modelVersion: params.modelVersion,
  });
}
