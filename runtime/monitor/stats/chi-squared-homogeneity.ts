import gammainc from '@stdlib/math-base-special-gammainc';
import chi2test from '@stdlib/stats-chi2test';

export interface ChiSquaredResult {
  readonly statistic: number;
  readonly pValue: number;
  /** Degrees of freedom: categories seen in either sample, minus one. */
  readonly dof: number;
}

/**
 * Pearson's chi-squared test of homogeneity of a categorical feature between the reference and
 * the current window: the 2×K contingency table of counts per category (categories absent from
 * both are dropped), no continuity correction, like
 * `scipy.stats.chi2_contingency([ref, cur], correction=False)`. The statistic comes from
 * `@stdlib/stats-chi2test`; the p-value is the upper regularized incomplete gamma function
 * `Q(dof/2, statistic/2)` (`@stdlib/math-base-special-gammainc`), which keeps its relative accuracy
 * in the far tail where `1 - cdf` would round to 0. A single category gives statistic 0, p-value 1
 * (SciPy's convention for 0 degrees of freedom).
 *
 * @param referenceCounts - count per category in the reference
 * @param currentCounts - count per category in the current window
 * @returns statistic, p-value and degrees of freedom
 * @throws Error naming `chiSquaredHomogeneity` when a count is not a non-negative integer or a side is empty
 * @example
 * chiSquaredHomogeneity({ a: 30, b: 70 }, { a: 50, b: 50 }); // { statistic: 8.3333..., pValue: 0.00389..., dof: 1 }
 */
export function chiSquaredHomogeneity(
  referenceCounts: Readonly<Record<string, number>>,
  currentCounts: Readonly<Record<string, number>>,
): ChiSquaredResult {
  const categories = [...new Set([...Object.keys(referenceCounts), ...Object.keys(currentCounts)])].sort();
  const ref: number[] = [];
  const cur: number[] = [];
  for (const c of categories) {
    const r = referenceCounts[c] ?? 0;
    const k = currentCounts[c] ?? 0;
    for (const [side, v] of [['reference', r], ['current', k]] as const) {
      if (!Number.isInteger(v) || v < 0) throw new Error(`chiSquaredHomogeneity: ${side} count of "${c}" must be an integer >= 0, got ${v}`);
    }
    if (r + k > 0) {
      ref.push(r);
      cur.push(k);
    }
  }
  const totalRef = ref.reduce((s, v) => s + v, 0);
  const totalCur = cur.reduce((s, v) => s + v, 0);
  if (totalRef === 0 || totalCur === 0) {
    throw new Error(`chiSquaredHomogeneity: both samples need observations, got ${totalRef} reference and ${totalCur} current`);
  }
  if (ref.length === 1) return { statistic: 0, pValue: 1, dof: 0 };
  const { statistic, df } = chi2test([ref, cur], { correct: false });
  return { statistic, pValue: gammainc(statistic / 2, df / 2, true, true), dof: df };
}
