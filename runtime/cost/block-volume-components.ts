import { type CostComponent } from './cost-types';
import { component, type PricingContext } from './pricing-context';

/** Volume performance units per GB of a Balanced volume, the default Data Science and OKE use. */
export const BALANCED_VPUS_PER_GB = 10;

/**
 * Storage and performance components of a block volume of `gb` GB kept `fraction` of the month
 * (1 for always, run hours / 730 for job runs).
 *
 * @example
 * blockVolumeComponents(ctx, 'notebook block volume', 200, 1); // 200 GB-months + 2000 VPU-GB-months
 */
export function blockVolumeComponents(ctx: PricingContext, name: string, gb: number | undefined, fraction: number | null): CostComponent[] {
  const q = (x: number | undefined) => (x === undefined || fraction === null ? null : x * fraction);
  return [
    component(ctx, 'block.storage', `${name} (${gb ?? 'set at deploy'} GB)`, q(gb)),
    component(ctx, 'block.vpu', `${name} performance (Balanced, ${BALANCED_VPUS_PER_GB} VPUs/GB)`, q(gb === undefined ? undefined : gb * BALANCED_VPUS_PER_GB)),
  ];
}
