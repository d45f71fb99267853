import { z } from 'zod';

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

export const NumericalProfileSchema = z
  .object({
    type: z.literal('numerical'),
    /** Non-missing values seen. */
    count: z.number().int().min(0),
    /** Missing (empty or null) values seen. */
    missing: z.number().int().min(0),
    mean: finite,
    /** Population standard deviation (ddof 0). */
    std: finite.min(0),
    min: finite,
    max: finite,
    /** KLL sketch state (`KllSketch.toState()`). */
    sketch: z.object({
      k: z.number().int(),
      count: z.number().int().min(0),
      min: finite,
      max: finite,
      seed: z.number().int(),
      levels: z.array(z.array(finite)),
    }),
    /** Bins cut at the sketch's quantiles: `counts.length === edges.length + 1`. */
    histogram: z.object({ edges: z.array(finite), counts: z.array(z.number().min(0)) }),
  })
  .strict();

export const CategoricalProfileSchema = z
  .object({
    type: z.literal('categorical'),
    count: z.number().int().min(0),
    missing: z.number().int().min(0),
    /** Count per category; categories beyond the cap are pooled under `otherCategory`. */
    categories: z.record(z.string(), z.number().int().min(0)),
    otherCategory: z.string(),
  })
  .strict();

/** The reference profile `oci-mlops profile` writes and the monitor loads from Object Storage. */
export const DriftProfileSchema = z
  .object({
    format: z.literal('oci-mlops.drift-profile/v1'),
    rows: z.number().int().min(0),
    features: z.record(z.string().min(1), z.discriminatedUnion('type', [NumericalProfileSchema, CategoricalProfileSchema])),
  })
  .strict();

export type NumericalProfile = z.infer<typeof NumericalProfileSchema>;
export type CategoricalProfile = z.infer<typeof CategoricalProfileSchema>;
export type FeatureProfile = NumericalProfile | CategoricalProfile;
export type DriftProfile = z.infer<typeof DriftProfileSchema>;
