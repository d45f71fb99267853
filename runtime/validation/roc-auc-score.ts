import { sortFloat64 } from '../monitor/stats/sort-float64';
/**
 * Area under the ROC curve of a binary score (scikit-learn's `roc_auc_score` for a binary target):
 * the probability that a random positive row scores higher than a random negative one, ties
 * counting one half (the Mann-Whitney U statistic over nPos·nNeg).
 *
 * @param isPositive - per row, whether it belongs to the positive class
 * @param scores - per row, the score or probability of the positive class (higher = more positive)
 * @returns the AUC, 0..1
 * @throws Error naming `rocAucScore` when the lengths differ, a score is not finite, or only one
 *   class is present (the AUC is undefined then)
 * @example
 * rocAucScore([false, false, true, true], [0.1, 0.4, 0.35, 0.8]); // 0.75
 */
export function rocAucScore(isPositive: readonly boolean[], scores: ArrayLike<number>): number {
  if (isPositive.length !== scores.length) {
    throw new Error(`rocAucScore: isPositive has ${isPositive.length} rows but scores has ${scores.length}; they must match`);
  }
  const n = scores.length;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(scores[i])) throw new Error(`rocAucScore: scores[${i}] is ${scores[i]}; scores must be finite numbers`);
  }
  const positives = isPositive.filter(Boolean).length;
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) {
    throw new Error(`rocAucScore: only one class is present (${positives} positive, ${negatives} negative rows); the ROC AUC needs both`);
  }
  // Sorted copies of every score and of the positive rows' scores (typed-array sorts, no index
  // array and comparator): walking both, each run of equal scores gives its positives the run's
  // average rank. Ranks are halves of integers below 2^52, so the sum is exact in any order.
  const all = sortFloat64(Float64Array.from(scores));
  const pos = new Float64Array(positives);
  for (let i = 0, k = 0; i < n; i++) if (isPositive[i]) pos[k++] = scores[i]!;
  sortFloat64(pos);
  let rankSum = 0;
  let p = 0;
  for (let start = 0; start < n;) {
    let end = start;
    while (end + 1 < n && all[end + 1] === all[start]) end++;
    let inRun = 0;
    while (p < positives && pos[p] === all[start]) {
      inRun++;
      p++;
    }
    rankSum += inRun * ((start + end + 2) / 2);
    start = end + 1;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
