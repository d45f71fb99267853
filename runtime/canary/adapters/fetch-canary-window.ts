import { type MonitoringClient } from 'oci-monitoring';
import { DRIFT_METRICS, INFERENCE_METRICS } from '../../contract/metrics';
import { mqlQuery } from '../../contract/mql-query';
import { type MetricPoint, type VersionWindowSeries } from '../types';

/** The one Monitoring operation the gate needs; a real `MonitoringClient` fits. */
export type SummarizeMetricsClient = Pick<MonitoringClient, 'summarizeMetricsData'>;

export interface CanaryWindowQuery {
  /** Compartment the custom metrics are posted in. */
  readonly compartmentId: string;
  /** `model_name` dimension of the inference metrics. */
  readonly modelName: string;
  /** `model_version` dimension of the inference metrics for this version. */
  readonly modelVersion: string;
  /** `model_id` dimension of the drift metrics for this version. */
  readonly modelId: string;
  /** Window length, minutes. */
  readonly windowMinutes: number;
  /** End of the window (exclusive). */
  readonly end: Date;
}

type Merge = 'sum' | 'max';

/** Merges datapoints of several streams by timestamp: counts add up, latencies and scores take the highest. */
function mergeStreams(streams: readonly (readonly MetricPoint[])[], merge: Merge): MetricPoint[] {
  const byTime = new Map<number, number>();
  for (const points of streams) {
    for (const p of points) {
      const t = p.timestamp.getTime();
      const prev = byTime.get(t);
      byTime.set(t, prev === undefined ? p.value : merge === 'sum' ? prev + p.value : Math.max(prev, p.value));
    }
  }
  return [...byTime.entries()].sort((a, b) => a[0] - b[0]).map(([t, value]) => ({ timestamp: new Date(t), value }));
}

/**
 * Reads one model version's metrics over a canary step's window from OCI Monitoring
 * (SummarizeMetricsData with MQL, one-minute aggregations): requests and errors summed over every
 * stream of the version (`.grouping().sum()`), p95 handler latency (`.grouping().percentile(0.95)`),
 * and the model-level drift score (`drift_score` of the version's `model_id` without a `feature`
 * dimension; per-feature streams are left out).
 *
 * @param client - a Monitoring client (or anything with `summarizeMetricsData`)
 * @param q - compartment, model name/version/id, window length and end
 * @returns the version's four series, datapoints in time order
 * @throws Error naming `fetchCanaryWindow`, the query and the OCI status when a call fails
 * @example
 * const stable = await fetchCanaryWindow(monitoringClient, {
 *   compartmentId, modelName: 'fraud', modelVersion: '7', modelId: 'ocid1.datasciencemodel.oc1..stable', windowMinutes: 10, end: new Date(),
 * });
 */
export async function fetchCanaryWindow(client: SummarizeMetricsClient, q: CanaryWindowQuery): Promise<VersionWindowSeries> {
  const startTime = new Date(q.end.getTime() - q.windowMinutes * 60_000);
  const run = async (namespace: string, query: string): Promise<{ dimensions: Record<string, string>; points: MetricPoint[] }[]> => {
    try {
      const res = await client.summarizeMetricsData({
        compartmentId: q.compartmentId,
        summarizeMetricsDataDetails: { namespace, query, startTime, endTime: q.end, resolution: '1m' },
      });
      return res.items.map((item) => ({
        dimensions: item.dimensions ?? {},
        points: item.aggregatedDatapoints.map((d) => ({ timestamp: new Date(d.timestamp), value: d.value })),
      }));
    } catch (err) {
      const e = err as { statusCode?: number; message?: string };
      throw new Error(`fetchCanaryWindow: SummarizeMetricsData ${namespace} "${query}" failed${e.statusCode ? ` with ${e.statusCode}` : ''}: ${e.message ?? String(err)}`);
    }
  };
  const version = { model_name: q.modelName, model_version: q.modelVersion };
  const inference = (metric: string, statistic: 'sum' | { percentile: number }) =>
    run(INFERENCE_METRICS.namespace, mqlQuery({ metric, intervalMinutes: 1, dimensions: version, grouping: true, statistic }));
  const names = INFERENCE_METRICS.names;
  const [requests, errors, latency, drift] = await Promise.all([
    inference(names.requests, 'sum'),
    inference(names.errors, 'sum'),
    inference(names.latencyMs, { percentile: 0.95 }),
    run(DRIFT_METRICS.namespace, mqlQuery({ metric: DRIFT_METRICS.names.driftScore, intervalMinutes: 1, dimensions: { model_id: q.modelId }, statistic: 'max' })),
  ]);
  const points = (items: { points: MetricPoint[] }[]) => items.map((i) => i.points);
  return {
    requests: mergeStreams(points(requests), 'sum'),
    errors: mergeStreams(points(errors), 'sum'),
    p95LatencyMs: mergeStreams(points(latency), 'max'),
    driftScore: mergeStreams(points(drift.filter((i) => !('feature' in i.dimensions))), 'max'),
  };
}
