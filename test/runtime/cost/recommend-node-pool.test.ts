import { PRICE_TABLE, type PriceId } from '../../../runtime/cost/price-table';
import { type NodePoolSize, type NodeSeries, recommendNodePool } from '../../../runtime/cost/recommend-node-pool';
import { DEFAULT_THRESHOLDS } from '../../../runtime/cost/resize-by-utilization';

const HOURS = 14 * 24;
const prices = new Map(PRICE_TABLE.map((p) => [p.id as PriceId, p]));
const opts = { thresholds: DEFAULT_THRESHOLDS, prices, expectedPoints: HOURS, minCoverage: 0.7 };

/** An hourly series over the 14-day window: value(hour), or null for an hour with no datapoint. */
function hourly(value: (h: number) => number | null): NodeSeries {
  const hours = Array.from({ length: HOURS }, (_, h) => h).filter((h) => value(h) !== null);
  return { timestamps: Float64Array.from(hours, (h) => h * 3_600_000), values: Float64Array.from(hours, (h) => value(h)!) };
}
const nodes = (...series: NodeSeries[]) => new Map(series.map((s, i) => [`ocid1.instance.oc1..n${i}`, s]));
const pool = (over: Partial<NodePoolSize> & { count?: number } = {}): NodePoolSize => {
  const count = over.count ?? 2;
  return { name: 'acme-mlops-oke-pool', type: 'managed', shape: 'VM.Standard.E4.Flex', ocpus: 2, memoryGb: 16, size: count, nodeIds: Array.from({ length: count }, (_, i) => `ocid1.instance.oc1..n${i}`), ...over };
};
const monthly = (n: number, ocpus: number, gb: number) => n * 730 * (ocpus * 0.025 + gb * 0.0015);

test('flat low usage: smaller nodes from the busiest node\'s p95, count kept where memory needs it', () => {
  const rec = recommendNodePool(pool(), nodes(hourly((h) => 6 + (h % 3)), hourly(() => 5)), nodes(hourly(() => 12.5), hourly(() => 10)), opts);
  // Busiest node: CPU p95 8% of 2 OCPUs -> 1; memory 12.5% of 16 GB -> 4 GB. The pool's memory on 4 GB nodes is 45%: 2 nodes stay.
  expect(rec).toMatchObject({ kind: 'node-pool', status: 'resize', changes: [{ field: 'nodeOcpus', from: 2, to: 1 }, { field: 'nodeMemoryGb', from: 16, to: 4 }] });
  expect(rec.monthlySaving).toBeCloseTo(monthly(2, 2, 16) - monthly(2, 1, 4), 6);
  expect(rec.evidence.CpuUtilization).toMatchObject({ status: 'ok', p95: 8, points: HOURS });
  expect(rec.evidence.PoolCpuUtilization).toMatchObject({ status: 'ok', p95: 6.5 });
});

test('saturated: bigger nodes, mid-band, and a negative saving', () => {
  const rec = recommendNodePool(pool(), nodes(hourly(() => 90), hourly(() => 90)), nodes(hourly(() => 85), hourly(() => 85)), opts);
  expect(rec).toMatchObject({ status: 'resize', changes: [{ field: 'nodeOcpus', from: 2, to: 4 }, { field: 'nodeMemoryGb', from: 16, to: 28 }] });
  expect(rec.monthlySaving).toBeCloseTo(monthly(2, 2, 16) - monthly(2, 4, 28), 6);
});

test('the node count comes from the pool\'s total load when the busiest node is inside the band', () => {
  // One node at 40%, three near idle: each node keeps its size, the load (0.46 node) fits on one node.
  const rec = recommendNodePool(pool({ count: 4 }), nodes(hourly(() => 40), ...[1, 2, 3].map(() => hourly(() => 2))), nodes(hourly(() => 40), ...[1, 2, 3].map(() => hourly(() => 2))), opts);
  expect(rec).toMatchObject({ status: 'resize', changes: [{ field: 'minNodes', from: 4, to: 1 }] });
  expect(rec.monthlySaving).toBeCloseTo(monthly(3, 2, 16), 6);
});

test('the node count is the larger of what CPU and memory need', () => {
  const rec = recommendNodePool(pool({ count: 4 }), nodes(hourly(() => 40), ...[1, 2, 3].map(() => hourly(() => 2))), nodes(hourly(() => 40), ...[1, 2, 3].map(() => hourly(() => 5))), opts);
  // CPU needs 1 node; memory (mean 13.75% of 4 nodes = 0.55 node) needs 2 at 50%.
  expect(rec.changes).toEqual([{ field: 'minNodes', from: 4, to: 2 }]);
});

test('inside the band nothing changes', () => {
  const rec = recommendNodePool(pool(), nodes(hourly(() => 50), hourly(() => 45)), nodes(hourly(() => 60), hourly(() => 55)), opts);
  expect(rec).toMatchObject({ status: 'keep', changes: [], monthlySaving: 0 });
});

test('gaps: too few hours gives "insufficient data" and no change', () => {
  const weekdayHours = (h: number) => (h % 24 >= 9 && h % 24 < 17 ? 50 : null);
  const rec = recommendNodePool(pool(), nodes(hourly(weekdayHours), hourly(weekdayHours)), nodes(hourly(weekdayHours), hourly(weekdayHours)), opts);
  expect(rec).toMatchObject({ status: 'insufficient data', changes: [], monthlySaving: 0, evidence: { CpuUtilization: { status: 'insufficient data' } } });
});

test('a node without metrics makes the pool "insufficient data" and is named in the notes', () => {
  const one = new Map([['ocid1.instance.oc1..n0', hourly(() => 5)]]);
  const rec = recommendNodePool(pool(), one, one, opts);
  expect(rec).toMatchObject({ status: 'insufficient data', changes: [] });
  expect(rec.notes).toEqual([
    'node ocid1.instance.oc1..n1 has no CpuUtilization datapoints: hours count only when every node reported',
    'node ocid1.instance.oc1..n1 has no MemoryUtilization datapoints: hours count only when every node reported',
  ]);
});

test('an hour counts only when every node reported it', () => {
  // n1 reports every other hour: 50% of the window, although n0 is complete.
  const rec = recommendNodePool(pool(), nodes(hourly(() => 5), hourly((h) => (h % 2 ? 5 : null))), nodes(hourly(() => 5), hourly(() => 5)), opts);
  expect(rec.status).toBe('insufficient data');
  expect(rec.evidence.PoolCpuUtilization).toMatchObject({ status: 'insufficient data', points: HOURS / 2 });
});

test('a virtual node pool is reported, not judged: it has no instance metrics', () => {
  const rec = recommendNodePool({ name: 'acme-mlops-oke-virtual', type: 'virtual', shape: 'Pod.Standard.E4.Flex', size: 2, nodeIds: [] }, new Map(), new Map(), opts);
  expect(rec).toMatchObject({ status: 'insufficient data', changes: [], evidence: {} });
  expect(rec.notes[0]).toMatch(/^virtual node pool: virtual nodes are not compute instances and publish no oci_computeagent metrics/);
});

test('a pool without nodes is "insufficient data"', () => {
  const rec = recommendNodePool(pool({ count: 0, size: 2 }), new Map(), new Map(), opts);
  expect(rec).toMatchObject({ status: 'insufficient data', notes: ['the pool has no nodes now: nothing to read metrics of'] });
});

test('a fixed shape: only the node count is judged, and no saving is priced', () => {
  const rec = recommendNodePool(pool({ shape: 'VM.Standard2.2', ocpus: undefined, memoryGb: undefined, count: 3 }), nodes(...[0, 1, 2].map(() => hourly(() => 5))), nodes(...[0, 1, 2].map(() => hourly(() => 5))), opts);
  expect(rec).toMatchObject({ status: 'resize', changes: [{ field: 'minNodes', from: 3, to: 1 }], monthlySaving: 0 });
  expect(rec.notes).toEqual(['fixed shape VM.Standard2.2: node OCPUs and memory not judged, only the node count', 'saving not computed: the table prices flexible shapes per OCPU and GB']);
});

test('a shape with no price in the table: changes recommended, saving not computed', () => {
  const rec = recommendNodePool(pool({ shape: 'VM.Standard3.Flex' }), nodes(hourly(() => 90), hourly(() => 90)), nodes(hourly(() => 50), hourly(() => 50)), opts);
  expect(rec).toMatchObject({ status: 'resize', changes: [{ field: 'nodeOcpus', from: 2, to: 4 }], monthlySaving: 0, notes: ['shape VM.Standard3.Flex has no price in the table: saving not computed'] });
});

test('node OCPUs stop at 64 and memory stays within 64 GB per OCPU', () => {
  const big = recommendNodePool(pool({ ocpus: 40, memoryGb: 400 }), nodes(hourly(() => 100), hourly(() => 100)), nodes(hourly(() => 50), hourly(() => 50)), opts);
  expect(big.changes).toContainEqual({ field: 'nodeOcpus', from: 40, to: 64 });
  const small = recommendNodePool(pool({ memoryGb: 100 }), nodes(hourly(() => 5), hourly(() => 5)), nodes(hourly(() => 90), hourly(() => 90)), opts);
  // 90% of 100 GB wants 180 GB; on the 1 OCPU node CPU asks for, 64 GB at most.
  expect(small.changes).toContainEqual({ field: 'nodeMemoryGb', from: 100, to: 64 });
});
