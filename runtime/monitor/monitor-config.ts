import { z } from 'zod';
import { DRIFT_METRICS } from '../contract/metrics';
import { DriftSettingsSchema } from './drift-settings';

/**
 * Configuration of the monitor function (set by the construct as `OCI_MLOPS_MONITOR_CONFIG`, JSON):
 * where metrics go, the drift settings per model, and the memory bounds. A model without its own
 * entry uses `defaults`, whose `referenceProfile.object` may contain `{model_id}`.
 */
export const MonitorConfigSchema = z
  .object({
    /** Compartment the custom metrics are posted in. */
    compartmentId: z.string().regex(/^ocid1\.(compartment|tenancy)\./, 'must be a compartment or tenancy OCID'),
    /** Custom metric namespace. */
    namespace: z.string().default(DRIFT_METRICS.namespace),
    /** Settings for models without an entry of their own (records of other models are skipped). */
    defaults: DriftSettingsSchema.optional(),
    /** Drift settings per model_id. */
    models: z.record(z.string().min(1), DriftSettingsSchema).default({}),
    /** Models with an open window at once. */
    maxModels: z.number().int().min(1).max(10_000).default(100),
    /** Features kept per record. */
    maxFeatures: z.number().int().min(1).max(10_000).default(200),
    /** Datapoints buffered while Monitoring is unreachable (oldest dropped beyond). */
    maxBufferedDatapoints: z.number().int().min(100).max(1_000_000).default(10_000),
    /** Seconds a reference profile is cached. */
    profileTtlSec: z.number().int().min(0).max(86_400).default(600),
  })
  .strict();

export type MonitorConfig = z.output<typeof MonitorConfigSchema>;
