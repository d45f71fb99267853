import { summarizeUtilization } from '../../../runtime/cost/summarize-utilization';
import { DEFAULT_THRESHOLDS, resizeByUtilization } from '../../../runtime/cost/resize-by-utilization';

describe('summarizeUtilization', () => {
  test('gives the percentiles of a full window (checked against numpy.percentile, linear)', () => {
    const values = Float64Array.from({ length: 100 }, (_, i) => i + 1);
    expect(summarizeUtilization(values, { expectedPoints: 100 })).toEqual({ status: 'ok', points: 100, coverage: 1, p50: 50.5, p95: 95.05, p99: 99.01, max: 100 });
  });

  test('counts NaN as missing and says "insufficient data" below the coverage asked for', () => {
    const values = Float64Array.from({ length: 48 }, (_, i) => (i % 2 ? NaN : 10));
    expect(summarizeUtilization(values, { expectedPoints: 48 })).toEqual({ status: 'insufficient data', points: 24, coverage: 0.5, reason: '24 of 48 datapoints (50%); need 70% and at least 24' });
    expect(summarizeUtilization(values, { expectedPoints: 48, minCoverage: 0.5 }).status).toBe('ok');
  });

  test('says "insufficient data" with fewer than minPoints datapoints even when all are there', () => {
    expect(summarizeUtilization(new Float64Array(12).fill(50), { expectedPoints: 12 }).status).toBe('insufficient data');
  });

  test('fails if expectedPoints is not positive', () => {
    expect(() => summarizeUtilization(new Float64Array(1), { expectedPoints: 0 })).toThrow('summarizeUtilization: expectedPoints must be positive, got 0');
  });
});

describe('resizeByUtilization', () => {
  test.each([
    [4, 10, 1, 1], // 0.4 OCPU of load lands at 50% on 1
    [2, 95, 1, 4],
    [4, 50, 1, 4],
    [4, 80, 1, 4], // the thresholds themselves are inside the band
    [4, 20, 1, 4],
    [3, 1, 2, 2], // never below min
  ])('%i at %i%% (min %i) -> %i', (current, utilization, min, expected) => {
    expect(resizeByUtilization(current, utilization, DEFAULT_THRESHOLDS, min)).toBe(expected);
  });

  test('fails if the thresholds are inverted', () => {
    expect(() => resizeByUtilization(1, 50, { scaleUpAbovePercent: 20, scaleDownBelowPercent: 80 }, 1)).toThrow('resizeByUtilization: thresholds must satisfy 0 <= down < up <= 100, got down 80, up 20');
  });
});
