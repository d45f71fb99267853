import { psiFromCounts } from '../../../../runtime/monitor/stats/psi-from-counts';

describe('psiFromCounts', () => {
  test('computes the PSI of two histograms as in its example', () => {
    expect(psiFromCounts([50, 50], [25, 75], 1e-4)).toBeCloseTo(0.2746530721670274, 15);
  });
  test('stays finite when a bin is empty on one side', () => {
    expect(Number.isFinite(psiFromCounts([10, 0], [5, 5]))).toBe(true);
  });
  test('fails on mismatched bins, negative counts, an empty side or a bad epsilon', () => {
    expect(() => psiFromCounts([1], [1, 2])).toThrow(/same, non-zero number of bins, got 1 and 2/);
    expect(() => psiFromCounts([1, -1], [1, 2])).toThrow(/referenceCounts\[1\] must be a count >= 0, got -1/);
    expect(() => psiFromCounts([0, 0], [1, 2])).toThrow(/referenceCounts holds no observation/);
    expect(() => psiFromCounts([1], [1], 0)).toThrow(/epsilon must be > 0, got 0/);
  });
});
