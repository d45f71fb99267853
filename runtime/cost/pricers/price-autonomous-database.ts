import { type CostComponent, type SynthesizedResource } from '../cost-types';
import { component, HOURS_PER_MONTH, type PricingContext } from '../pricing-context';
import { configNumber } from '../config-number';

/**
 * oci_database_autonomous_database (serverless, ECPU): ECPUs all month (license included, or
 * BYOL) plus the storage provisioned. Compute auto scaling can bill up to three times the base
 * ECPUs when busy; the base is priced and the component says so.
 *
 * @example
 * priceAutonomousDatabase(resource, ctx); // 2 ECPUs (730 h) + 20 GB
 */
export function priceAutonomousDatabase(r: SynthesizedResource, ctx: PricingContext): CostComponent[] {
  const ecpus = configNumber(r.config.compute_count);
  const byol = r.config.license_model === 'BRING_YOUR_OWN_LICENSE';
  const autoscaling = r.config.is_auto_scaling_enabled === true ? ', auto scaling may bill up to 3x when busy' : '';
  const gb = configNumber(r.config.data_storage_size_in_gb) ?? ((t) => (t === undefined ? undefined : t * 1024))(configNumber(r.config.data_storage_size_in_tbs));
  if (r.config.compute_model !== undefined && r.config.compute_model !== 'ECPU') {
    return [{ name: `compute model ${String(r.config.compute_model)} has no price in the table`, quantity: null, unit: 'OCPU-hour', unit_price: 0, monthly: null }];
  }
  return [
    component(ctx, byol ? 'adb.ecpuByol' : 'adb.ecpu', `${ecpus ?? 'set-at-deploy'} ECPUs${byol ? ' (BYOL)' : ''}${autoscaling}`, ecpus === undefined ? null : ecpus * HOURS_PER_MONTH),
    component(ctx, 'adb.storage', `storage (${gb ?? 'set at deploy'} GB)`, gb ?? null),
  ];
}
