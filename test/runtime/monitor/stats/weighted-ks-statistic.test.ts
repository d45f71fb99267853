import { ksTwoSample } from '../../../../runtime/monitor/stats/ks-two-sample';
import { weightedKsStatistic } from '../../../../runtime/monitor/stats/weighted-ks-statistic';

describe('weightedKsStatistic', () => {
  test('weighs reference items as in its example', () => {
    expect(weightedKsStatistic([1, 2], [3, 1], [2, 2])).toBe(0.75);
  });
  test('equals the raw statistic when every weight is 1', () => {
    const a = [0.1, 0.5, 0.5, 0.9, 1.3];
    const b = [0.2, 0.5, 1.0, 1.1];
    expect(weightedKsStatistic(a, a.map(() => 1), b)).toBeCloseTo(ksTwoSample(a, b).statistic, 15);
  });
  test('fails on empty or mismatched input', () => {
    expect(() => weightedKsStatistic([1], [1, 2], [1])).toThrow(/weightedKsStatistic: items and weights must be non-empty and of equal length, got 1 and 2/);
    expect(() => weightedKsStatistic([1], [1], [])).toThrow(/the current sample is empty/);
  });
});
