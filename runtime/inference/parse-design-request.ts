import { readEnvelopeField } from './read-envelope-field';
import { type FeatureBatchSpec, toFeatureBatch } from './to-feature-batch';
import { type FeatureBatch } from './types';

/**
 * Reads the design's request format: `{"features": [f1, ..., fn]}` for one row or
 * `{"features": [[...], ...]}` for a batch (other keys are ignored).
 *
 * @param body the parsed JSON body
 * @param spec feature count, batch limit and element type of the model input
 * @returns the validated rows; `single` is true for the one-row form
 * @throws InferenceError 400 `invalid_request` (not an object, `features` missing or malformed), 413 `batch_too_large`
 * @example
 * parseDesignRequest({ features: [5.1, 3.5, 1.4, 0.2] }, { features: 4, maxBatch: 1000, type: 'float32' });
 */
export function parseDesignRequest(body: unknown, spec: Omit<FeatureBatchSpec, 'allowSingleRow'>): FeatureBatch {
  return toFeatureBatch(readEnvelopeField(body, 'features', '{"features": [...]}'), '/features', { ...spec, allowSingleRow: true });
}
