import { binCounts } from '../../../../runtime/monitor/stats/bin-counts';

describe('binCounts', () => {
  test('counts with left-closed bins open at both ends as in its example', () => {
    expect(Array.from(binCounts([0, 2, 2.5, 9], [2, 3]))).toEqual([1, 2, 1]);
  });
  test('puts everything in one bin without edges', () => {
    expect(Array.from(binCounts([5, 6], []))).toEqual([2]);
  });
  test('fails on NaN', () => {
    expect(() => binCounts([1, NaN], [2])).toThrow(/binCounts: values\[1\] is NaN/);
  });
});
