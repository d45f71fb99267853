import { type Recommendation } from '../recommendation';
import { recommendNodePool, type NodeSeries } from '../recommend-node-pool';
import { type CollectOptions } from './collect-recommendations';
import { fetchHourlySeries, type HourlySeries, maxPerHour, type MetricsReader } from './fetch-hourly-series';
import { listNodePools, type NodePoolReader } from './list-node-pools';

/** Series by instance OCID (`resourceId`); several streams of one instance: per-hour maximum. */
function byInstance(all: readonly HourlySeries[]): Map<string, NodeSeries> {
  const streams = new Map<string, HourlySeries[]>();
  for (const s of all) {
    const id = s.dimensions.resourceId;
    if (!id) continue;
    const mine = streams.get(id);
    if (mine) mine.push(s);
    else streams.set(id, [s]);
  }
  return new Map([...streams].map(([id, mine]) => [id, maxPerHour(mine)]));
}

/**
 * Lists the compartment's OKE node pools (Container Engine) and recommends a size for each from its
 * nodes' `oci_computeagent` CPU and memory utilization: one SummarizeMetricsData call per metric,
 * hourly over `days`, the streams matched to pools by instance OCID.
 *
 * @throws the SDK's error when Container Engine or Monitoring refuses a request
 * @example
 * await collectNodePoolRecommendations(new ContainerEngineClient(auth), new MonitoringClient(auth), opts);
 */
export async function collectNodePoolRecommendations(pools: NodePoolReader, metrics: MetricsReader, opts: CollectOptions): Promise<Recommendation[]> {
  const found = await listNodePools(pools, opts.compartmentId);
  if (!found.length) return [];
  const start = new Date(opts.now.getTime() - opts.days * 86_400_000);
  const fetch = async (query: string) =>
    found.some((p) => p.nodeIds.length)
      ? byInstance(await fetchHourlySeries(metrics, { compartmentId: opts.compartmentId, namespace: 'oci_computeagent', query, start, end: opts.now }))
      : new Map<string, NodeSeries>();
  const cpu = await fetch('CpuUtilization[1h].max()');
  const memory = await fetch('MemoryUtilization[1h].max()');
  const recommendOpts = { thresholds: opts.thresholds, prices: opts.prices, expectedPoints: opts.days * 24, minCoverage: opts.minCoverage };
  return found.map((pool) => recommendNodePool(pool, cpu, memory, recommendOpts));
}
