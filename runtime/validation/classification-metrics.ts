import { accuracyScore } from './accuracy-score';
import { f1Score } from './f1-score';
import { rocAucOneVsRest } from './roc-auc-one-vs-rest';
import { type ClassificationMetrics } from './types';

/**
 * The classification metrics of a hold-out run: accuracy, F1 (macro and weighted) and, when the
 * model gives class scores, the one-vs-rest macro ROC AUC (binary: the positive class, index 1).
 *
 * @param yTrue - true class indices, one per row
 * @param yPred - predicted class indices, one per row
 * @param scores - per-class scores row-major (`rows x classes`), or null when the model has none
 * @param classes - the number of classes (score columns)
 * @returns the metrics and, when the AUC is null, why
 * @throws Error from the metric functions when the inputs are empty or misaligned
 * @example
 * classificationMetrics([0, 1, 1, 0], [0, 1, 0, 0], Float32Array.from([0.9, 0.1, 0.2, 0.8, 0.6, 0.4, 0.7, 0.3]), 2);
 * // { metrics: { accuracy: 0.75, f1_macro: 0.7333333333333334, f1_weighted: 0.7333333333333334, auc_ovr_macro: 1 }, aucUnavailable: null }
 */
export function classificationMetrics(
  yTrue: readonly number[],
  yPred: readonly number[],
  scores: ArrayLike<number> | null,
  classes: number,
): { metrics: ClassificationMetrics; aucUnavailable: string | null } {
  const base = {
    accuracy: accuracyScore(yTrue, yPred),
    f1_macro: f1Score(yTrue, yPred, 'macro'),
    f1_weighted: f1Score(yTrue, yPred, 'weighted'),
  };
  if (!scores) return { metrics: { ...base, auc_ovr_macro: null }, aucUnavailable: 'the model has no class-score output' };
  if (scores.length !== yTrue.length * classes) {
    throw new Error(`classificationMetrics: scores has ${scores.length} values, expected rows x classes = ${yTrue.length} x ${classes}`);
  }
  const rows = yTrue.map((_, r) => Array.prototype.slice.call(scores, r * classes, (r + 1) * classes) as number[]);
  const counts = new Array<number>(classes).fill(0);
  for (const y of yTrue) counts[y]!++;
  const absent = counts.flatMap((c, k) => (c === 0 || c === yTrue.length ? [k] : []));
  if (absent.length) {
    return { metrics: { ...base, auc_ovr_macro: null }, aucUnavailable: `the data has no row of class(es) ${absent.join(', ')} or only those; the one-vs-rest AUC needs positive and negative rows of each class` };
  }
  return { metrics: { ...base, auc_ovr_macro: rocAucOneVsRest(yTrue, rows) }, aucUnavailable: null };
}
