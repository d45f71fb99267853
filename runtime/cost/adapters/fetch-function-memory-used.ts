import { FUNCTION_MEMORY_METRIC } from '../../contract/metrics';
import { type FunctionSize } from '../recommend-function';
import { fetchHourlySeries, type HourlySeries, type MetricsReader } from './fetch-hourly-series';

/**
 * Reads `FunctionMemoryUsedMb` hourly maxima for the functions judged: one SummarizeMetricsData call
 * per namespace our functions post it in (`mlops_inference`, `mlops_drift`) and per compartment they
 * post to (each function's `metricsCompartmentId`, else `compartmentId`).
 *
 * @returns the series by compartment OCID
 * @throws the SDK's error when Monitoring refuses a request
 * @example
 * (await fetchFunctionMemoryUsed(client, candidates.functions, { compartmentId, start, end })).get(compartmentId);
 */
export async function fetchFunctionMemoryUsed(
  client: MetricsReader,
  functions: readonly FunctionSize[],
  opts: { readonly compartmentId: string; readonly start: Date; readonly end: Date },
): Promise<ReadonlyMap<string, HourlySeries[]>> {
  const compartments = [...new Set(functions.map((f) => f.metricsCompartmentId ?? opts.compartmentId))];
  const query = `${FUNCTION_MEMORY_METRIC.name}[1h].max()`;
  const out = new Map<string, HourlySeries[]>();
  for (const compartmentId of compartments) {
    const series = await Promise.all(FUNCTION_MEMORY_METRIC.namespaces.map((namespace) => fetchHourlySeries(client, { ...opts, compartmentId, namespace, query })));
    out.set(compartmentId, series.flat());
  }
  return out;
}
