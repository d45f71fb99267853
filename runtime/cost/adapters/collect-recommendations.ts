import { type PriceEntry, type PriceId } from '../price-table';
import { type Recommendation } from '../recommendation';
import { recommendComputeSize } from '../recommend-compute-size';
import { recommendFunction } from '../recommend-function';
import { type ScalingThresholds } from '../resize-by-utilization';
import { type RightsizingCandidates } from '../rightsizing-candidates';
import { summarizeUtilization } from '../summarize-utilization';
import { fetchHourlySeries, type HourlySeries, maxPerHour, type MetricsReader, seriesResource } from './fetch-hourly-series';
import { fetchFunctionMemoryUsed } from './fetch-function-memory-used';
import { monthlyExecutionSeconds } from './monthly-execution-seconds';

export interface CollectOptions {
  readonly compartmentId: string;
  /** Window length in days, ending at `now`. */
  readonly days: number;
  readonly now: Date;
  readonly thresholds: ScalingThresholds;
  readonly prices: ReadonlyMap<PriceId, PriceEntry>;
  /** Share of the window's hours that must have datapoints (see summarizeUtilization). */
  readonly minCoverage: number;
}

const NAMESPACES = { 'model-deployment': 'oci_datascience_modeldeploy', 'container-instance': 'oci_computecontainerinstance' } as const;

/** The series of one resource: matched by display name, then name, then OCID. */
function seriesOf(all: readonly HourlySeries[], name: string): Float64Array {
  const mine = all.filter((s) => seriesResource(s) === name);
  return mine.length <= 1 ? (mine[0]?.values ?? new Float64Array(0)) : maxPerHour(mine).values;
}

/**
 * Reads the usage metrics of every candidate from OCI Monitoring (one SummarizeMetricsData call
 * per metric and namespace, hourly, over `days`) and recommends a size for each.
 *
 * @throws the SDK's error when Monitoring refuses a request
 * @example
 * await collectRecommendations(new MonitoringClient({ authenticationDetailsProvider }), candidates, opts);
 */
export async function collectRecommendations(client: MetricsReader, candidates: RightsizingCandidates, opts: CollectOptions): Promise<Recommendation[]> {
  const start = new Date(opts.now.getTime() - opts.days * 86_400_000);
  const fetch = (namespace: string, query: string) => fetchHourlySeries(client, { compartmentId: opts.compartmentId, namespace, query, start, end: opts.now });
  const summarize = (values: Float64Array) => summarizeUtilization(values, { expectedPoints: opts.days * 24, minCoverage: opts.minCoverage });
  const out: Recommendation[] = [];
  for (const kind of ['model-deployment', 'container-instance'] as const) {
    const sizes = candidates.compute.filter((c) => c.kind === kind);
    if (!sizes.length) continue;
    const [cpu, memory] = [await fetch(NAMESPACES[kind], 'CpuUtilization[1h].max()'), await fetch(NAMESPACES[kind], 'MemoryUtilization[1h].max()')];
    for (const size of sizes) {
      out.push(recommendComputeSize(size, { cpu: summarize(seriesOf(cpu, size.endpoint)), memory: summarize(seriesOf(memory, size.endpoint)) }, opts.thresholds, opts.prices));
    }
  }
  if (candidates.functions.length) {
    const allocated = await fetch('oci_faas', 'AllocatedTotalConcurrency[1h].max()');
    const invocations = await fetch('oci_faas', 'FunctionInvocationCount[1h].sum()');
    const duration = await fetch('oci_faas', 'FunctionExecutionDuration[1h].mean()');
    // oci_faas has only the memory allocated: our functions post the memory they use, where their custom metrics go.
    const memoryUsed = await fetchFunctionMemoryUsed(client, candidates.functions, { compartmentId: opts.compartmentId, start, end: opts.now });
    for (const f of candidates.functions) {
      // AllocatedTotalConcurrency is memory (MB) held by concurrent executions: divided by the function's memory, executions.
      const concurrency = seriesOf(allocated, f.endpoint).map((mb) => mb / f.memoryMib);
      out.push(recommendFunction(f, {
        concurrency: summarize(concurrency), memoryUsed: summarize(seriesOf(memoryUsed.get(f.metricsCompartmentId ?? opts.compartmentId)!, f.endpoint)),
        invocations: summarize(seriesOf(invocations, f.endpoint)), duration: summarize(seriesOf(duration, f.endpoint)),
        executionSecondsPerMonth: monthlyExecutionSeconds(invocations, duration, f.endpoint, opts.days * 24),
      }, opts.thresholds, opts.prices));
    }
  }
  return out;
}
