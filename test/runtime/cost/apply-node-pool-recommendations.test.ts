import { OKE_SIZE_FIELDS, applyNodePoolRecommendations } from '../../../runtime/cost/apply-node-pool-recommendations';
import { platformNodePoolName } from '../../../runtime/cost/platform-node-pool-name';
import { type Recommendation, type RecommendedChange } from '../../../runtime/cost/recommendation';
import { synthesizedNodePoolName } from '../../../runtime/cost/synthesized-node-pool-name';
import { okeSchema } from '../../../lib/config/common-schemas';

const rec = (endpoint: string, ...changes: RecommendedChange[]): Recommendation =>
  ({ endpoint, kind: 'node-pool', status: 'resize', changes, monthlySaving: 0, evidence: {}, notes: [] });

const FILE = `name: acme-mlops # platform
oke:
  nodeType: managed   # VMs
  nodeOcpus: 2
  minNodes: 2
  maxNodes: 6
modelNames: [a, b]
`;
const POOL = 'acme-mlops-oke-pool';

test('every field it writes is a field of the oke: block', () => {
  expect(Object.keys(okeSchema.shape)).toEqual(expect.arrayContaining([...OKE_SIZE_FIELDS]));
});

test('replaces values in place and adds a missing one to the oke: block, comments kept', () => {
  const { text, applied, pool } = applyNodePoolRecommendations(FILE, [rec(POOL, { field: 'nodeOcpus', from: 2, to: 1 }, { field: 'nodeMemoryGb', from: 16, to: 4 }, { field: 'minNodes', from: 2, to: 3 })], POOL);
  expect(pool).toBe(POOL);
  expect(text).toBe(FILE.replace('nodeOcpus: 2', 'nodeOcpus: 1').replace('minNodes: 2', 'minNodes: 3').replace('  maxNodes: 6\n', '  maxNodes: 6\n  nodeMemoryGb: 4\n'));
  expect(applied.map((a) => a.field)).toEqual(['nodeOcpus', 'nodeMemoryGb', 'minNodes']);
});

test('a minNodes above maxNodes raises maxNodes with it (default 5 when the file has none)', () => {
  const { text, applied } = applyNodePoolRecommendations(FILE.replace('  maxNodes: 6\n', ''), [rec(POOL, { field: 'minNodes', from: 2, to: 7 })], POOL);
  expect(text).toBe(FILE.replace('minNodes: 2', 'minNodes: 7').replace('maxNodes: 6', 'maxNodes: 7'));
  expect(applied).toEqual([
    { endpoint: POOL, field: 'minNodes', from: 2, to: 7 },
    { endpoint: POOL, field: 'maxNodes', from: 5, to: 7 },
  ]);
});

test('other pools, fields the block does not have, a virtual block and a file without oke: are reported, not written', () => {
  const other = applyNodePoolRecommendations(FILE, [rec('acme-mlops-team-a-oke-pool', { field: 'minNodes', from: 2, to: 1 }), rec(POOL, { field: 'bootVolumeGb', from: 50, to: 60 })], POOL);
  expect(other.text).toBe(FILE);
  expect(other.skipped).toEqual([
    { endpoint: 'acme-mlops-team-a-oke-pool', reason: 'not the pool this file creates (acme-mlops-oke-pool)' },
    { endpoint: POOL, field: 'bootVolumeGb', reason: 'oke: has no bootVolumeGb field (it has nodeOcpus, nodeMemoryGb, minNodes, maxNodes): set it by hand' },
  ]);
  const none = applyNodePoolRecommendations('name: acme-mlops\n', [rec(POOL, { field: 'minNodes', from: 2, to: 1 })], POOL);
  expect(none.skipped).toEqual([{ endpoint: POOL, reason: 'the file has no oke: block' }]);
  const virtual = applyNodePoolRecommendations(FILE.replace('nodeType: managed', 'nodeType: virtual'), [rec(POOL, { field: 'minNodes', from: 2, to: 1 })], POOL);
  expect(virtual).toMatchObject({ text: FILE.replace('nodeType: managed', 'nodeType: virtual'), skipped: [{ reason: 'oke.nodeType is not managed in the file (virtual is the default): the file no longer defines this pool' }] });
  const noPool = applyNodePoolRecommendations(FILE, [rec(POOL, { field: 'minNodes', from: 2, to: 1 })], undefined);
  expect(noPool).toMatchObject({ text: FILE, skipped: [{ endpoint: POOL, reason: 'this file creates no OKE node pool' }] });
});

test('fails on a flow-style oke: block that lacks the field rather than rewrite it', () => {
  expect(() => applyNodePoolRecommendations('name: p\noke: { nodeType: managed }\n', [rec('p-oke-pool', { field: 'nodeOcpus', from: 2, to: 1 })], 'p-oke-pool'))
    .toThrow('applyNodePoolRecommendations: cannot add nodeOcpus to the oke: block (a flow map or an empty one): set it by hand');
});

test('fails on a file that is not YAML', () => {
  expect(() => applyNodePoolRecommendations('name: [a\n', [], POOL)).toThrow(/^applyNodePoolRecommendations: not YAML: /);
});

test('the platform file\'s pool is <name>-oke-pool; a file without a name fails', () => {
  expect(platformNodePoolName(FILE)).toBe(POOL);
  expect(() => platformNodePoolName('oke: {}\n')).toThrow('platformNodePoolName: the platform file has no name (name: ...), so its node pool cannot be known');
  expect(() => platformNodePoolName('name: [a\n')).toThrow(/^platformNodePoolName: not YAML: /);
});

test('a team stack\'s pool is the name of its synthesized oci_containerengine_node_pool; none without one', () => {
  const stack = { stack: 'team-recs', resources: [{ type: 'oci_containerengine_node_pool', name: 'Team_Oke_NodePool_1', config: { name: 'acme-mlops-recs-oke-pool' } }] };
  expect(synthesizedNodePoolName(stack)).toBe('acme-mlops-recs-oke-pool');
  expect(synthesizedNodePoolName({ stack: 'team-recs', resources: [{ type: 'oci_containerengine_virtual_node_pool', name: 'V', config: { display_name: 'x' } }] })).toBeUndefined();
});
