import { ksPValue } from '../../../../runtime/monitor/stats/ks-p-value';

describe('ksPValue', () => {
  test('uses the asymptotic distribution above 10 000 values as in its example', () => {
    expect(ksPValue(20000, 20000, 0.02, 'auto')).toEqual({ statistic: 0.02, pValue: 0.0006616848639405699, method: 'asymp' });
  });
  test('uses the exact distribution up to 10 000 values', () => {
    expect(ksPValue(3, 3, 1).method).toBe('exact');
    expect(ksPValue(10000, 10000, 0.05).method).toBe('exact');
  });
  test('fails on an unknown method or a bad size', () => {
    expect(() => ksPValue(3, 3, 0.5, 'fast' as never)).toThrow(/ksPValue: method must be auto, exact or asymp, got fast/);
    expect(() => ksPValue(3, -1, 0.5)).toThrow(/ksPValue: n2 must be an integer >= 1, got -1/);
  });
});
