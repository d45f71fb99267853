import { z } from 'zod';

/** The drift tests and distances the monitor and `oci-mlops drift` run. */
export const DRIFT_METHODS = ['ks', 'psi', 'chi2', 'wasserstein', 'jensenshannon'] as const;
export type DriftMethod = (typeof DRIFT_METHODS)[number];
/** Methods whose result is a p-value compared with alpha; the others are distances compared with a threshold. */
export const P_VALUE_METHODS: readonly DriftMethod[] = ['ks', 'chi2'];
export const FEATURE_TYPES = ['numerical', 'categorical'] as const;
export type FeatureType = (typeof FEATURE_TYPES)[number];

/**
 * Method selection presets:
 * - `evidently`: KS (numerical) or chi-squared (categorical) when the reference has at most 1000
 *   rows, normalised Wasserstein (numerical) or Jensen–Shannon (categorical) above, both at 0.1
 *   (Evidently's defaults; Evidently's z-test for binary categories equals the 2×2 chi-squared test).
 * - `hypothesis-tests`: always KS / chi-squared with p-values (the classic whylogs-style choice).
 * - `nannyml`: Jensen–Shannon for both types, threshold 0.1 (NannyML's univariate default).
 */
export const DRIFT_PRESETS = ['evidently', 'hypothesis-tests', 'nannyml'] as const;
export type DriftPreset = (typeof DRIFT_PRESETS)[number];

/** Default distance thresholds: drift when the distance is at or above it. */
export const DEFAULT_DISTANCE_THRESHOLDS: Readonly<Record<Exclude<DriftMethod, 'ks' | 'chi2'>, number>> = {
  psi: 0.1,
  wasserstein: 0.1,
  jensenshannon: 0.1,
};

/** Per-feature overrides in a team file. */
export const FeatureDriftSettingsSchema = z
  .object({
    /** Overrides the type inferred from the reference profile or the CSV. */
    type: z.enum(FEATURE_TYPES).optional(),
    /** Overrides the preset's choice for this feature. */
    method: z.enum(DRIFT_METHODS).optional(),
    /** Distance threshold (psi, wasserstein, jensenshannon) for this feature; p-value methods use `alpha`. */
    threshold: z.number().positive().max(10).optional(),
    /** Leaves the feature out of drift detection (still reported as statistics). */
    ignore: z.boolean().optional(),
  })
  .strict();

/**
 * The drift settings one endpoint carries in a team file (`endpoints[].drift` is the intended
 * place): windows, tests, thresholds, where the reference profile lives. The team-config schema
 * imports this schema; `computeDriftReport` and the monitor function parse with it, so defaults
 * live in one place.
 */
export const DriftSettingsSchema = z
  .object({
    /** Method selection preset. */
    preset: z.enum(DRIFT_PRESETS).default('evidently'),
    /** Family-wise significance level (or FDR for benjamini-hochberg) of the p-value tests. */
    alpha: z.number().gt(0).lt(1).default(0.05),
    /** Multiple-testing correction across the features tested with p-values. */
    correction: z.enum(['none', 'bonferroni', 'benjamini-hochberg']).default('bonferroni'),
    /** Below this many values on either side a feature's verdict is "insufficient_data". */
    minSamples: z.number().int().min(1).max(1_000_000).default(30),
    /** Share of drifted features (among those with a verdict) at which the dataset counts as drifted. */
    datasetDriftShare: z.number().gt(0).max(1).default(0.5),
    /** Bins cut at the reference's quantiles for PSI and numerical Jensen–Shannon. */
    bins: z.number().int().min(2).max(1000).default(10),
    /** Share used for empty bins in PSI. */
    psiEpsilon: z.number().gt(0).lt(0.1).default(1e-4),
    /** The monitor's window per model: evaluated when either bound is reached. */
    window: z
      .object({
        /** Records per window (the window is evaluated and restarted when full). */
        maxRecords: z.number().int().min(10).max(1_000_000).default(1000),
        /** Seconds after the window's first record at which it is evaluated even if not full. */
        maxAgeSec: z.number().int().min(10).max(86_400).default(900),
      })
      .strict()
      .prefault({}),
    /** The reference profile (`oci-mlops profile` output) in Object Storage. */
    referenceProfile: z
      .object({
        bucket: z.string().min(1).max(256),
        object: z.string().min(1).max(1024),
        /** @default - looked up with GetNamespace */
        namespace: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
    /** Per-feature overrides, by feature name. */
    features: z.record(z.string().min(1), FeatureDriftSettingsSchema).default({}),
  })
  .strict();

export type DriftSettings = z.output<typeof DriftSettingsSchema>;
export type DriftSettingsInput = z.input<typeof DriftSettingsSchema>;
export type FeatureDriftSettings = z.output<typeof FeatureDriftSettingsSchema>;
