import { type CostComponent, type UsageValues } from './cost-types';
import { type PriceEntry, type PriceId } from './price-table';

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
 */
export function component(ctx: PricingContext, id: PriceId, name: string, quantity: number | null): CostComponent {
  const price = ctx.prices.get(id);
  if (!price) throw new Error(`component: no price "${id}" in the price table`);
  return {
    name,
    quantity: quantity === null ? null : round(quantity),
    unit: price.unit,
    unit_price: price.listPrice,
    monthly: quantity === null ? null : round(quantity * price.listPrice),
  };
}

/** Rounds to 1e-6: costs are shown to the cent, and sums of rounded floats then stay stable. */
export const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * A number from synthesized configuration: numbers, numeric strings (`memory_in_mbs: "256"`);
 * `undefined` for a `${...}` reference resolved only at deploy, or a missing value.
 */
export function configNumber(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** The first element when Terraform JSON wrote a block as a one-element list, else the value. */
export function block(v: unknown): Record<string, unknown> | undefined {
  const x = Array.isArray(v) ? v[0] : v;
  return x && typeof x === 'object' ? (x as Record<string, unknown>) : undefined;
}
