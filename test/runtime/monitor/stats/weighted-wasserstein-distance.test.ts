import { wassersteinDistance } from '../../../../runtime/monitor/stats/wasserstein-distance';
import { weightedWassersteinDistance } from '../../../../runtime/monitor/stats/weighted-wasserstein-distance';

describe('weightedWassersteinDistance', () => {
  test('computes the distance to a weighted reference as in its example', () => {
    expect(weightedWassersteinDistance([0, 1], [1, 1], [2, 3])).toBe(2);
  });
  test('equals the raw distance when every weight is 1', () => {
    const a = [0.1, 0.5, 0.9, 1.3];
    const b = [0.2, 0.5, 1.0, 2.1, 3];
    expect(weightedWassersteinDistance(a, a.map(() => 1), b)).toBeCloseTo(wassersteinDistance(a, b), 14);
  });
  test('fails on empty or mismatched input', () => {
    expect(() => weightedWassersteinDistance([], [], [1])).toThrow(/weightedWassersteinDistance: items and weights must be non-empty/);
    expect(() => weightedWassersteinDistance([1], [1], [])).toThrow(/the current sample is empty/);
  });
});
