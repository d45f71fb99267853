import { blockVolumeComponents } from '../block-volume-components';
import { computeComponents } from '../compute-components';
import { type CostComponent, type SynthesizedResource } from '../cost-types';
import { HOURS_PER_MONTH, type PricingContext } from '../pricing-context';
import { configBlock } from '../config-block';
import { configNumber } from '../config-number';

/**
 * oci_containerengine_node_pool: each node bills its shape's compute all month, plus its boot
 * volume when the pool sets its size (else the image's default size, which synthesis does not know).
 *
 * @example
 * priceNodePool(resource, ctx); // 2 nodes of 4 OCPU + 32 GB E4
 */
export function priceNodePool(r: SynthesizedResource, ctx: PricingContext): CostComponent[] {
  const nodes = configNumber(configBlock(r.config.node_config_details)?.size);
  const shapeConfig = configBlock(r.config.node_shape_config);
  const label = `${nodes ?? 'set-at-deploy'} nodes`;
  const components = computeComponents(ctx, r.config.node_shape, configNumber(shapeConfig?.ocpus), configNumber(shapeConfig?.memory_in_gbs), nodes === undefined ? null : nodes * HOURS_PER_MONTH, label);
  const bootGb = configNumber(configBlock(r.config.node_source_details)?.boot_volume_size_in_gbs);
  if (bootGb !== undefined && nodes !== undefined) components.push(...blockVolumeComponents(ctx, `${label}: boot volumes`, bootGb * nodes, 1));
  return components;
}
