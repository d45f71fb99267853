import { type DriftSettings, P_VALUE_METHODS } from '../drift-settings';
import { benjaminiHochberg } from '../stats/benjamini-hochberg';
import { bonferroni } from '../stats/bonferroni';
import { type DriftReport, type FeatureDriftResult } from './drift-report-types';

/**
 * Turns per-feature results into the drift report: applies the multiple-testing correction across
 * the p-value features (setting their threshold, verdict and status), then the drift score (share
 * of drifted features among those with a verdict, ignored features left out) and the dataset verdict.
 *
 * @param results - one result per feature from `evaluateFeatureDrift` (updated in place)
 * @param settings - parsed drift settings
 * @returns the report
 * @example
 * combineDriftResults([evaluateFeatureDrift({ name: 'x', type: 'numerical', reference: [1, 2, 3], current: [7, 8, 9] }, DriftSettingsSchema.parse({ minSamples: 3 }))], DriftSettingsSchema.parse({ minSamples: 3 }));
 * // { features: [{ name: 'x', status: 'no_drift', ... }], drift_score: 0, dataset_drift: false }
 */
export function combineDriftResults(results: FeatureDriftResult[], settings: DriftSettings): DriftReport {
  const tested = results.map((r, i) => ({ r, i })).filter(({ r }) => r.status !== 'insufficient_data' && P_VALUE_METHODS.includes(r.method));
  if (tested.length > 0) {
    const pValues = tested.map(({ r }) => r.p_value!);
    const correction =
      settings.correction === 'benjamini-hochberg'
        ? benjaminiHochberg(pValues, settings.alpha)
        : settings.correction === 'bonferroni'
          ? bonferroni(pValues, settings.alpha)
          : { threshold: settings.alpha, rejected: pValues.map((p) => p < settings.alpha) };
    tested.forEach(({ r }, k) => {
      r.threshold = correction.threshold;
      r.drift_detected = correction.rejected[k]!;
      r.status = r.drift_detected ? 'drift' : 'no_drift';
    });
  }
  const withVerdict = results.filter((r) => r.drift_detected !== null && !settings.features[r.name]?.ignore);
  const drifted = withVerdict.filter((r) => r.drift_detected).length;
  const driftScore = withVerdict.length ? drifted / withVerdict.length : null;
  return { features: results, drift_score: driftScore, dataset_drift: driftScore !== null && driftScore >= settings.datasetDriftShare };
}
