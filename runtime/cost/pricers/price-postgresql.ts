import { computeComponents } from '../compute-components';
import { type CostComponent, type SynthesizedResource } from '../cost-types';
import { component, HOURS_PER_MONTH, type PricingContext } from '../pricing-context';
import { configNumber } from '../config-number';

/**
 * oci_psql_db_system: per node, the managed-service OCPU rate on top of the shape's OCPU and
 * memory; storage is billed on what the database uses: usage `storage_gb`.
 *
 * @example
 * pricePostgresql(resource, { ...ctx, usage: { storage_gb: 50 } }); // 1 node of 2 OCPU + 32 GB E5
 */
export function pricePostgresql(r: SynthesizedResource, ctx: PricingContext): CostComponent[] {
  const nodes = configNumber(r.config.instance_count) ?? 1;
  const ocpus = configNumber(r.config.instance_ocpu_count);
  const hours = nodes * HOURS_PER_MONTH;
  return [
    component(ctx, 'psql.ocpu', `${nodes} node${nodes === 1 ? '' : 's'}: PostgreSQL service OCPU (${ocpus ?? 'set at deploy'})`, ocpus === undefined ? null : ocpus * hours),
    ...computeComponents(ctx, r.config.shape, ocpus, configNumber(r.config.instance_memory_size_in_gbs), hours, `${nodes} node${nodes === 1 ? '' : 's'}`),
    component(ctx, 'psql.storage', 'database optimized storage used', ctx.usage.storage_gb ?? null),
  ];
}
