import { ksTwoSample } from '../../../../runtime/monitor/stats/ks-two-sample';

describe('ksTwoSample', () => {
  test('returns SciPy\'s result for the example', () => {
    expect(ksTwoSample([1, 2, 3, 4], [3, 4, 5, 6, 7])).toEqual({ statistic: 0.6, pValue: 0.2857142857142857, method: 'exact', n1: 4, n2: 5 });
  });
  test('gives statistic 0 and p-value 1 for identical samples', () => {
    expect(ksTwoSample([1, 2, 2, 3], [3, 2, 1, 2])).toMatchObject({ statistic: 0, pValue: 1 });
  });
  test('accepts pre-sorted typed arrays without copying them', () => {
    const a = Float64Array.from([1, 2, 3]);
    expect(ksTwoSample(a, Float64Array.from([4, 5, 6]), { sorted: true }).statistic).toBe(1);
  });
  test('fails on an empty sample, NaN or an unknown method', () => {
    expect(() => ksTwoSample([], [1])).toThrow(/ksTwoSample: sample1 is empty/);
    expect(() => ksTwoSample([1, NaN], [1])).toThrow(/ksTwoSample: sample1\[1\] is NaN/);
    expect(() => ksTwoSample([1], [2], { method: 'fast' as never })).toThrow(/method must be auto, exact or asymp, got fast/);
  });
});
