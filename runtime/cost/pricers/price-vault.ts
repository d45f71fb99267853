import { type CostComponent, type SynthesizedResource } from '../cost-types';
import { component, HOURS_PER_MONTH, type PricingContext } from '../pricing-context';

/**
 * oci_kms_vault: a virtual private vault (a dedicated HSM partition) bills per hour; a default
 * vault is free (its HSM key versions are billed per key version, not modeled).
 *
 * @example
 * priceVault({ type, name, config: { vault_type: 'VIRTUAL_PRIVATE' } }, ctx); // 730 vault-hours
 */
export function priceVault(r: SynthesizedResource, ctx: PricingContext): CostComponent[] {
  return r.config.vault_type === 'VIRTUAL_PRIVATE' ? [component(ctx, 'vault.virtualPrivate', 'virtual private vault', HOURS_PER_MONTH)] : [];
}
