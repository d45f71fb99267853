import { type CostComponent, type UsageValues } from './cost-types';
import { type PriceEntry, type PriceId } from './price-table';
import { roundCost } from './round-cost';

/** Hours in the month OCI's price list assumes (8760 / 12). */
export const HOURS_PER_MONTH = 730;

/** What a resource pricer needs: the prices and the usage assumptions for this resource. */
export interface PricingContext {
  readonly prices: ReadonlyMap<PriceId, PriceEntry>;
  readonly usage: UsageValues;
}

/**
 * One component: `quantity` units a month at the price `id`. A `null` quantity (usage not given,
 * or a value known only at deploy) gives a `null` monthly cost.
 *
 * @throws Error naming component when the price table has no price `id`
 * @example
 * component(ctx, 'compute.e4.ocpu', 'notebook OCPU', 4 * HOURS_PER_MONTH); // { quantity: 2920, unit_price: 0.025, monthly: 73, ... }
 */
export function component(ctx: PricingContext, id: PriceId, name: string, quantity: number | null): CostComponent {
  const price = ctx.prices.get(id);
  if (!price) throw new Error(`component: no price "${id}" in the price table`);
  return {
    name,
    quantity: quantity === null ? null : roundCost(quantity),
    unit: price.unit,
    unit_price: price.listPrice,
    monthly: quantity === null ? null : roundCost(quantity * price.listPrice),
  };
}
