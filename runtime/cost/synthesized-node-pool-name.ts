import { type SynthesizedStack } from './cost-types';

/**
 * The name of the OKE node pool a synthesized stack defines (`oci_containerengine_node_pool.name`):
 * how a team file's `oke:` block maps to the pool Container Engine lists, since the name's prefix
 * (`<platform>-<team>`) is not in the team file.
 *
 * @returns undefined when the stack defines no managed node pool (no `oke:`, or virtual nodes)
 * @example
 * synthesizedNodePoolName(stack); // 'acme-mlops-recommendations-oke-pool'
 */
export function synthesizedNodePoolName(stack: SynthesizedStack): string | undefined {
  const pool = stack.resources.find((r) => r.type === 'oci_containerengine_node_pool' && typeof r.config.name === 'string');
  return pool?.config.name as string | undefined;
}
