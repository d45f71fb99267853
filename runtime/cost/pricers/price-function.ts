import { type CostComponent, type SynthesizedResource } from '../cost-types';
import { component, HOURS_PER_MONTH, type PricingContext } from '../pricing-context';
import { configBlock } from '../config-block';
import { configNumber } from '../config-number';

/**
 * oci_functions_function: invocations and execution GB-seconds from usage (`monthly_invocations`,
 * `average_duration_ms`), plus provisioned concurrency. OCI charges provisioned concurrency units
 * while they are idle; the sources at hand give no separate rate, so they are priced at the
 * execution rate for the whole month (an upper bound: units busy with invocations are not charged twice).
 *
 * @example
 * priceFunction(resource, { ...ctx, usage: { monthly_invocations: 1e6, average_duration_ms: 100 } });
 */
export function priceFunction(r: SynthesizedResource, ctx: PricingContext): CostComponent[] {
  const memoryGb = (configNumber(r.config.memory_in_mbs) ?? 128) / 1024;
  const invocations = ctx.usage.monthly_invocations ?? null;
  const durationSec = ctx.usage.average_duration_ms === undefined ? null : ctx.usage.average_duration_ms / 1000;
  const components = [
    component(ctx, 'functions.invocations', 'invocations', invocations),
    component(ctx, 'functions.execution', `execution (${memoryGb * 1024} MB)`, invocations === null || durationSec === null ? null : invocations * durationSec * memoryGb),
  ];
  const pc = configBlock(r.config.provisioned_concurrency_config);
  const units = pc?.strategy === 'CONSTANT' ? configNumber(pc.count) : undefined;
  if (units) components.push(component(ctx, 'functions.execution', `provisioned concurrency (${units} x ${memoryGb * 1024} MB, idle all month)`, units * memoryGb * HOURS_PER_MONTH * 3600));
  return components;
}
