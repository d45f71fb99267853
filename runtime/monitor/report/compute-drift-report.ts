import { type DriftSettingsInput, DriftSettingsSchema } from '../drift-settings';
import { combineDriftResults } from './combine-drift-results';
import { type DriftFeatureInput, type DriftReport } from './drift-report-types';
import { evaluateFeatureDrift } from './evaluate-feature-drift';

export type { CategoryCounts, DriftFeatureInput, DriftReport, FeatureDriftResult } from './drift-report-types';

/**
 * Compares each feature's current window with its reference and returns the drift report: the
 * method from the preset or the feature's override, the statistic (and p-value for KS and
 * chi-squared), the multiple-testing correction across the p-value features, the "insufficient
 * data" verdict below `minSamples`, the drift score and the dataset verdict. A reference given as
 * a profile uses the sketch, histogram and category counts (error bounds in docs/drift.md).
 *
 * Callers that hold one feature's data at a time (the `drift` command on large tables) call
 * `evaluateFeatureDrift` per feature and `combineDriftResults` once, which is the same computation.
 *
 * @param features - one entry per feature, missing values already removed
 * @param settingsInput - drift settings (defaults filled by `DriftSettingsSchema`)
 * @returns the report
 * @throws Error naming `computeDriftReport` and the feature when a method does not fit the type
 *   or a statistic cannot be computed (e.g. normalised Wasserstein of a constant reference)
 * @example
 * computeDriftReport([{ name: 'x', type: 'numerical', reference: [1, 2, 3], current: [7, 8, 9] }], { minSamples: 3 });
 * // { features: [{ name: 'x', method: 'ks', statistic: 1, p_value: 0.09999999999999999, status: 'no_drift', ... }], drift_score: 0, dataset_drift: false }
 */
export function computeDriftReport(features: readonly DriftFeatureInput[], settingsInput: DriftSettingsInput = {}): DriftReport {
  const settings = DriftSettingsSchema.parse(settingsInput);
  const results = features.map((f) => {
    try {
      return evaluateFeatureDrift(f, settings);
    } catch (err) {
      throw new Error(`computeDriftReport: feature "${f.name}": ${(err as Error).message}`);
    }
  });
  return combineDriftResults(results, settings);
}
