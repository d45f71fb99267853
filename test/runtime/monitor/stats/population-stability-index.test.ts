import { populationStabilityIndex } from '../../../../runtime/monitor/stats/population-stability-index';

describe('populationStabilityIndex', () => {
  test('computes the PSI with quantile bins as in its example', () => {
    expect(populationStabilityIndex([1, 2, 3, 4, 5, 6, 7, 8], [5, 6, 7, 8, 9, 10, 11, 12], { bins: 2 })).toBeCloseTo(4.60431846666895, 13);
  });
  test('is 0 for the same sample', () => {
    expect(populationStabilityIndex([1, 2, 3, 4], [4, 3, 2, 1])).toBe(0);
  });
  test('fails on an empty sample', () => {
    expect(() => populationStabilityIndex([], [1])).toThrow(/populationStabilityIndex: both samples need values, got 0 reference and 1 current/);
  });
});
