import { OKE_SIZE_FIELDS, applyNodePoolRecommendations } from '../../../runtime/cost/apply-node-pool-recommendations';
import { type Recommendation, type RecommendedChange } from '../../../runtime/cost/recommendation';
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

test('every field it writes is a field of the oke: block', () => {
  expect(Object.keys(okeSchema.shape)).toEqual(expect.arrayContaining([...OKE_SIZE_FIELDS]));
});

test('replaces values in place and adds a missing one to the oke: block, comments kept', () => {
  const { text, applied, pool } = applyNodePoolRecommendations(FILE, [rec('acme-mlops-oke-pool', { field: 'nodeOcpus', from: 2, to: 1 }, { field: 'nodeMemoryGb', from: 16, to: 4 }, { field: 'minNodes', from: 2, to: 3 })]);
  expect(pool).toBe('acme-mlops-oke-pool');
  expect(text).toBe(FILE.replace('nodeOcpus: 2', 'nodeOcpus: 1').replace('minNodes: 2', 'minNodes: 3').replace('  maxNodes: 6\n', '  maxNodes: 6\n  nodeMemoryGb: 4\n'));
  expect(applied.map((a) => a.field)).toEqual(['nodeOcpus', 'nodeMemoryGb', 'minNodes']);
});

test('a minNodes above maxNodes raises maxNodes with it (default 5 when the file has none)', () => {
  const { text, applied } = applyNodePoolRecommendations(FILE.replace('  maxNodes: 6\n', ''), [rec('acme-mlops-oke-pool', { field: 'minNodes', from: 2, to: 7 })]);
  expect(text).toBe(FILE.replace('minNodes: 2', 'minNodes: 7').replace('maxNodes: 6', 'maxNodes: 7'));
  expect(applied).toEqual([
    { endpoint: 'acme-mlops-oke-pool', field: 'minNodes', from: 2, to: 7 },
    { endpoint: 'acme-mlops-oke-pool', field: 'maxNodes', from: 5, to: 7 },
  ]);
});

test('other pools, fields the block does not have, and a file without oke: are reported, not written', () => {
  const other = applyNodePoolRecommendations(FILE, [rec('acme-mlops-team-a-oke-pool', { field: 'minNodes', from: 2, to: 1 }), rec('acme-mlops-oke-pool', { field: 'bootVolumeGb', from: 50, to: 60 })]);
  expect(other.text).toBe(FILE);
  expect(other.skipped).toEqual([
    { endpoint: 'acme-mlops-team-a-oke-pool', reason: 'not the platform\'s pool (acme-mlops-oke-pool)' },
    { endpoint: 'acme-mlops-oke-pool', field: 'bootVolumeGb', reason: 'oke: has no bootVolumeGb field (it has nodeOcpus, nodeMemoryGb, minNodes, maxNodes): set it by hand' },
  ]);
  const none = applyNodePoolRecommendations('name: acme-mlops\n', [rec('acme-mlops-oke-pool', { field: 'minNodes', from: 2, to: 1 })]);
  expect(none.skipped).toEqual([{ endpoint: 'acme-mlops-oke-pool', reason: 'the platform file has no oke: block' }]);
  const virtual = applyNodePoolRecommendations(FILE.replace('nodeType: managed', 'nodeType: virtual'), [rec('acme-mlops-oke-pool', { field: 'minNodes', from: 2, to: 1 })]);
  expect(virtual).toMatchObject({ text: FILE.replace('nodeType: managed', 'nodeType: virtual'), skipped: [{ reason: 'oke.nodeType is not managed in the file (virtual is the default): the file no longer defines this pool' }] });
});

test('fails on a flow-style oke: block that lacks the field rather than rewrite it', () => {
  expect(() => applyNodePoolRecommendations('name: p\noke: { nodeType: managed }\n', [rec('p-oke-pool', { field: 'nodeOcpus', from: 2, to: 1 })]))
    .toThrow('applyNodePoolRecommendations: cannot add nodeOcpus to the oke: block (a flow map or an empty one): set it by hand');
});

test('fails on a file without a name', () => {
  expect(() => applyNodePoolRecommendations('oke: {}\n', [])).toThrow('applyNodePoolRecommendations: the platform file has no name (name: ...), so its node pool cannot be known');
});

test('fails on a file that is not YAML', () => {
  expect(() => applyNodePoolRecommendations('name: [a\n', [])).toThrow(/^applyNodePoolRecommendations: not YAML: /);
});
