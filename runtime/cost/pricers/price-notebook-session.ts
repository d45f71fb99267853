import { blockVolumeComponents } from '../block-volume-components';
import { computeComponents } from '../compute-components';
import { type CostComponent, type SynthesizedResource } from '../cost-types';
import { HOURS_PER_MONTH, type PricingContext } from '../pricing-context';
import { configBlock } from '../config-block';
import { configNumber } from '../config-number';

/**
 * oci_datascience_notebook_session: the shape's compute for the hours it is active (730 unless the
 * usage file sets `monthly_hours`: a deactivated notebook bills only its block volume) plus its block volume.
 *
 * @example
 * priceNotebookSession(resource, ctx); // 4 OCPU + 64 GB on VM.Standard.E4.Flex: 73.00 + 70.08 a month
 */
export function priceNotebookSession(r: SynthesizedResource, ctx: PricingContext): CostComponent[] {
  const details = configBlock(r.config.notebook_session_configuration_details);
  const shapeConfig = configBlock(details?.notebook_session_shape_config_details);
  const hours = ctx.usage.monthly_hours ?? HOURS_PER_MONTH;
  return [
    ...computeComponents(ctx, details?.shape, configNumber(shapeConfig?.ocpus), configNumber(shapeConfig?.memory_in_gbs), hours, 'notebook'),
    ...blockVolumeComponents(ctx, 'notebook block volume', configNumber(details?.block_storage_size_in_gbs), 1),
  ];
}
