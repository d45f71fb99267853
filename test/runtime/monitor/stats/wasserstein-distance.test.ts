import { wassersteinDistance } from '../../../../runtime/monitor/stats/wasserstein-distance';

describe('wassersteinDistance', () => {
  test('returns the shift between two translated samples as in its example', () => {
    expect(wassersteinDistance([0, 1, 3], [5, 6, 8])).toBe(5);
  });
  test('is symmetric and 0 for the same sample', () => {
    expect(wassersteinDistance([1, 2], [2, 1])).toBe(0);
    expect(wassersteinDistance([0, 4], [1])).toBe(wassersteinDistance([1], [0, 4]));
  });
  test('accepts pre-sorted typed arrays', () => {
    expect(wassersteinDistance(Float64Array.from([0, 1, 3]), Float64Array.from([5, 6, 8]), { sorted: true })).toBe(5);
  });
  test('fails on an empty sample or a non-finite value', () => {
    expect(() => wassersteinDistance([], [1])).toThrow(/wassersteinDistance: sample1 is empty/);
    expect(() => wassersteinDistance([1], [Infinity])).toThrow(/sample2\[0\] must be a finite number, got Infinity/);
  });
});
