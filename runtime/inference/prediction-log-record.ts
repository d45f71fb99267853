import { type BatchPrediction, type FeatureBatch, type ModelSignature } from './types';

/** One structured log record per answered prediction request. */
export interface PredictionLogRecord {
  readonly type: 'prediction';
  readonly request_id: string;
  /** ISO 8601. */
  readonly timestamp: string;
  readonly model_name: string;
  readonly model_version: string;
  /** `<model_name>-<model_version>`: the governance model id and the drift monitor's `model_id` dimension. */
  readonly model_id: string;
  /** Which protocol answered: the design's format, KServe V1 or the Open Inference Protocol V2. */
  readonly protocol: 'design' | 'kserve_v1' | 'oip_v2';
  /** Handler latency, milliseconds. */
  readonly latency_ms: number;
  readonly rows: number;
  /** One per row: label (classifiers) or value(s) (regressors). */
  readonly prediction: readonly (string | number | number[])[];
  /** One per row, classifiers only: the max class probability. */
  readonly confidence?: readonly number[];
  /** The rows as received, unless the endpoint is configured not to log features. */
  readonly features?: readonly number[][];
  /** Name of each feature column, when the endpoint knows them (the drift monitor matches them to its reference profile). */
  readonly feature_names?: readonly string[];
  /** Values that broke the endpoint's data-quality checks (mode `flag`), counted per feature and check. */
  readonly data_quality_violations?: readonly { readonly feature: string; readonly check: string; readonly count: number }[];
}

/**
 * Builds the log record of one answered prediction request (all its rows in one record).
 *
 * @param input request id, time, protocol, latency (ms), the model's signature, the rows and the answer
 * @param logFeatures include the feature rows (false for endpoints that must not log inputs)
 * @param featureNames names of the feature columns, logged with the rows
 * @returns the record, ready for JSON
 * @example
 * predictionLogRecord({ requestId: 'r1', timestamp: '2026-01-01T00:00:00.000Z', protocol: 'design', latencyMs: 0.2,
 *   signature, batch: { rows: 1, single: true, data: Float32Array.of(1, 2), source: [[1, 2]] }, prediction: { rows: 1, predictions: [3] } }, true);
 */
export function predictionLogRecord(
  input: {
    readonly requestId: string;
    readonly timestamp: string;
    readonly protocol: PredictionLogRecord['protocol'];
    readonly latencyMs: number;
    readonly signature: ModelSignature;
    readonly batch: FeatureBatch;
    readonly prediction: BatchPrediction;
    readonly dataQualityViolations?: PredictionLogRecord['data_quality_violations'];
  },
  logFeatures: boolean,
  featureNames?: readonly string[],
): PredictionLogRecord {
  const { batch, prediction, signature } = input;
  // Built field by field (no spreads): this runs once per request.
  const record: { -readonly [K in keyof PredictionLogRecord]: PredictionLogRecord[K] } = {
    type: 'prediction',
    request_id: input.requestId,
    timestamp: input.timestamp,
    model_name: signature.name,
    model_version: signature.version,
    model_id: `${signature.name}-${signature.version}`,
    protocol: input.protocol,
    latency_ms: Math.round(input.latencyMs * 1000) / 1000,
    rows: batch.rows,
    prediction: prediction.predictions,
  };
  if (input.dataQualityViolations) record.data_quality_violations = input.dataQualityViolations;
  const confidences = prediction.confidences;
  if (confidences && batch.lazySource) {
    // Large requests: the list is built when a sink writes the record (observers read the typed array).
    let list: number[] | undefined;
    Object.defineProperty(record, 'confidence', { enumerable: true, configurable: true, get: () => (list ??= Array.from(confidences)) });
  } else if (confidences) {
    record.confidence = Array.from(confidences);
  }
  if (logFeatures) {
    // A batch that parses its rows on first read (1000 rows cost about as much as the model run) is
    // read when a sink writes the record, not when an observer only counts it.
    if (batch.lazySource) Object.defineProperty(record, 'features', { enumerable: true, configurable: true, get: () => batch.source });
    else record.features = batch.source as number[][];
    if (featureNames) record.feature_names = featureNames;
  }
  return record;
}
