import { kolmogorovSf } from './kolmogorov-sf';
import { ksExactPValue } from './ks-exact-p-value';

const MAX_AUTO_N = 10000;

/**
 * Two-sided p-value of a two-sample KS statistic with SciPy's method choice (`ks_2samp`): `auto`
 * is exact when both sizes are at most 10 000, else asymptotic, `kstwo.sf(d, round(n1·n2/(n1+n2)))`
 * with NumPy's half-to-even rounding; an exact computation that fails falls back to asymptotic.
 * Used by `ksTwoSample` and by drift from a reference profile (whose statistic is approximate).
 *
 * @param n1 - size of the first sample, an integer >= 1
 * @param n2 - size of the second sample, an integer >= 1
 * @param d - the statistic, 0..1
 * @param method - `auto`, `exact` or `asymp`
 * @returns the statistic (snapped to the 1/lcm lattice in exact mode), the p-value and the method used
 * @throws Error naming `ksPValue` when a size is not a positive integer, d is outside 0..1 or the method is unknown
 * @example
 * ksPValue(20000, 20000, 0.02, 'auto'); // { statistic: 0.02, pValue: 0.0006616848639405699, method: 'asymp' }
 */
export function ksPValue(
  n1: number,
  n2: number,
  d: number,
  method: 'auto' | 'exact' | 'asymp' = 'auto',
): { statistic: number; pValue: number; method: 'exact' | 'asymp' } {
  for (const [name, v] of [['n1', n1], ['n2', n2]] as const) {
    if (!Number.isInteger(v) || v < 1) throw new Error(`ksPValue: ${name} must be an integer >= 1, got ${v}`);
  }
  if (!(d >= 0 && d <= 1)) throw new Error(`ksPValue: d must be within 0..1, got ${d}`);
  if (!['auto', 'exact', 'asymp'].includes(method)) throw new Error(`ksPValue: method must be auto, exact or asymp, got ${String(method)}`);
  const used = method === 'auto' ? (Math.max(n1, n2) <= MAX_AUTO_N ? 'exact' : 'asymp') : method;
  if (used === 'exact') {
    const exact = ksExactPValue(n1, n2, d);
    if (exact) return { ...exact, method: 'exact' };
  }
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const en = (m * n) / (m + n);
  return { statistic: d, pValue: Math.min(Math.max(kolmogorovSf(roundHalfEven(en), d), 0), 1), method: 'asymp' };
}

/** numpy's `np.round`: halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
