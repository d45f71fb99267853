import { type LatencyPercentiles } from './latency-percentiles';
import { THRESHOLD_LIMITS } from './threshold-limits';
import { type ClassificationMetrics, type RegressionMetrics, type ThresholdResult, type ValidationLimits } from './types';
import { ValidationInputError } from './validation-input-error';

/**
 * Compares a run's metrics with the limits, in a fixed order (accuracy, F1 macro, AUC, RMSE, p95).
 * A `min_*` limit passes when the value is at or above it, a `max_*` limit when at or below.
 *
 * @param limits - the limits asked for (checked by `checkLimits`)
 * @param metrics - the run's metrics
 * @param latency - the run's latency percentiles, milliseconds
 * @returns one result per given limit
 * @throws ValidationInputError when `--min-auc` is asked for but the AUC could not be computed
 *   (`aucUnavailable` says why), or a limit names a metric the task does not have
 * @example
 * evaluateThresholds({ minAccuracy: 0.9, maxP95Ms: 5 }, { accuracy: 0.85, f1_macro: 0.8, f1_weighted: 0.84, auc_ovr_macro: 0.9 }, { p50: 1, p95: 2, p99: 3 });
 * // [{ name: 'min_accuracy', limit: 0.9, value: 0.85, passed: false }, { name: 'max_p95_ms', limit: 5, value: 2, passed: true }]
 */
export function evaluateThresholds(
  limits: ValidationLimits,
  metrics: ClassificationMetrics | RegressionMetrics,
  latency: LatencyPercentiles,
  aucUnavailable: string | null = null,
): ThresholdResult[] {
  const valueOf: Record<ThresholdResult['name'], () => number | null | undefined> = {
    min_accuracy: () => (metrics as ClassificationMetrics).accuracy,
    min_f1: () => (metrics as ClassificationMetrics).f1_macro,
    min_auc: () => (metrics as ClassificationMetrics).auc_ovr_macro,
    max_rmse: () => (metrics as RegressionMetrics).rmse,
    max_p95_ms: () => latency.p95,
  };
  const results: ThresholdResult[] = [];
  for (const l of THRESHOLD_LIMITS) {
    const limit = limits[l.key];
    if (limit === undefined) continue;
    const value = valueOf[l.name]();
    if (value === null || value === undefined) {
      throw new ValidationInputError(`${l.flag} cannot be checked: ${l.name === 'min_auc' && aucUnavailable ? aucUnavailable : `the run has no ${l.name.slice(4)} metric`}`);
    }
    results.push({ name: l.name, limit, value, passed: l.min ? value >= limit : value <= limit });
  }
  return results;
}
