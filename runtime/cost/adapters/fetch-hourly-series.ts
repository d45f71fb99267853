import { type requests, type responses } from 'oci-monitoring';

/** The one MonitoringClient operation right-sizing reads (a real `MonitoringClient` fits). */
export interface MetricsReader {
  summarizeMetricsData(request: requests.SummarizeMetricsDataRequest): Promise<responses.SummarizeMetricsDataResponse>;
}

/** One metric stream: its dimensions and its hourly values. */
export interface HourlySeries {
  readonly dimensions: Readonly<Record<string, string>>;
  readonly timestamps: Float64Array;
  readonly values: Float64Array;
}

/** The resource a series belongs to: its display name, else its name, else its OCID. */
export function seriesResource(s: HourlySeries): string | undefined {
  return s.dimensions.resourceDisplayName ?? s.dimensions.resourceName ?? s.dimensions.resourceId;
}

/** Several streams of one resource (one per extra dimension) as one: the per-hour maximum, hours in first-seen order. */
export function maxPerHour(streams: readonly HourlySeries[]): { readonly timestamps: Float64Array; readonly values: Float64Array } {
  const byHour = new Map<number, number>();
  for (const s of streams) s.timestamps.forEach((t, i) => byHour.set(t, Math.max(byHour.get(t) ?? -Infinity, s.values[i]!)));
  return { timestamps: Float64Array.from(byHour.keys()), values: Float64Array.from(byHour.values()) };
}

/**
 * Runs one Monitoring query (`CpuUtilization[1h].max()`) over a window with SummarizeMetricsData
 * and returns one series per dimension set (one per resource), values as typed arrays.
 *
 * @param query - MQL with a 1h interval
 * @throws the SDK's error when Monitoring refuses the request
 * @example
 * await fetchHourlySeries(client, { compartmentId, namespace: 'oci_faas', query: 'FunctionInvocationCount[1h].sum()', start, end });
 */
export async function fetchHourlySeries(
  client: MetricsReader,
  opts: { readonly compartmentId: string; readonly namespace: string; readonly query: string; readonly start: Date; readonly end: Date },
): Promise<HourlySeries[]> {
  const res = await client.summarizeMetricsData({
    compartmentId: opts.compartmentId,
    summarizeMetricsDataDetails: { namespace: opts.namespace, query: opts.query, startTime: opts.start, endTime: opts.end, resolution: '1h' },
  });
  return res.items.map((m) => ({
    dimensions: m.dimensions,
    timestamps: Float64Array.from(m.aggregatedDatapoints, (d) => new Date(d.timestamp).getTime()),
    values: Float64Array.from(m.aggregatedDatapoints, (d) => d.value),
  }));
}
