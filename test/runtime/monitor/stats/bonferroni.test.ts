import { bonferroni } from '../../../../runtime/monitor/stats/bonferroni';

describe('bonferroni', () => {
  test('divides alpha by the number of tests as in its example', () => {
    const r = bonferroni([0.01, 0.02, 0.04], 0.05);
    expect(r.threshold).toBe(0.05 / 3);
    expect(r.rejected).toEqual([true, false, false]);
    r.adjusted.forEach((a, i) => expect(a).toBeCloseTo([0.03, 0.06, 0.12][i]!, 15));
  });
  test('fails on alpha or a p-value out of range', () => {
    expect(() => bonferroni([0.1], 1)).toThrow(/bonferroni: alpha must be within \(0, 1\), got 1/);
    expect(() => bonferroni([1.2], 0.05)).toThrow(/pValues\[0\] must be within 0..1, got 1.2/);
  });
});
