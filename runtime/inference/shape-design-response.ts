import { type BatchPrediction, type ModelSignature } from './types';

/** Request facts echoed in a response. */
export interface ResponseContext {
  readonly requestId: string;
  /** ISO 8601 time of the answer. */
  readonly timestamp: string;
}

/**
 * The design's response: one row (`{"features": [..]}`) answers `prediction` as a one-element list
 * and `confidence` as a number; a batch answers `prediction` and `confidence` lists. Regressors have
 * no `confidence`. Per-class probabilities are in the Open Inference Protocol V2 answer.
 *
 * @param prediction the model's answer
 * @param signature the served model (name, version)
 * @param single true when the request used the one-row form
 * @param ctx request id and timestamp
 * @returns the response body object
 * @example
 * shapeDesignResponse({ rows: 1, predictions: ['setosa'], confidences: Float64Array.of(0.97) }, irisSignature, true,
 *   { requestId: 'r1', timestamp: '2026-01-01T00:00:00.000Z' });
 * // { prediction: ['setosa'], confidence: 0.97, model_name: 'iris', model_version: '1', timestamp: '2026-01-01T00:00:00.000Z', request_id: 'r1' }
 */
export function shapeDesignResponse(prediction: BatchPrediction, signature: ModelSignature, single: boolean, ctx: ResponseContext): Record<string, unknown> {
  const body: Record<string, unknown> = { prediction: prediction.predictions };
  if (prediction.confidences) body.confidence = single ? prediction.confidences[0] : Array.from(prediction.confidences);
  body.model_name = signature.name;
  body.model_version = signature.version;
  body.timestamp = ctx.timestamp;
  body.request_id = ctx.requestId;
  return body;
}
