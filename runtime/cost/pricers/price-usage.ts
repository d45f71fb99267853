import { type CostComponent, type SynthesizedResource } from '../cost-types';
import { component, type PricingContext } from '../pricing-context';
import { type PriceId } from '../price-table';

/** One usage-priced line: the usage key that gives its monthly quantity and the price it bills at. */
export interface UsageLine {
  readonly key: string;
  readonly price: PriceId;
  readonly name: string;
}

/**
 * A pricer for resources billed only by usage (bucket GB, API calls, GB streamed...): one
 * component per line, usage-dependent while the usage file does not give its key.
 *
 * @example
 * priceUsage([{ key: 'storage_gb', price: 'objectstorage.storage', name: 'standard storage' }]);
 */
export function priceUsage(lines: readonly UsageLine[]): (r: SynthesizedResource, ctx: PricingContext) => CostComponent[] {
  return (_r, ctx) => lines.map((l) => component(ctx, l.price, `${l.name} (usage ${l.key})`, ctx.usage[l.key] ?? null));
}
