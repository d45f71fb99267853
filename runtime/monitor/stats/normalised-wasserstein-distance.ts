import { standardDeviation } from 'simple-statistics';
import { wassersteinDistance } from './wasserstein-distance';

/**
 * Wasserstein-1 distance divided by the reference's population standard deviation (ddof 0), the
 * scale-free form Evidently thresholds at 0.1.
 *
 * @param reference - reference values, finite, not all equal
 * @param current - current values, finite
 * @param options - `sorted: true` when both are Float64Arrays sorted ascending
 * @returns the distance in reference standard deviations, >= 0
 * @throws Error naming `normalisedWassersteinDistance` when the reference's standard deviation is 0
 *   (or a sample is empty or non-finite, through `wassersteinDistance`)
 * @example
 * normalisedWassersteinDistance([0, 2], [1, 3]); // 1
 */
export function normalisedWassersteinDistance(reference: ArrayLike<number>, current: ArrayLike<number>, options: { readonly sorted?: boolean } = {}): number {
  const distance = wassersteinDistance(reference, current, options);
  // simple-statistics reads only length and indices, so a typed array needs no copy.
  const std = standardDeviation(reference as unknown as number[]);
  if (!(std > 0)) {
    throw new Error('normalisedWassersteinDistance: the reference has standard deviation 0 (one repeated value); use the raw wasserstein distance or another method for this feature');
  }
  return distance / std;
}
