/**
 * Counts values per bin for strictly increasing interior `edges`: bin 0 is `(-inf, edges[0])`,
 * bin i is `[edges[i-1], edges[i])`, the last bin `[edges[k-1], +inf)` (numpy's
 * `searchsorted(edges, x, side="right")`).
 *
 * @param values - the values to count, no NaN
 * @param edges - strictly increasing interior edges (may be empty: one bin)
 * @returns counts, length `edges.length + 1`
 * @throws Error naming `binCounts` when a value is NaN
 * @example
 * binCounts([0, 2, 2.5, 9], [2, 3]); // Float64Array [1, 2, 1]
 */
export function binCounts(values: ArrayLike<number>, edges: readonly number[]): Float64Array {
  const counts = new Float64Array(edges.length + 1);
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (Number.isNaN(x)) throw new Error(`binCounts: values[${i}] is NaN; drop missing values first`);
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (edges[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    counts[lo]! += 1;
  }
  return counts;
}
