import { type BatchPrediction, type ModelSignature } from './types';

/** Request facts echoed in a response. */
export interface ResponseContext {
  readonly requestId: string;
  /** ISO 8601 time of the answer. */
  readonly timestamp: string;
}

/**
 * The design's response: one row (`{"features": [..]}`) answers `prediction` as a one-element list
 * and `confidence` as a number; a batch answers `prediction` and `confidence` lists. Classifiers
 * also answer `probabilities` (one `{label: p}` object per row); regressors have no `confidence`.
 *
 * @param prediction the model's answer
 * @param signature the served model (name, version, labels)
 * @param single true when the request used the one-row form
 * @param ctx request id and timestamp
 * @returns the response body object
 * @example
 * shapeDesignResponse({ rows: 1, predictions: ['setosa'], confidences: Float64Array.of(0.97), probabilities: Float32Array.of(0.97, 0.02, 0.01) },
 *   irisSignature, true, { requestId: 'r1', timestamp: '2026-01-01T00:00:00.000Z' });
 * // { prediction: ['setosa'], confidence: 0.97, probabilities: [{ setosa: 0.97, ... }], model_name: 'iris', model_version: '...', timestamp: ..., request_id: 'r1' }
 */
export function shapeDesignResponse(prediction: BatchPrediction, signature: ModelSignature, single: boolean, ctx: ResponseContext): Record<string, unknown> {
  const body: Record<string, unknown> = { prediction: prediction.predictions };
  if (prediction.confidences && prediction.probabilities) {
    const k = signature.classLabels.length;
    const probabilities = new Array<Record<string, number>>(prediction.rows);
    for (let r = 0; r < prediction.rows; r++) {
      const row: Record<string, number> = {};
      for (let j = 0; j < k; j++) row[String(signature.classLabels[j])] = prediction.probabilities[r * k + j]!;
      probabilities[r] = row;
    }
    body.confidence = single ? prediction.confidences[0] : Array.from(prediction.confidences);
    body.probabilities = probabilities;
  }
  body.model_name = signature.name;
  body.model_version = signature.version;
  body.timestamp = ctx.timestamp;
  body.request_id = ctx.requestId;
  return body;
}
