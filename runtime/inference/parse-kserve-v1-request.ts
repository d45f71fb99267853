import { z } from 'zod';
import { InferenceError } from './inference-error';
import { type FeatureBatchSpec, toFeatureBatch } from './to-feature-batch';
import { type FeatureBatch } from './types';
import { zodIssuesToDetails } from './zod-issues-to-details';

const KServeV1Request = z.looseObject({
  instances: z.custom<unknown[]>((v) => v !== undefined, { message: 'required: a list of rows' }),
});

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
  const envelope = KServeV1Request.safeParse(body);
  if (!envelope.success) {
    const details = zodIssuesToDetails(envelope.error);
    throw new InferenceError(400, 'invalid_request', `request must be {"instances": [[...], ...]}: ${details[0]!.path || 'body'} ${details[0]!.message}`, details);
  }
  return toFeatureBatch(envelope.data.instances, '/instances', { ...spec, allowSingleRow: false });
}
