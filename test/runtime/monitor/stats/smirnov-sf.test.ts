import { smirnovSf } from '../../../../runtime/monitor/stats/smirnov-sf';

describe('smirnovSf', () => {
  test('returns scipy.special.smirnov(5, 0.5) as in its example', () => {
    expect(smirnovSf(5, 0.5)).toBeCloseTo(0.056, 14);
  });
  test.each([[10, 0, 1], [10, 1, 0]])('returns the exact ends: smirnovSf(%d, %d) = %d', (n, d, p) => {
    expect(smirnovSf(n, d)).toBe(p);
  });
  test('fails on a non-integer n or a d outside 0..1', () => {
    expect(() => smirnovSf(2.5, 0.1)).toThrow(/smirnovSf: n must be an integer >= 1, got 2.5/);
    expect(() => smirnovSf(3, 1.5)).toThrow(/smirnovSf: d must be within 0..1, got 1.5/);
    expect(() => smirnovSf(3, NaN)).toThrow(/got NaN/);
  });
});
