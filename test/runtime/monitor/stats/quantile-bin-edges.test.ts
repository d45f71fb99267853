import { quantileBinEdges } from '../../../../runtime/monitor/stats/quantile-bin-edges';

describe('quantileBinEdges', () => {
  test('cuts at the reference quantiles as in its example', () => {
    expect(quantileBinEdges([1, 2, 3, 4, 5], 4)).toEqual([2, 3, 4]);
  });
  test('removes repeated edges of a tied reference', () => {
    expect(quantileBinEdges([1, 1, 1, 1, 2], 4)).toEqual([1]);
  });
  test('fails on an empty sample or fewer than 2 bins', () => {
    expect(() => quantileBinEdges([], 4)).toThrow(/quantileBinEdges: the reference sample is empty/);
    expect(() => quantileBinEdges([1], 1)).toThrow(/bins must be an integer >= 2, got 1/);
  });
});
