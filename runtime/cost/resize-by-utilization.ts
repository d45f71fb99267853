/** The design's thresholds: scale up above 80% utilization, down below 20%. */
export interface ScalingThresholds {
  /** @default 80 */
  readonly scaleUpAbovePercent: number;
  /** @default 20 */
  readonly scaleDownBelowPercent: number;
}

export const DEFAULT_THRESHOLDS: ScalingThresholds = { scaleUpAbovePercent: 80, scaleDownBelowPercent: 20 };

/**
 * A new size for a resource whose utilization (at the percentile judged) is outside the band:
 * sized so the same load lands mid-band ((up + down) / 2), rounded up to a whole unit and never
 * below `min`. Inside the band the size is kept.
 *
 * @param current - current size (OCPUs, GB, instances, concurrency units)
 * @param utilizationPercent - observed utilization of `current`, 0-100+
 * @param min - smallest size allowed
 * @example
 * resizeByUtilization(4, 10, DEFAULT_THRESHOLDS, 1); // 1  (10% of 4 OCPUs is 0.4 OCPU: 0.8 at 50%)
 * resizeByUtilization(2, 95, DEFAULT_THRESHOLDS, 1); // 4
 */
export function resizeByUtilization(current: number, utilizationPercent: number, thresholds: ScalingThresholds, min: number): number {
  const { scaleUpAbovePercent: up, scaleDownBelowPercent: down } = thresholds;
  if (!(down >= 0 && up > down && up <= 100)) throw new Error(`resizeByUtilization: thresholds must satisfy 0 <= down < up <= 100, got down ${down}, up ${up}`);
  if (utilizationPercent <= up && utilizationPercent >= down) return current;
  const target = (up + down) / 2;
  return Math.max(min, Math.ceil((current * utilizationPercent) / target - 1e-9));
}

/** GB of memory per OCPU a flexible shape takes (VM.Standard.E4.Flex and its kind): 1 to 64. */
const FLEX_GB_PER_OCPU = 64;

/**
 * A flexible shape's memory resized like any size (`resizeByUtilization`), then kept within what the
 * shape allows for its (recommended) OCPU count: 1 to 64 GB per OCPU.
 *
 * @param memoryGb - current memory
 * @param utilizationPercent - observed memory utilization of `memoryGb`
 * @param ocpus - the OCPU count the memory goes with
 * @example
 * resizeFlexMemory(32, 10, DEFAULT_THRESHOLDS, 1); // 7
 */
export function resizeFlexMemory(memoryGb: number, utilizationPercent: number, thresholds: ScalingThresholds, ocpus: number): number {
  return Math.min(ocpus * FLEX_GB_PER_OCPU, Math.max(ocpus, resizeByUtilization(memoryGb, utilizationPercent, thresholds, 1)));
}
