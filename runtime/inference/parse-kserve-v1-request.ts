import { readEnvelopeField } from './read-envelope-field';
import { type FeatureBatchSpec, toFeatureBatch } from './to-feature-batch';
import { type FeatureBatch } from './types';

/**
 * Reads a KServe V1 predict request: `{"instances": [[f1, ..., fn], ...]}`.
 *
 * @param body the parsed JSON body
 * @param spec feature count, batch limit and element type of the model input
 * @returns the validated rows
 * @throws InferenceError 400 `invalid_request` (not an object, `instances` missing or malformed), 413 `batch_too_large`
 * @example
 * parseKServeV1Request({ instances: [[5.1, 3.5, 1.4, 0.2]] }, { features: 4, maxBatch: 1000, type: 'float32' });
 */
export function parseKServeV1Request(body: unknown, spec: Omit<FeatureBatchSpec, 'allowSingleRow'>): FeatureBatch {
  return toFeatureBatch(readEnvelopeField(body, 'instances', '{"instances": [[...], ...]}'), '/instances', { ...spec, allowSingleRow: false });
}
