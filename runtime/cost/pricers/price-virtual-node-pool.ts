import { computeComponents } from '../compute-components';
import { type CostComponent, type SynthesizedResource } from '../cost-types';
import { component, HOURS_PER_MONTH, type PricingContext } from '../pricing-context';
import { configBlock } from '../config-block';
import { configNumber } from '../config-number';

/**
 * oci_containerengine_virtual_node_pool: every virtual node per hour, plus the pods' compute at
 * their shape's rate: usage `pod_ocpus` and `pod_memory_gb` (averages over the month, all pods).
 *
 * @example
 * priceVirtualNodePool(resource, { ...ctx, usage: { pod_ocpus: 2, pod_memory_gb: 8 } });
 */
export function priceVirtualNodePool(r: SynthesizedResource, ctx: PricingContext): CostComponent[] {
  const size = configNumber(r.config.size);
  return [
    component(ctx, 'oke.virtualNode', `${size ?? 'set-at-deploy'} virtual nodes`, size === undefined ? null : size * HOURS_PER_MONTH),
    ...computeComponents(ctx, configBlock(r.config.pod_configuration)?.shape, ctx.usage.pod_ocpus, ctx.usage.pod_memory_gb, ctx.usage.pod_ocpus === undefined ? null : HOURS_PER_MONTH, 'pods'),
  ];
}
