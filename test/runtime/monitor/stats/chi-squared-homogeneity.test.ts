import { chiSquaredHomogeneity } from '../../../../runtime/monitor/stats/chi-squared-homogeneity';

describe('chiSquaredHomogeneity', () => {
  test('tests a 2x2 table without continuity correction as in its example', () => {
    const r = chiSquaredHomogeneity({ a: 30, b: 70 }, { a: 50, b: 50 });
    expect(r.dof).toBe(1);
    expect(r.statistic).toBeCloseTo(8.333333333333334, 12);
    expect(r.pValue).toBeCloseTo(0.003892417122778637, 14);
  });
  test('gives statistic 0 and p-value 1 for a single category', () => {
    expect(chiSquaredHomogeneity({ a: 3 }, { a: 9 })).toEqual({ statistic: 0, pValue: 1, dof: 0 });
  });
  test('keeps tail p-values that 1 - cdf would round to 0', () => {
    // scipy.stats.chi2_contingency([[300, 0], [0, 300]], correction=False) p-value
    const p = chiSquaredHomogeneity({ a: 300, b: 0 }, { a: 0, b: 300 }).pValue;
    expect(Math.abs(p - 1.674167984691805e-132) / 1.674167984691805e-132).toBeLessThan(1e-9);
  });
  test('fails on non-integer counts or an empty side', () => {
    expect(() => chiSquaredHomogeneity({ a: 1.5 }, { a: 1 })).toThrow(/reference count of "a" must be an integer >= 0, got 1.5/);
    expect(() => chiSquaredHomogeneity({}, { a: 1 })).toThrow(/both samples need observations, got 0 reference and 1 current/);
  });
});
