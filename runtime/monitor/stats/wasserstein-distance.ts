import { sortFloat64 } from './sort-float64';

/**
 * First Wasserstein (earth mover's) distance between two samples, `∫ |F1(x) - F2(x)| dx` over the
 * empirical CDFs, as `scipy.stats.wasserstein_distance(u, v)` computes it (unweighted).
 *
 * @param sample1 - first sample (the reference), finite numbers
 * @param sample2 - second sample, finite numbers
 * @param options - `sorted: true` when both samples are Float64Arrays already sorted ascending (skips copy and sort)
 * @returns the distance, >= 0, in the unit of the values
 * @throws Error naming `wassersteinDistance` when a sample is empty or holds a non-finite value
 * @example
 * wassersteinDistance([0, 1, 3], [5, 6, 8]); // 5
 */
export function wassersteinDistance(sample1: ArrayLike<number>, sample2: ArrayLike<number>, options: { readonly sorted?: boolean } = {}): number {
  const u = sortedFinite(sample1, 'sample1', options.sorted ?? false);
  const v = sortedFinite(sample2, 'sample2', options.sorted ?? false);
  const n = u.length;
  const m = v.length;
  let i = 0;
  let j = 0;
  let total = 0;
  let prev = Math.min(u[0]!, v[0]!);
  while (i < n || j < m) {
    const x = j >= m || (i < n && u[i]! <= v[j]!) ? u[i]! : v[j]!;
    // CDFs are constant on [prev, x): their value is the share of values <= prev.
    total += Math.abs(i / n - j / m) * (x - prev);
    while (i < n && u[i]! <= x) i++;
    while (j < m && v[j]! <= x) j++;
    prev = x;
  }
  return total;
}

function sortedFinite(sample: ArrayLike<number>, name: string, sorted: boolean): Float64Array {
  if (!sample || sample.length === 0) throw new Error(`wassersteinDistance: ${name} is empty; pass at least one value`);
  const out = sorted && sample instanceof Float64Array ? sample : Float64Array.from(sample);
  for (let k = 0; k < out.length; k++) {
    if (!Number.isFinite(out[k])) throw new Error(`wassersteinDistance: ${name}[${k}] must be a finite number, got ${out[k]}`);
  }
  return sorted && out === sample ? out : sortFloat64(out);
}
