/**
 * Wasserstein-1 distance between a weighted reference (a quantile sketch's items and weights) and
 * a raw current sample, `∫ |F_ref - F_cur| dx`. If the sketch's CDF is within ε of the true one,
 * the result is within ε·(max - min) of the raw-data distance, max and min taken over both samples.
 *
 * @param items - reference items sorted ascending, finite
 * @param weights - weight of each item, > 0
 * @param sortedCurrent - current values sorted ascending, finite
 * @returns the distance, >= 0
 * @throws Error naming `weightedWassersteinDistance` on empty input or mismatched lengths
 * @example
 * weightedWassersteinDistance([0, 1], [1, 1], [2, 3]); // 2
 */
export function weightedWassersteinDistance(items: ArrayLike<number>, weights: ArrayLike<number>, sortedCurrent: ArrayLike<number>): number {
  if (items.length === 0 || items.length !== weights.length) {
    throw new Error(`weightedWassersteinDistance: items and weights must be non-empty and of equal length, got ${items.length} and ${weights.length}`);
  }
  if (sortedCurrent.length === 0) throw new Error('weightedWassersteinDistance: the current sample is empty');
  let total = 0;
  for (let k = 0; k < weights.length; k++) total += weights[k]!;
  const n = items.length;
  const m = sortedCurrent.length;
  let i = 0;
  let j = 0;
  let cum = 0;
  let sum = 0;
  let prev = Math.min(items[0]!, sortedCurrent[0]!);
  while (i < n || j < m) {
    const x = j >= m || (i < n && items[i]! <= sortedCurrent[j]!) ? items[i]! : sortedCurrent[j]!;
    sum += Math.abs(cum / total - j / m) * (x - prev);
    while (i < n && items[i]! <= x) cum += weights[i++]!;
    while (j < m && sortedCurrent[j]! <= x) j++;
    prev = x;
  }
  return sum;
}
