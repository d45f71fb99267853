/** What a served model takes and returns, read from the ONNX graph once at load. */
export interface ModelSignature {
  /** Model name in routes and logs (`/models/<name>/predict`). */
  readonly name: string;
  /** Version reported in responses, logs and metric dimensions. */
  readonly version: string;
  /** SHA-256 (hex) of the ONNX file as loaded and verified. */
  readonly sha256: string;
  readonly kind: 'classifier' | 'regressor';
  /** The single input tensor: name, element type and feature count (its second dimension). */
  readonly input: { readonly name: string; readonly type: 'float32' | 'float64'; readonly features: number };
  /** Class labels in probability column order (classifiers); empty for regressors. */
  readonly classLabels: readonly (string | number)[];
  /** The output names exposed to clients (OIP V2 `outputs`): label then probabilities, or the regression output. */
  readonly outputs: readonly { readonly name: string; readonly datatype: 'BYTES' | 'INT64' | 'FP32'; readonly shape: readonly number[] }[];
  /** Regressors: values per row (1 for a single target). */
  readonly targets: number;
}

/** Rows of features, row-major, validated against the signature. */
export interface FeatureBatch {
  readonly rows: number;
  readonly data: Float32Array | Float64Array;
  /** True when the request sent one row in the single-row form (`{"features": [..]}`). */
  readonly single: boolean;
  /** The validated rows as the client sent them (exact JSON numbers, for logs). */
  readonly source: readonly (readonly number[])[];
  /**
   * True when `source` is built on first read (the byte-level reader parses it from the body text):
   * log records then read it only when a sink writes them.
   * @default false
   */
  readonly lazySource?: boolean;
}

/** What the model answered for a batch. */
export interface BatchPrediction {
  readonly rows: number;
  /** Classifiers: the predicted label per row. Regressors: the value (1 target) or values per row. */
  readonly predictions: readonly (string | number | number[])[];
  /** Classifiers: the max class probability per row. */
  readonly confidences?: Float64Array;
  /** Classifiers: probabilities [rows x classes], row-major, column order = `classLabels`. */
  readonly probabilities?: Float32Array | Float64Array;
}

/** A request as the shells hand it to the router: method, path (no query), headers, raw body. */
export interface InferenceRequest {
  readonly method: string;
  readonly path: string;
  readonly body: Uint8Array;
  readonly requestId?: string;
  /**
   * The `Inference-Header-Content-Length` header (Open Inference Protocol binary tensor data
   * extension): the size of the JSON header at the start of `body`, binary tensor data after it.
   * @default - the whole body is JSON
   */
  readonly inferenceHeaderContentLength?: string;
}

/** The answer the shells write out. */
export interface InferenceResponse {
  readonly status: number;
  /** JSON text, or bytes (a JSON header and binary tensor data, see `inference-header-content-length`). */
  readonly body: string | Buffer;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * An Open Inference Protocol V2 answer with binary outputs (binary tensor data extension): the JSON
 * header followed by the tensors' bytes; `headerLength` goes in `Inference-Header-Content-Length`.
 */
export interface OipV2BinaryBody {
  readonly body: Buffer;
  readonly headerLength: number;
}
