import { type CostEstimate, EMPTY_USAGE, type ResourceCost, type StackCost, type SynthesizedStack, type UsageFile } from './cost-types';
import { PRICE_TABLE, type PriceEntry, type PriceId } from './price-table';
import { roundCost } from './round-cost';
import { RESOURCE_PRICING } from './resource-pricing';
import { usageFor } from './usage-for';

export interface EstimateOptions {
  /**
   * Prices to use.
   * @default PRICE_TABLE
   */
  readonly prices?: readonly PriceEntry[];
  /**
   * Usage assumptions.
   * @default - none: usage-priced components are usage-dependent
   */
  readonly usage?: UsageFile;
}

/**
 * The monthly cost of every resource of every stack, at list prices. Free resources are listed
 * with no component; resources that are not priced get one component naming why, with a `null`
 * cost, and count as usage-dependent; a type unknown to the pricing table is reported the same way.
 *
 * @param stacks - the synthesized stacks (readSynthesizedStacks)
 * @returns the estimate (`oci-mlops cost estimate --json`)
 * @throws Error naming estimateCosts when the price list mixes currencies
 * @example
 * estimateCosts(readSynthesizedStacks('cdktf.out')).total_monthly; // 1234.56
 */
export function estimateCosts(stacks: readonly SynthesizedStack[], opts: EstimateOptions = {}): CostEstimate {
  const table = opts.prices ?? PRICE_TABLE;
  const currencies = [...new Set(table.map((p) => p.currency))];
  if (currencies.length !== 1) throw new Error(`estimateCosts: the price table mixes currencies (${currencies.join(', ')}); every price must be in one`);
  const prices = new Map<PriceId, PriceEntry>(table.map((p) => [p.id, p]));
  const usage = opts.usage ?? EMPTY_USAGE;
  const stackCosts: StackCost[] = stacks.map((s) => {
    const resources: ResourceCost[] = s.resources.map((r) => {
      const address = `${r.type}.${r.name}`;
      const pricing = RESOURCE_PRICING[r.type] ?? { kind: 'not-priced', reason: `resource type ${r.type} is unknown to oci-mlops cost` };
      if (pricing.kind === 'free') return { address, type: r.type, monthly: 0, components: [], usage_dependent: false };
      if (pricing.kind === 'not-priced') {
        return { address, type: r.type, monthly: 0, components: [{ name: `not priced: ${pricing.reason}`, quantity: null, unit: 'month', unit_price: 0, monthly: null }], usage_dependent: true };
      }
      const components = pricing.price(r, { prices, usage: usageFor(usage, s.stack, r.type, r.name) });
      return {
        address,
        type: r.type,
        monthly: roundCost(components.reduce((sum, c) => sum + (c.monthly ?? 0), 0)),
        components,
        usage_dependent: components.some((c) => c.monthly === null),
      };
    });
    return { stack: s.stack, monthly: roundCost(resources.reduce((sum, r) => sum + r.monthly, 0)), resources };
  });
  return { currency: currencies[0]!, total_monthly: roundCost(stackCosts.reduce((sum, s) => sum + s.monthly, 0)), stacks: stackCosts };
}
