import { parseDocument } from 'yaml';

/**
 * The name of the node pool a platform file's `oke:` block creates: `<name>-oke-pool`, as
 * MlopsPlatform names its OkeCluster (`<name>-oke`) and OkeCluster its pool (`<cluster>-pool`).
 *
 * @param text - the platform file's content (stacks/platform.yaml)
 * @throws Error naming platformNodePoolName when the file is not YAML or has no `name`
 * @example
 * platformNodePoolName(readFileSync('stacks/platform.yaml', 'utf8')); // 'acme-mlops-oke-pool'
 */
export function platformNodePoolName(text: string): string {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(`platformNodePoolName: not YAML: ${doc.errors[0]!.message}`);
  const name = doc.get('name');
  if (typeof name !== 'string') throw new Error('platformNodePoolName: the platform file has no name (name: ...), so its node pool cannot be known');
  return `${name}-oke-pool`;
}
