import { computeComponents } from '../compute-components';
import { type CostComponent, type SynthesizedResource } from '../cost-types';
import { HOURS_PER_MONTH, type PricingContext } from '../pricing-context';
import { configBlock } from '../config-block';
import { configNumber } from '../config-number';

/**
 * oci_container_instances_container_instance: the shape's OCPU and memory rates, all month
 * (Container Instances add no charge of their own).
 *
 * @example
 * priceContainerInstance(resource, ctx); // 1 OCPU + 8 GB on CI.Standard.E4.Flex
 */
export function priceContainerInstance(r: SynthesizedResource, ctx: PricingContext): CostComponent[] {
  const shapeConfig = configBlock(r.config.shape_config);
  return computeComponents(ctx, r.config.shape, configNumber(shapeConfig?.ocpus), configNumber(shapeConfig?.memory_in_gbs), HOURS_PER_MONTH, 'container instance');
}
