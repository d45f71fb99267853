import { ksPValue } from './ks-p-value';
import { sortFloat64 } from './sort-float64';

/** How `ksTwoSample` computes the p-value; `auto` is SciPy's default. */
export type KsMethod = 'auto' | 'exact' | 'asymp';

export interface KsTwoSampleOptions {
  /**
   * `auto`: exact when both samples have at most 10 000 values, else asymptotic (SciPy's rule).
   * @default 'auto'
   */
  readonly method?: KsMethod;
  /**
   * The inputs are already sorted ascending (skips the copy and sort).
   * @default false
   */
  readonly sorted?: boolean;
}

export interface KsTwoSampleResult {
  /** sup |F1 - F2|, two-sided. */
  readonly statistic: number;
  readonly pValue: number;
  /** The method actually used (`exact` falls back to `asymp` when it over- or underflows). */
  readonly method: 'exact' | 'asymp';
  readonly n1: number;
  readonly n2: number;
}

/**
 * Two-sided two-sample Kolmogorov–Smirnov test with the semantics of
 * `scipy.stats.ks_2samp(a, b, method=...)`: the statistic is the largest distance between the two
 * empirical CDFs (ties handled as SciPy does, by evaluating both CDFs at every observed value);
 * `auto` picks the exact distribution when both samples have at most 10 000 values and the
 * asymptotic one (`kstwo.sf(d, round(n1·n2/(n1+n2)))`) otherwise; a failed exact computation falls
 * back to the asymptotic one. In exact mode the returned statistic is snapped to the
 * `1/lcm(n1, n2)` lattice, as SciPy returns it.
 *
 * @param sample1 - first sample (the reference), finite or infinite numbers, no NaN
 * @param sample2 - second sample (the current window)
 * @param options - method and whether the inputs are pre-sorted
 * @returns statistic, p-value, the method used and the sizes
 * @throws Error naming `ksTwoSample` and the sample when a sample is empty or contains NaN
 * @example
 * ksTwoSample([1, 2, 3, 4], [3, 4, 5, 6, 7]); // { statistic: 0.6, pValue: 0.2857142857142857, method: 'exact', n1: 4, n2: 5 }
 */
export function ksTwoSample(
  sample1: ArrayLike<number>,
  sample2: ArrayLike<number>,
  options: KsTwoSampleOptions = {},
): KsTwoSampleResult {
  const method = options.method ?? 'auto';
  if (!['auto', 'exact', 'asymp'].includes(method)) {
    throw new Error(`ksTwoSample: method must be auto, exact or asymp, got ${String(method)}`);
  }
  const a = prepare(sample1, 'sample1', options.sorted ?? false);
  const b = prepare(sample2, 'sample2', options.sorted ?? false);
  const n1 = a.length;
  const n2 = b.length;
  let maxS = -Infinity;
  let minS = Infinity;
  let i = 0;
  let j = 0;
  while (i < n1 && j < n2) {
    const v = a[i]! <= b[j]! ? a[i]! : b[j]!;
    while (i < n1 && a[i]! <= v) i++;
    while (j < n2 && b[j]! <= v) j++;
    const diff = i / n1 - j / n2;
    if (diff > maxS) maxS = diff;
    if (diff < minS) minS = diff;
  }
  // SciPy also evaluates the CDFs at the values after one sample is exhausted; there the difference
  // only moves toward 0, except that it reaches exactly 0 at the last value.
  if (0 > maxS) maxS = 0;
  if (0 < minS) minS = 0;
  const negative = Math.min(Math.max(-minS, 0), 1);
  const d = negative > maxS ? negative : maxS;
  return { ...ksPValue(n1, n2, d, method), n1, n2 };
}

function prepare(sample: ArrayLike<number>, name: string, sorted: boolean): Float64Array {
  if (!sample || sample.length === 0) throw new Error(`ksTwoSample: ${name} is empty; pass at least one value`);
  const out = sorted && sample instanceof Float64Array ? sample : Float64Array.from(sample);
  for (let k = 0; k < out.length; k++) {
    if (Number.isNaN(out[k])) throw new Error(`ksTwoSample: ${name}[${k}] is NaN; drop missing values first`);
  }
  if (!sorted) sortFloat64(out);
  return out;
}
