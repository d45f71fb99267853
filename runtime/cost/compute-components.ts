import { type CostComponent } from './cost-types';
import { flexShapePrices, gpuShapePrice } from './flex-shape-prices';
import { component, type PricingContext } from './pricing-context';

/**
 * The OCPU and memory components of `hours` instance-hours a month of a flexible shape (or the
 * GPU component of a GPU shape, whose OCPUs and memory are included).
 * A value known only at deploy, or a shape the table does not price, gives `null` quantities
 * (named so) rather than a guess.
 *
 * @param label - what runs (`notebook`, `3 instances`...), prefixed to each component's name
 * @example
 * computeComponents(ctx, 'VM.Standard.E4.Flex', 4, 64, 730, 'notebook'); // OCPU 2920 OCPU-hours, memory 46720 GB-hours
 */
export function computeComponents(
  ctx: PricingContext, shape: unknown, ocpus: number | undefined, memoryGb: number | undefined, hours: number | null, label: string,
): CostComponent[] {
  const gpu = typeof shape === 'string' ? gpuShapePrice(shape) : undefined;
  if (gpu) return [component(ctx, gpu.price, `${label}: ${shape} (${gpu.gpus} GPU${gpu.gpus === 1 ? '' : 's'}, OCPUs and memory included)`, hours === null ? null : gpu.gpus * hours)];
  const prices = typeof shape === 'string' ? flexShapePrices(shape) : undefined;
  if (!prices) {
    return [{ name: `${label}: shape ${String(shape)} has no price in the table`, quantity: null, unit: 'instance-hour', unit_price: 0, monthly: null }];
  }
  const qty = (per: number | undefined) => (per === undefined || hours === null ? null : per * hours);
  return [
    component(ctx, prices.ocpu, `${label}: ${shape} OCPU (${ocpus ?? 'set at deploy'})`, qty(ocpus)),
    component(ctx, prices.memory, `${label}: ${shape} memory GB (${memoryGb ?? 'set at deploy'})`, qty(memoryGb)),
  ];
}
