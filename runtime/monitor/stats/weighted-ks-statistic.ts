/**
 * Two-sided KS statistic between a weighted reference (a quantile sketch's retained items and
 * weights) and a raw current sample: `sup |F_ref(x) - F_cur(x)|` over all observed values, ties
 * handled as in `ksTwoSample`. If the sketch's CDF is within ε of the true reference CDF
 * everywhere, the result is within ε of the raw-data statistic.
 *
 * @param items - reference items sorted ascending
 * @param weights - weight of each item, > 0
 * @param sortedCurrent - current values sorted ascending, no NaN
 * @returns the statistic, 0..1
 * @throws Error naming `weightedKsStatistic` on empty input or mismatched lengths
 * @example
 * weightedKsStatistic([1, 2], [3, 1], [2, 2]); // 0.75
 */
export function weightedKsStatistic(items: ArrayLike<number>, weights: ArrayLike<number>, sortedCurrent: ArrayLike<number>): number {
  if (items.length === 0 || items.length !== weights.length) {
    throw new Error(`weightedKsStatistic: items and weights must be non-empty and of equal length, got ${items.length} and ${weights.length}`);
  }
  if (sortedCurrent.length === 0) throw new Error('weightedKsStatistic: the current sample is empty');
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i]!;
  const n2 = sortedCurrent.length;
  let i = 0;
  let j = 0;
  let cum = 0;
  let d = 0;
  while (i < items.length && j < n2) {
    const v = items[i]! <= sortedCurrent[j]! ? items[i]! : sortedCurrent[j]!;
    while (i < items.length && items[i]! <= v) cum += weights[i++]!;
    while (j < n2 && sortedCurrent[j]! <= v) j++;
    const diff = Math.abs(cum / total - j / n2);
    if (diff > d) d = diff;
  }
  return Math.min(d, 1);
}
