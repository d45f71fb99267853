import * as ort from 'onnxruntime-node';
import { prepareOnnxModel } from './prepare-onnx-model';
import { type BatchPrediction, type FeatureBatch, type ModelSignature } from './types';
import { verifyModelDigest } from './verify-model-digest';

export interface ModelSessionOptions {
  /** Model name in routes and logs. */
  readonly name: string;
  /** Expected SHA-256 of the bytes (hex); required: a model is never served unverified. */
  readonly expectedSha256: string;
  /** Where the bytes came from, for messages. */
  readonly source: string;
  /**
   * Version reported in responses and metrics.
   * @default - metadata `model_version` of the ONNX file, else `sha256:` and the first 12 digest digits
   */
  readonly version?: string;
  /** ONNX Runtime threads per operator. @default 1 (request concurrency comes from the event loop and replicas) */
  readonly intraOpNumThreads?: number;
}

type OrtTensorType = ort.Tensor['type'];

const LABEL_TYPES: readonly OrtTensorType[] = ['string', 'int64', 'int32'];
const FLOAT_TYPES: readonly OrtTensorType[] = ['float32', 'float64'];

function tensorMeta(m: ort.InferenceSession.ValueMetadata): { type: OrtTensorType; shape: readonly (number | string)[] } | null {
  return m.isTensor ? { type: m.type as OrtTensorType, shape: m.shape } : null;
}

/**
 * An ONNX model ready to serve: verified against its digest, ZipMap removed, its signature read, and
 * a `run` that takes validated rows and returns labels, confidences and probabilities (classifiers)
 * or values (regressors). Holds no request state; safe to share across concurrent requests.
 *
 * @example
 * const model = await ModelSession.load(bytes, { name: 'iris', expectedSha256: digest, source: 'models/iris-classifier.onnx' });
 * const out = await model.run({ rows: 1, single: true, data: Float32Array.from([5.1, 3.5, 1.4, 0.2]) });
 */
export class ModelSession {
  private constructor(
    readonly signature: ModelSignature,
    /** The ONNX Runtime session; exposed for benchmarks comparing against a bare `run`. */
    readonly session: ort.InferenceSession,
    private readonly fetches: readonly string[],
    /** Labels of a classifier whose label output was rewritten to class indices; null otherwise. */
    private readonly indexedLabels: readonly string[] | null = null,
  ) {}

  /**
   * Verifies, prepares and opens a model.
   *
   * @throws Error naming the source when the digest does not match, the bytes are not ONNX, or the
   *   graph is not one input tensor [N, features] with classifier (label + probabilities) or regressor outputs
   */
  static async load(bytes: Uint8Array, opts: ModelSessionOptions): Promise<ModelSession> {
    const sha256 = verifyModelDigest(bytes, opts.expectedSha256, opts.source);
    let prepared;
    try {
      prepared = prepareOnnxModel(bytes, { indexStringLabels: true });
    } catch (err) {
      throw new Error(`ModelSession.load: ${opts.source}: ${(err as Error).message}`);
    }
    let session: ort.InferenceSession;
    try {
      session = await ort.InferenceSession.create(prepared.servingBytes, {
        intraOpNumThreads: opts.intraOpNumThreads ?? 1,
        interOpNumThreads: 1,
        graphOptimizationLevel: 'all',
      });
    } catch (err) {
      throw new Error(`ModelSession.load: ONNX Runtime cannot load ${opts.source}: ${(err as Error).message}`);
    }
    const fail = (why: string): never => {
      void session.release();
      throw new Error(`ModelSession.load: ${opts.source} is not servable: ${why}`);
    };
    if (session.inputMetadata.length !== 1) fail(`it has ${session.inputMetadata.length} inputs; exactly one tensor input [N, features] is supported`);
    const inMeta = tensorMeta(session.inputMetadata[0]!);
    if (!inMeta || !FLOAT_TYPES.includes(inMeta.type)) fail(`input ${session.inputNames[0]} must be a float or double tensor, got ${inMeta?.type ?? 'a non-tensor'}`);
    const features = inMeta!.shape.length === 2 ? inMeta!.shape[1] : undefined;
    if (typeof features !== 'number' || features < 1) {
      fail(`input ${session.inputNames[0]} must have shape [N, features] with a fixed feature count, got [${inMeta!.shape.join(', ')}]`);
    }
    const outs = session.outputMetadata.map((m) => ({ name: m.name, meta: tensorMeta(m) }));
    const label = outs.find((o) => o.meta && LABEL_TYPES.includes(o.meta.type));
    const floats = outs.filter((o) => o.meta && FLOAT_TYPES.includes(o.meta.type));
    const version = opts.version ?? prepared.metadata.model_version ?? `sha256:${sha256.slice(0, 12)}`;
    const base = { name: opts.name, version, sha256, input: { name: session.inputNames[0]!, type: inMeta!.type as 'float32' | 'float64', features: features as number } };
    if (label) {
      const proba = floats[0];
      if (!proba) fail(`classifier output ${label.name} has no probability tensor beside it`);
      const classes = proba!.meta!.shape[1];
      const classLabels = prepared.classLabels.length ? prepared.classLabels : typeof classes === 'number' ? Array.from({ length: classes }, (_, i) => i) : [];
      if (classLabels.length < 1) fail(`the number of classes of ${proba!.name} is unknown`);
      const indexed = prepared.indexedLabels.find((o) => o.output === label.name)?.labels ?? null;
      const signature: ModelSignature = {
        ...base, kind: 'classifier', classLabels, targets: 1,
        outputs: [
          { name: label.name, datatype: label.meta!.type === 'string' || indexed ? 'BYTES' : 'INT64', shape: [-1] },
          { name: proba!.name, datatype: 'FP32', shape: [-1, classLabels.length] },
        ],
      };
      return new ModelSession(signature, session, [label.name, proba!.name], indexed);
    }
    const value = floats[0];
    if (!value) fail(`it has no label or float output (outputs: ${outs.map((o) => `${o.name}:${o.meta?.type ?? 'non-tensor'}`).join(', ')})`);
    const targets = value!.meta!.shape.length === 2 && typeof value!.meta!.shape[1] === 'number' ? value!.meta!.shape[1] : 1;
    const signature: ModelSignature = {
      ...base, kind: 'regressor', classLabels: [], targets,
      outputs: [{ name: value!.name, datatype: 'FP32', shape: [-1, targets] }],
    };
    return new ModelSession(signature, session, [value!.name]);
  }

  /**
   * Runs validated rows through the model.
   *
   * @param batch rows x features, row-major (a Float32Array for float models is passed without copying)
   * @returns one prediction per row, with confidences and probabilities for classifiers
   * @throws Error when ONNX Runtime fails (a server fault: the request was validated before)
   */
  async run(batch: FeatureBatch): Promise<BatchPrediction> {
    const sig = this.signature;
    const data = sig.input.type === 'float32'
      ? (batch.data instanceof Float32Array ? batch.data : Float32Array.from(batch.data))
      : (batch.data instanceof Float64Array ? batch.data : Float64Array.from(batch.data));
    const input = new ort.Tensor(sig.input.type, data, [batch.rows, sig.input.features]);
    const out = await this.session.run({ [sig.input.name]: input }, this.fetches as string[]);
    if (sig.kind === 'classifier') {
      const labelsRaw = out[this.fetches[0]!]!.data as string[] | BigInt64Array | Int32Array;
      const proba = out[this.fetches[1]!]!.data as Float32Array | Float64Array;
      const k = sig.classLabels.length;
      // String labels come as an array already; integer labels as a typed array, turned into numbers;
      // class indices (string labels rewritten at load) back into their labels.
      const names = this.indexedLabels;
      let predictions: (string | number)[];
      if (Array.isArray(labelsRaw)) predictions = labelsRaw;
      else if (names) {
        predictions = new Array<string>(batch.rows);
        for (let r = 0; r < batch.rows; r++) predictions[r] = names[Number(labelsRaw[r]!)]!;
      } else predictions = Array.from(labelsRaw as ArrayLike<number | bigint>, Number);
      const confidences = new Float64Array(batch.rows);
      for (let r = 0; r < batch.rows; r++) {
        let max = proba[r * k]!;
        for (let j = 1; j < k; j++) if (proba[r * k + j]! > max) max = proba[r * k + j]!;
        confidences[r] = max;
      }
      return { rows: batch.rows, predictions, confidences, probabilities: proba };
    }
    const values = out[this.fetches[0]!]!.data as Float32Array | Float64Array;
    const t = sig.targets;
    const predictions = new Array<number | number[]>(batch.rows);
    for (let r = 0; r < batch.rows; r++) predictions[r] = t === 1 ? values[r]! : Array.from(values.subarray(r * t, (r + 1) * t));
    return { rows: batch.rows, predictions };
  }

  /** Frees the ONNX Runtime session. */
  async release(): Promise<void> {
    await this.session.release();
  }
}
