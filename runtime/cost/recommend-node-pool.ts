import { flexShapePrices } from './flex-shape-prices';
import { type PriceEntry, type PriceId } from './price-table';
import { HOURS_PER_MONTH } from './pricing-context';
import { type Recommendation, type RecommendedChange } from './recommendation';
import { resizeByUtilization, resizeFlexMemory, type ScalingThresholds } from './resize-by-utilization';
import { roundCost } from './round-cost';
import { summarizeUtilization, type UtilizationSummary } from './summarize-utilization';

/** An OKE node pool as Container Engine reports it (ListNodePools, GetNodePool). */
export interface NodePoolSize {
  /** Pool name (`acme-mlops-oke-pool`). */
  readonly name: string;
  /** `virtual`: a virtual node pool (no compute instances, no instance metrics). */
  readonly type: 'managed' | 'virtual';
  readonly shape: string;
  /** OCPUs per node; undefined for a fixed shape (no shape config). */
  readonly ocpus?: number;
  /** Memory per node in GB; undefined for a fixed shape. */
  readonly memoryGb?: number;
  /** Nodes the pool is configured to keep (`nodeConfigDetails.size`; the config's `minNodes`). */
  readonly size: number;
  /** Instance OCIDs of the pool's nodes now: the `resourceId` of their `oci_computeagent` metrics. */
  readonly nodeIds: readonly string[];
}

/** One node's hourly series of one metric (percent of the node), by hour timestamp (ms). */
export interface NodeSeries {
  readonly timestamps: Float64Array;
  readonly values: Float64Array;
}

export interface NodePoolRecommendOptions {
  readonly thresholds: ScalingThresholds;
  readonly prices: ReadonlyMap<PriceId, PriceEntry>;
  /** Hours in the window. */
  readonly expectedPoints: number;
  /** Share of the window's hours that must have datapoints (see summarizeUtilization). */
  readonly minCoverage: number;
}

/** Largest flexible node the config allows (okeSchema: nodeOcpus 1-64, nodeMemoryGb 1-1024). */
const MAX_OCPUS = 64;
const MAX_MEMORY_GB = 1024;
const MAX_NODES = 1000;

/**
 * Per hour, the maximum and the sum over the pool's nodes of one metric, keeping only the hours
 * that every node reported: an hour with a node missing would understate the pool's load.
 */
function acrossNodes(pool: NodePoolSize, byNode: ReadonlyMap<string, NodeSeries>): { max: Float64Array; mean: Float64Array; missing: string[] } {
  const hours = new Map<number, { count: number; max: number; sum: number }>();
  const missing: string[] = [];
  for (const id of pool.nodeIds) {
    const s = byNode.get(id);
    if (!s?.values.length) missing.push(id);
    s?.timestamps.forEach((t, i) => {
      const v = s.values[i]!;
      if (!Number.isFinite(v)) return;
      const h = hours.get(t) ?? { count: 0, max: -Infinity, sum: 0 };
      hours.set(t, { count: h.count + 1, max: Math.max(h.max, v), sum: h.sum + v });
    });
  }
  const full = [...hours.values()].filter((h) => h.count === pool.nodeIds.length);
  return { max: Float64Array.from(full, (h) => h.max), mean: Float64Array.from(full, (h) => h.sum / pool.nodeIds.length), missing };
}

/**
 * Right-sizes an OKE node pool from its nodes' hourly `CpuUtilization` and `MemoryUtilization`
 * (`oci_computeagent`, percent of each node). Node OCPUs come from the 95th percentile of the
 * per-hour maximum across nodes (the busiest node must fit), node memory likewise (kept within
 * 1-64 GB per OCPU). The node count comes from the pool's total load (per hour, the sum over nodes),
 * at the 95th percentile, sized on the recommended node so the load sits mid-band; the count is the
 * larger of what CPU and memory need. Each value changes only outside the thresholds. An hour
 * counts only when every node reported it, so a node without metrics gives "insufficient data".
 * Virtual node pools have no instance metrics: they are reported, not judged.
 *
 * @param cpu - hourly `CpuUtilization` max per node, by instance OCID
 * @param memory - hourly `MemoryUtilization` max per node, by instance OCID
 * @example
 * recommendNodePool(pool, cpuByNode, memoryByNode, { thresholds: DEFAULT_THRESHOLDS, prices, expectedPoints: 336, minCoverage: 0.7 }).changes;
 * // [{ field: 'nodeOcpus', from: 2, to: 1 }, { field: 'minNodes', from: 3, to: 1 }]
 */
export function recommendNodePool(
  pool: NodePoolSize,
  cpu: ReadonlyMap<string, NodeSeries>,
  memory: ReadonlyMap<string, NodeSeries>,
  opts: NodePoolRecommendOptions,
): Recommendation {
  const insufficient = (evidence: Record<string, UtilizationSummary>, notes: string[]): Recommendation =>
    ({ endpoint: pool.name, kind: 'node-pool', status: 'insufficient data', changes: [], monthlySaving: 0, evidence, notes });
  if (pool.type === 'virtual') {
    return insufficient({}, ['virtual node pool: virtual nodes are not compute instances and publish no oci_computeagent metrics, so the pool is not judged; size the pods\' CPU and memory requests instead']);
  }
  if (!pool.nodeIds.length) return insufficient({}, ['the pool has no nodes now: nothing to read metrics of']);
  const summarize = (values: Float64Array) => summarizeUtilization(values, { expectedPoints: opts.expectedPoints, minCoverage: opts.minCoverage });
  const c = acrossNodes(pool, cpu);
  const m = acrossNodes(pool, memory);
  const evidence = { CpuUtilization: summarize(c.max), MemoryUtilization: summarize(m.max), PoolCpuUtilization: summarize(c.mean), PoolMemoryUtilization: summarize(m.mean) };
  const notes = [
    ...c.missing.map((id) => `node ${id} has no CpuUtilization datapoints: hours count only when every node reported`),
    ...m.missing.map((id) => `node ${id} has no MemoryUtilization datapoints: hours count only when every node reported`),
  ];
  const { CpuUtilization: nodeCpu, MemoryUtilization: nodeMemory, PoolCpuUtilization: poolCpu, PoolMemoryUtilization: poolMemory } = evidence;
  if (nodeCpu.status !== 'ok' || nodeMemory.status !== 'ok' || poolCpu.status !== 'ok' || poolMemory.status !== 'ok') return insufficient(evidence, notes);

  const { thresholds } = opts;
  const flexible = pool.ocpus !== undefined && pool.memoryGb !== undefined;
  if (!flexible) notes.push(`fixed shape ${pool.shape}: node OCPUs and memory not judged, only the node count`);
  const ocpus = flexible ? Math.min(MAX_OCPUS, resizeByUtilization(pool.ocpus!, nodeCpu.p95, thresholds, 1)) : undefined;
  const memoryGb = flexible
    ? Math.min(MAX_MEMORY_GB, resizeFlexMemory(pool.memoryGb!, nodeMemory.p95, thresholds, ocpus!))
    : undefined;
  // The pool's load in today's nodes (mean utilization x nodes now), restated on the recommended node.
  const n = pool.nodeIds.length;
  const onNewNode = (meanP95: number, from: number | undefined, to: number | undefined) => (meanP95 * n * (from !== undefined && to ? from / to : 1)) / pool.size;
  const nodesFor = (utilization: number) => Math.min(MAX_NODES, resizeByUtilization(pool.size, utilization, thresholds, 1));
  const nodes = Math.max(nodesFor(onNewNode(poolCpu.p95, pool.ocpus, ocpus)), nodesFor(onNewNode(poolMemory.p95, pool.memoryGb, memoryGb)));

  const changes: RecommendedChange[] = [];
  const push = (field: string, from: number | undefined, to: number | undefined) => {
    if (from !== undefined && to !== undefined && from !== to) changes.push({ field, from, to });
  };
  push('nodeOcpus', pool.ocpus, ocpus);
  push('nodeMemoryGb', pool.memoryGb, memoryGb);
  push('minNodes', pool.size, nodes);
  const rates = flexible ? flexShapePrices(pool.shape) : undefined;
  if (flexible && !rates) notes.push(`shape ${pool.shape} has no price in the table: saving not computed`);
  if (!flexible) notes.push('saving not computed: the table prices flexible shapes per OCPU and GB');
  const monthly = (o: number, g: number, count: number) =>
    rates ? count * HOURS_PER_MONTH * (o * opts.prices.get(rates.ocpu)!.listPrice + g * opts.prices.get(rates.memory)!.listPrice) : 0;
  return {
    endpoint: pool.name,
    kind: 'node-pool',
    status: changes.length ? 'resize' : 'keep',
    changes,
    monthlySaving: rates ? roundCost(monthly(pool.ocpus!, pool.memoryGb!, pool.size) - monthly(ocpus!, memoryGb!, nodes)) : 0,
    evidence,
    notes,
  };
}
