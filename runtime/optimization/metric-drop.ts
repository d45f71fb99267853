import { type ClassificationMetrics, type RegressionMetrics, type ValidationTask } from '../validation/types';

/** The drop the gate checks, and which metric it is. */
export interface MetricDrop {
  /** 'accuracy' (absolute drop, 0.01 = one point) or 'rmse' (relative rise, 0.01 = 1 %). */
  readonly metric: 'accuracy' | 'rmse';
  readonly drop: number;
}

/**
 * How much worse the optimized model is on the hold-out: for classifiers the drop of accuracy
 * (`before - after`), for regressors the relative rise of RMSE (`(after - before) / before`).
 * Negative when the optimized model did better.
 *
 * @param task - classification or regression
 * @param before - the original model's metrics
 * @param after - the optimized model's metrics
 * @returns the metric and its drop
 * @throws Error naming `metricDrop` when the RMSE before is 0 (a relative rise is undefined)
 * @example
 * metricDrop('classification', { accuracy: 0.97, f1_macro: 0.97, f1_weighted: 0.97, auc_ovr_macro: 0.99 }, { accuracy: 0.965, f1_macro: 0.96, f1_weighted: 0.96, auc_ovr_macro: 0.99 });
 * // { metric: 'accuracy', drop: 0.005 } (to rounding)
 */
export function metricDrop(task: ValidationTask, before: ClassificationMetrics | RegressionMetrics, after: ClassificationMetrics | RegressionMetrics): MetricDrop {
  if (task === 'classification') {
    return { metric: 'accuracy', drop: (before as ClassificationMetrics).accuracy - (after as ClassificationMetrics).accuracy };
  }
  const b = (before as RegressionMetrics).rmse;
  const a = (after as RegressionMetrics).rmse;
  if (!(b > 0)) throw new Error(`metricDrop: the original model's RMSE is ${b}; a relative rise of RMSE needs it above 0`);
  return { metric: 'rmse', drop: (a - b) / b };
}
