import { computeComponents } from '../compute-components';
import { type CostComponent, type SynthesizedResource } from '../cost-types';
import { HOURS_PER_MONTH, type PricingContext } from '../pricing-context';
import { configBlock } from '../config-block';
import { configNumber } from '../config-number';

/**
 * oci_datascience_model_deployment: the instance shape's compute times the instance count, all
 * month. With autoscaling the minimum is priced and the maximum is named in the component (usage
 * `average_instance_count` prices the average instead).
 *
 * @example
 * priceModelDeployment(resource, ctx); // 2 OCPU + 32 GB E4, 1 instance (autoscaling to 3)
 */
export function priceModelDeployment(r: SynthesizedResource, ctx: PricingContext): CostComponent[] {
  const model = configBlock(configBlock(r.config.model_deployment_configuration_details)?.model_configuration_details);
  const instance = configBlock(model?.instance_configuration);
  const shapeConfig = configBlock(instance?.model_deployment_instance_shape_config_details);
  const scaling = configBlock(model?.scaling_policy);
  const auto = configBlock(scaling?.auto_scaling_policies);
  const min = configNumber(auto?.minimum_instance_count) ?? configNumber(scaling?.instance_count) ?? 1;
  const max = configNumber(auto?.maximum_instance_count);
  const count = ctx.usage.average_instance_count ?? min;
  const label = ctx.usage.average_instance_count !== undefined
    ? `${count} instances on average (usage)`
    : max !== undefined && max > min ? `${min} instance${min === 1 ? '' : 's'} (autoscaling ${min}-${max}, minimum priced)` : `${min} instance${min === 1 ? '' : 's'}`;
  return computeComponents(ctx, instance?.instance_shape_name, configNumber(shapeConfig?.ocpus), configNumber(shapeConfig?.memory_in_gbs), count * HOURS_PER_MONTH, label);
}
