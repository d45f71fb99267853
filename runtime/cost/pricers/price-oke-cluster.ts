import { type CostComponent, type SynthesizedResource } from '../cost-types';
import { component, HOURS_PER_MONTH, type PricingContext } from '../pricing-context';

/**
 * oci_containerengine_cluster: an enhanced cluster bills per cluster-hour; a basic cluster's
 * control plane is free (its nodes are priced with their pools).
 *
 * @example
 * priceOkeCluster({ type, name, config: { type: 'ENHANCED_CLUSTER' } }, ctx); // 730 cluster-hours
 */
export function priceOkeCluster(r: SynthesizedResource, ctx: PricingContext): CostComponent[] {
  return r.config.type === 'ENHANCED_CLUSTER' ? [component(ctx, 'oke.enhancedCluster', 'enhanced cluster', HOURS_PER_MONTH)] : [];
}
