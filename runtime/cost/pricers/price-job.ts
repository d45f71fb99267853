import { blockVolumeComponents } from '../block-volume-components';
import { computeComponents } from '../compute-components';
import { type CostComponent, type SynthesizedResource } from '../cost-types';
import { HOURS_PER_MONTH, type PricingContext } from '../pricing-context';
import { configBlock } from '../config-block';
import { configNumber } from '../config-number';

/**
 * oci_datascience_job: a job costs nothing until it runs; each run bills the shape's compute and
 * its block volume while it runs. Usage `monthly_run_hours` (sum of all runs' durations);
 * without it the job is usage-dependent.
 *
 * @example
 * priceJob(resource, { ...ctx, usage: { monthly_run_hours: 100 } }); // 100 h of 1 OCPU + 16 GB E4, 50 GB volume for 100/730 of the month
 */
export function priceJob(r: SynthesizedResource, ctx: PricingContext): CostComponent[] {
  const infra = configBlock(r.config.job_infrastructure_configuration_details);
  const shapeConfig = configBlock(infra?.job_shape_config_details);
  const hours = ctx.usage.monthly_run_hours ?? null;
  return [
    ...computeComponents(ctx, infra?.shape_name, configNumber(shapeConfig?.ocpus), configNumber(shapeConfig?.memory_in_gbs), hours, 'job runs'),
    ...blockVolumeComponents(ctx, 'job run block volume', configNumber(infra?.block_storage_size_in_gbs), hours === null ? null : hours / HOURS_PER_MONTH),
  ];
}
