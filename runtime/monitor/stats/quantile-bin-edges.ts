/**
 * Interior bin edges at the reference's quantiles `1/bins, 2/bins, ... (bins-1)/bins`, computed
 * like `numpy.quantile(reference, q)` (linear interpolation between order statistics, "type 7"),
 * with repeated edges removed (a heavily tied reference yields fewer bins). Bins are then
 * `(-inf, e1), [e1, e2), ... [ek, +inf)`: the first and last bins are open so current values
 * outside the reference's range still count.
 *
 * simple-statistics' `quantileSorted` uses a different interpolation rule, hence this function.
 *
 * @param sortedReference - reference values sorted ascending, no NaN
 * @param bins - wanted number of bins, an integer >= 2
 * @returns strictly increasing interior edges (length <= bins - 1)
 * @throws Error naming `quantileBinEdges` when the sample is empty or bins is not an integer >= 2
 * @example
 * quantileBinEdges([1, 2, 3, 4, 5], 4); // [2, 3, 4]
 */
export function quantileBinEdges(sortedReference: ArrayLike<number>, bins: number): number[] {
  const n = sortedReference.length;
  if (n === 0) throw new Error('quantileBinEdges: the reference sample is empty');
  if (!Number.isInteger(bins) || bins < 2) throw new Error(`quantileBinEdges: bins must be an integer >= 2, got ${bins}`);
  const edges: number[] = [];
  for (let i = 1; i < bins; i++) {
    const pos = (i / bins) * (n - 1);
    const lo = Math.floor(pos);
    const hi = Math.min(lo + 1, n - 1);
    const frac = pos - lo;
    const a = sortedReference[lo]!;
    const b = sortedReference[hi]!;
    // numpy's _lerp: a + (b - a) * t, switched to b - (b - a) * (1 - t) when t >= 0.5
    const diff = b - a;
    const v = frac >= 0.5 ? b - diff * (1 - frac) : a + diff * frac;
    if (edges.length === 0 || v > edges[edges.length - 1]!) edges.push(v);
  }
  return edges;
}
