import { z } from 'zod';

const OCID = /^ocid1\.[a-z0-9]+\.[a-z0-9-]*\.[a-z0-9-]*\.[a-z0-9._-]+$/;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._]*(?:-[A-Za-z0-9._]+)*$/;

const metricValue = z.number().refine(Number.isFinite, { message: 'must be a finite number' });

/** `oci-mlops validate-model --json` output, taken as is. */
export const ValidationReportSchema = z
  .object({
    task: z.enum(['classification', 'regression']),
    n_rows: z.number().int().positive(),
    metrics: z.record(z.string().min(1), metricValue.nullable()),
    latency_ms: z.object({ p50: metricValue, p95: metricValue, p99: metricValue }).strict(),
    thresholds: z.array(
      z.object({ name: z.string().min(1), limit: metricValue, value: metricValue.nullable(), passed: z.boolean() }).strict(),
    ),
    passed: z.boolean(),
  })
  .strict();

/** What is stored: the metrics map, plus the validation report's other fields when it was given. */
export const PerformanceMetricsSchema = z.union([
  ValidationReportSchema,
  z.record(z.string().min(1), metricValue).refine((m) => Object.keys(m).length > 0, { message: 'must name at least one metric' }),
]);

/**
 * A model registration, as written in the model YAML (snake_case keys) or posted to `POST /models`.
 * The seven required fields of the design, a model card, provenance and the artifact's digest.
 */
export const ModelRegistrationSchema = z
  .object({
    name: z.string().min(1).max(100).regex(NAME, { message: 'letters, digits, ".", "_" and single "-" between them, starting with a letter or digit' }),
    version: z
      .union([z.string().min(1).max(50), z.number().int().nonnegative()])
      .transform(String)
      .pipe(z.string().regex(/^[A-Za-z0-9._]+$/, { message: 'letters, digits, "." and "_" (quote versions such as "1.10" in YAML)' })),
    algorithm: z.string().min(1).max(200),
    training_data: z.union([
      z.string().min(1),
      z.object({ uri: z.string().min(1), description: z.string().optional(), sha256: z.string().regex(/^[a-f0-9]{64}$/).optional(), n_rows: z.number().int().positive().optional() }).strict(),
    ]),
    performance_metrics: PerformanceMetricsSchema,
    business_purpose: z.string().min(10, { message: 'must say in at least 10 characters what the model is for' }).max(2000),
    owner: z.string().min(1).max(200),
    model_card: z
      .object({
        intended_use: z.string().min(1),
        limitations: z.string().min(1),
        evaluation_data: z.string().min(1),
        risk_tier: z.enum(['low', 'medium', 'high']),
      })
      .strict(),
    provenance: z
      .object({
        repository_url: z.url(),
        commit: z.string().regex(/^[a-f0-9]{7,64}$/, { message: 'a git commit id: 7-64 lowercase hex digits' }),
        training_job_id: z.string().regex(OCID, { message: 'an OCID (ocid1.<type>.<realm>.<region>.<id>)' }),
      })
      .strict(),
    artifact: z
      .object({
        uri: z.string().min(1),
        sha256: z.string().regex(/^[a-f0-9]{64}$/, { message: 'the artifact SHA-256: 64 lowercase hex digits' }),
      })
      .strict(),
    /** The model's entry in the OCI Data Science model catalog, updated on approval and deployment. */
    catalog_model_id: z.string().regex(/^ocid1\.datasciencemodel\./, { message: 'an OCID of a Data Science model (ocid1.datasciencemodel....)' }).optional(),
  })
  .strict();

export type ValidationReport = z.infer<typeof ValidationReportSchema>;
export type ModelRegistrationInput = z.input<typeof ModelRegistrationSchema>;
export type ModelRegistration = z.infer<typeof ModelRegistrationSchema>;
