import { kolmogorovSf } from '../../../../runtime/monitor/stats/kolmogorov-sf';

describe('kolmogorovSf', () => {
  test('returns scipy.stats.kstwo.sf(0.3, 10) as in its example', () => {
    expect(kolmogorovSf(10, 0.3)).toBe(0.27053557479999946);
  });
  test.each([[50, 0, 1], [50, 1, 0], [50, -1, 1], [50, 0.005, 1]])('returns the exact ends: kolmogorovSf(%d, %d) = %d', (n, d, p) => {
    expect(kolmogorovSf(n, d)).toBe(p);
  });
  test('decreases in d', () => {
    const values = [0.01, 0.05, 0.1, 0.2, 0.4].map((d) => kolmogorovSf(200, d));
    expect([...values].sort((a, b) => b - a)).toEqual(values);
  });
  test('fails on a non-integer n or NaN', () => {
    expect(() => kolmogorovSf(0, 0.1)).toThrow(/kolmogorovSf: n must be an integer >= 1, got 0/);
    expect(() => kolmogorovSf(10, NaN)).toThrow(/kolmogorovSf: d must be a number, got NaN/);
  });
});
