import { type UsageFile, type UsageValues } from './cost-types';

/**
 * The usage values that apply to one resource: its type's defaults, overridden by its own entry
 * (`<stack>/<address>` wins over `<address>`).
 *
 * @example
 * usageFor(usage, 'team-a', 'oci_functions_function', 'Fn_1A2B'); // { monthly_invocations: 1000000 }
 */
export function usageFor(usage: UsageFile, stack: string, type: string, name: string): UsageValues {
  const address = `${type}.${name}`;
  return { ...usage.resource_type_default_usage[type], ...usage.resource_usage[address], ...usage.resource_usage[`${stack}/${address}`] };
}
