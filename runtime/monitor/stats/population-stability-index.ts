import { binCounts } from './bin-counts';
import { psiFromCounts } from './psi-from-counts';
import { quantileBinEdges } from './quantile-bin-edges';
import { sortFloat64 } from './sort-float64';

export interface PopulationStabilityIndexOptions {
  /**
   * Number of bins, cut at the reference's quantiles.
   * @default 10
   */
  readonly bins?: number;
  /**
   * Share used for an empty bin.
   * @default 0.0001
   */
  readonly epsilon?: number;
}

/**
 * Population Stability Index of a numerical feature, with bins cut at the reference's quantiles
 * (`quantileBinEdges`), open-ended at both ends, and empty bins counted as `epsilon`.
 *
 * @param reference - reference values, no NaN
 * @param current - current values, no NaN
 * @param options - bin count and empty-bin share
 * @returns the PSI, >= 0
 * @throws Error naming `populationStabilityIndex` when a sample is empty
 * @example
 * populationStabilityIndex([1, 2, 3, 4, 5, 6, 7, 8], [5, 6, 7, 8, 9, 10, 11, 12], { bins: 2 }); // 4.60431846666895
 */
export function populationStabilityIndex(
  reference: ArrayLike<number>,
  current: ArrayLike<number>,
  options: PopulationStabilityIndexOptions = {},
): number {
  if (reference.length === 0 || current.length === 0) {
    throw new Error(`populationStabilityIndex: both samples need values, got ${reference.length} reference and ${current.length} current`);
  }
  const sorted = sortFloat64(Float64Array.from(reference));
  const edges = quantileBinEdges(sorted, options.bins ?? 10);
  return psiFromCounts(binCounts(sorted, edges), binCounts(current, edges), options.epsilon ?? 1e-4);
}
