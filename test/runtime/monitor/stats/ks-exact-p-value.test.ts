import { ksExactPValue } from '../../../../runtime/monitor/stats/ks-exact-p-value';

describe('ksExactPValue', () => {
  test('returns the p-value of two disjoint samples of three as in its example', () => {
    expect(ksExactPValue(3, 3, 1)).toEqual({ statistic: 1, pValue: 0.09999999999999999 });
  });
  test('returns 1 when the statistic rounds to 0 on the lattice', () => {
    expect(ksExactPValue(4, 6, 0)).toEqual({ statistic: 0, pValue: 1 });
  });
  test('snaps the statistic to the 1/lcm lattice', () => {
    expect(ksExactPValue(4, 6, 0.4166666666666)!.statistic).toBe(5 / 12);
  });
  test('returns null beyond the int32 lcm guard, so the caller goes asymptotic', () => {
    expect(ksExactPValue(65537, 65539, 0.1)).toBeNull();
  });
  test('fails on a bad size or statistic', () => {
    expect(() => ksExactPValue(0, 3, 0.5)).toThrow(/ksExactPValue: n1 must be an integer >= 1, got 0/);
    expect(() => ksExactPValue(3, 3, 2)).toThrow(/ksExactPValue: d must be within 0..1, got 2/);
  });
});
