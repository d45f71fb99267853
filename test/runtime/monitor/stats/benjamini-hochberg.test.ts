import { benjaminiHochberg } from '../../../../runtime/monitor/stats/benjamini-hochberg';

describe('benjaminiHochberg', () => {
  test('rejects every test when the largest p-value passes as in its example', () => {
    const r = benjaminiHochberg([0.01, 0.02, 0.04], 0.05);
    expect(r.threshold).toBeCloseTo(0.05, 15);
    expect(r.rejected).toEqual([true, true, true]);
    r.adjusted.forEach((a, i) => expect(a).toBeCloseTo([0.03, 0.03, 0.04][i]!, 15));
  });
  test('falls back to alpha/m when nothing is rejected', () => {
    expect(benjaminiHochberg([0.5, 0.9], 0.05)).toMatchObject({ threshold: 0.025, rejected: [false, false] });
  });
  test('fails on alpha out of range', () => {
    expect(() => benjaminiHochberg([0.1], 0)).toThrow(/benjaminiHochberg: alpha must be within \(0, 1\), got 0/);
  });
});
