import { isMap, parseDocument } from 'yaml';
import { type Recommendation } from './recommendation';
import { applyTextEdits, type TextEdit, yamlFieldEdit } from './yaml-field-edit';

/** The `oke:` fields of the platform file that a node pool recommendation can set (okeSchema's keys). */
export const OKE_SIZE_FIELDS = ['nodeOcpus', 'nodeMemoryGb', 'minNodes', 'maxNodes'] as const;

/** okeSchema's default maxNodes, which bounds minNodes when the file does not set it. */
const DEFAULT_MAX_NODES = 5;

export interface NodePoolFileEdit {
  /** The file with the recommended values written in; comments and layout kept. */
  readonly text: string;
  /** The node pool the file's `oke:` block creates; undefined when it creates none. */
  readonly pool?: string;
  readonly applied: readonly { readonly endpoint: string; readonly field: string; readonly from: number; readonly to: number }[];
  /** Changes the file has no place for, and why. */
  readonly skipped: readonly { readonly endpoint: string; readonly field?: string; readonly reason: string }[];
}

/**
 * Writes node pool recommendations into the `oke:` block of a platform or team file (both use the
 * same block), so the change goes through review. Only the recommendations for `pool`, the pool the
 * block creates, are written: only the value's text is replaced, or one `field: value` line added to the block,
 * so comments and layout stay byte for byte. A recommended `minNodes` above the file's `maxNodes`
 * (default 5) raises `maxNodes` to it, since the config requires maxNodes >= minNodes. Other pools,
 * a block whose `nodeType` is not `managed`, and fields the block does not have, are reported in
 * `skipped` and not written.
 *
 * @param text - the file's content
 * @param recommendations - from collectNodePoolRecommendations (other kinds are ignored)
 * @param pool - the pool's name (platformNodePoolName, synthesizedNodePoolName); undefined: the file creates none
 * @throws Error naming applyNodePoolRecommendations when the file is not YAML
 * @example
 * const text = readFileSync('stacks/platform.yaml', 'utf8');
 * applyNodePoolRecommendations(text, recs, platformNodePoolName(text)).applied;
 * // [{ endpoint: 'acme-mlops-oke-pool', field: 'nodeOcpus', from: 2, to: 1 }]
 */
export function applyNodePoolRecommendations(text: string, recommendations: readonly Recommendation[], pool: string | undefined): NodePoolFileEdit {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(`applyNodePoolRecommendations: not YAML: ${doc.errors[0]!.message}`);
  const oke = doc.get('oke', true);
  const applied: NodePoolFileEdit['applied'][number][] = [];
  const skipped: NodePoolFileEdit['skipped'][number][] = [];
  const edits: TextEdit[] = [];
  for (const rec of recommendations) {
    if (rec.kind !== 'node-pool' || !rec.changes.length) continue;
    if (rec.endpoint !== pool) {
      skipped.push({ endpoint: rec.endpoint, reason: pool ? `not the pool this file creates (${pool})` : 'this file creates no OKE node pool' });
      continue;
    }
    if (!isMap(oke)) {
      skipped.push({ endpoint: rec.endpoint, reason: 'the file has no oke: block' });
      continue;
    }
    if (oke.get('nodeType') !== 'managed') {
      skipped.push({ endpoint: rec.endpoint, reason: 'oke.nodeType is not managed in the file (virtual is the default): the file no longer defines this pool' });
      continue;
    }
    const set = (field: string, from: number, to: number) => {
      try {
        edits.push(yamlFieldEdit(text, oke, field, to, 'the oke: block'));
      } catch (err) {
        throw new Error(`applyNodePoolRecommendations: ${(err as Error).message}`);
      }
      applied.push({ endpoint: rec.endpoint, field, from, to });
    };
    for (const change of rec.changes) {
      if (!(OKE_SIZE_FIELDS as readonly string[]).includes(change.field)) {
        skipped.push({ endpoint: rec.endpoint, field: change.field, reason: `oke: has no ${change.field} field (it has ${OKE_SIZE_FIELDS.join(', ')}): set it by hand` });
        continue;
      }
      set(change.field, change.from, change.to);
      const max = oke.get('maxNodes');
      const maxNodes = typeof max === 'number' ? max : DEFAULT_MAX_NODES;
      if (change.field === 'minNodes' && change.to > maxNodes) set('maxNodes', maxNodes, change.to);
    }
  }
  return { text: applyTextEdits(text, edits), pool, applied, skipped };
}
