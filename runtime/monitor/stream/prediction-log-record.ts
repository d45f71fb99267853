import { z } from 'zod';

/**
 * One prediction-log record as the inference runtime writes it to OCI Logging / Streaming: the
 * model, the request's features, the prediction and (for classifiers) its confidence.
 */
export const PredictionLogRecordSchema = z
  .object({
    /** Model identity; the `model_id` dimension of the drift metrics. */
    model_id: z.string().min(1).max(256),
    /** When the prediction was made (ISO 8601); defaults to the stream message's timestamp. */
    timestamp: z.iso.datetime({ offset: true }).optional(),
    /** Feature name to value; null or a missing key counts as a missing value. */
    features: z.record(z.string().min(1), z.union([z.number(), z.string(), z.boolean(), z.null()])),
    prediction: z.unknown().optional(),
    /** Max class probability, 0..1. */
    confidence: z.number().min(0).max(1).nullable().optional(),
  })
  .loose();

export type PredictionLogRecord = z.infer<typeof PredictionLogRecordSchema>;
