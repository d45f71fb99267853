import { type MetricDatum } from './window-metrics';

/**
 * OCI Monitoring's PostMetricData limits this planner respects (API reference, "Per-call limits"
 * and MetricDataDetails): at most 50 unique metric streams per call, 1..20 dimensions per metric,
 * dimension keys of printable ASCII without spaces up to 256 characters, non-empty dimension values
 * up to 512 characters, metric names starting with a letter and holding only letters, digits,
 * `.`, `_`, `-` and `$`, and datapoint timestamps less than 2 hours old and less than 10 minutes
 * ahead. The documentation found states no datapoint or byte limit per call, so this project caps
 * both conservatively (`maxDatapointsPerStream`, `maxRequestBytes`).
 */
export const MONITORING_LIMITS = {
  maxStreamsPerRequest: 50,
  maxDimensions: 20,
  maxDimensionKeyLength: 256,
  maxDimensionValueLength: 512,
  maxNameLength: 255,
  maxAgeMs: 2 * 60 * 60 * 1000,
  maxFutureMs: 10 * 60 * 1000,
} as const;

export interface MetricPostPlanOptions {
  readonly namespace: string;
  readonly compartmentId: string;
  /** @default 50 (the service's limit) */
  readonly maxStreamsPerRequest?: number;
  /** @default 100 */
  readonly maxDatapointsPerStream?: number;
  /** @default 262144 (256 KiB of JSON) */
  readonly maxRequestBytes?: number;
}

/** One PostMetricData body (`metricData` as the SDK's `PostMetricDataDetails` takes it). */
export interface PlannedPost {
  readonly metricData: {
    namespace: string;
    compartmentId: string;
    name: string;
    dimensions: Record<string, string>;
    datapoints: { timestamp: Date; value: number }[];
  }[];
  /** The input data this post carries, in input order (to re-queue on failure). */
  readonly data: MetricDatum[];
}

const NAME = /^[A-Za-z][A-Za-z0-9._\-$]*$/;
const NAMESPACE = /^[A-Za-z][A-Za-z0-9_]*$/;
const DIM_KEY = /^[\x21-\x7e]+$/;

/**
 * Groups datapoints into PostMetricData requests within the service's limits: datapoints of the
 * same metric stream (name + dimensions) share one MetricDataDetails, at most
 * `maxStreamsPerRequest` streams and `maxDatapointsPerStream` datapoints per stream per request,
 * and a request's JSON stays under `maxRequestBytes`. Invalid datapoints (bad name, dimensions,
 * non-finite value, timestamp outside the accepted window) are returned separately with the reason.
 *
 * @param data - datapoints in the order they should go
 * @param options - namespace, compartment and caps
 * @param now - reference time for the timestamp window
 * @returns the requests and the invalid datapoints
 * @throws Error naming `planMetricPosts` when the namespace is not valid for custom metrics
 * @example
 * planMetricPosts([{ name: 'drift_score', dimensions: { model_id: 'm' }, value: 0.5, timestamp: new Date() }], { namespace: 'mlops_drift', compartmentId: 'ocid1.compartment.oc1..x' }, new Date());
 * // { posts: [{ metricData: [{ name: 'drift_score', datapoints: [{ value: 0.5, ... }], ... }], data: [...] }], invalid: [] }
 */
export function planMetricPosts(
  data: readonly MetricDatum[],
  options: MetricPostPlanOptions,
  now: Date,
): { posts: PlannedPost[]; invalid: { datum: MetricDatum; reason: string }[] } {
  if (!NAMESPACE.test(options.namespace) || /^(oci_|oracle_)/.test(options.namespace)) {
    throw new Error(`planMetricPosts: namespace must start with a letter, hold letters, digits and underscores, and not start with oci_ or oracle_; got "${options.namespace}"`);
  }
  const maxStreams = Math.min(options.maxStreamsPerRequest ?? MONITORING_LIMITS.maxStreamsPerRequest, MONITORING_LIMITS.maxStreamsPerRequest);
  const maxPoints = options.maxDatapointsPerStream ?? 100;
  const maxBytes = options.maxRequestBytes ?? 262144;
  const invalid: { datum: MetricDatum; reason: string }[] = [];
  const streams = new Map<string, MetricDatum[]>();
  for (const d of data) {
    const reason = invalidReason(d, now);
    if (reason) {
      invalid.push({ datum: d, reason });
      continue;
    }
    const key = `${d.name}\u0000${Object.keys(d.dimensions).sort().map((k) => `${k}=${d.dimensions[k]}`).join('\u0000')}`;
    let list = streams.get(key);
    if (!list) streams.set(key, (list = []));
    list.push(d);
  }
  const posts: PlannedPost[] = [];
  let current: PlannedPost = { metricData: [], data: [] };
  let bytes = 20;
  const flush = (): void => {
    if (current.metricData.length) posts.push(current);
    current = { metricData: [], data: [] };
    bytes = 20;
  };
  for (const list of streams.values()) {
    for (let i = 0; i < list.length; i += maxPoints) {
      const chunk = list.slice(i, i + maxPoints);
      const first = chunk[0]!;
      const entry = {
        namespace: options.namespace,
        compartmentId: options.compartmentId,
        name: first.name,
        dimensions: { ...first.dimensions },
        datapoints: chunk.map((d) => ({ timestamp: d.timestamp, value: d.value })),
      };
      const size = JSON.stringify(entry).length + 1;
      if (current.metricData.length >= maxStreams || (current.metricData.length > 0 && bytes + size > maxBytes)) flush();
      current.metricData.push(entry);
      current.data.push(...chunk);
      bytes += size;
    }
  }
  flush();
  return { posts, invalid };
}

function invalidReason(d: MetricDatum, now: Date): string | null {
  if (!NAME.test(d.name) || d.name.length > MONITORING_LIMITS.maxNameLength) return `metric name "${d.name}" is not valid`;
  const keys = Object.keys(d.dimensions);
  if (keys.length < 1 || keys.length > MONITORING_LIMITS.maxDimensions) return `metric "${d.name}" has ${keys.length} dimensions; 1-20 are allowed`;
  for (const k of keys) {
    if (!DIM_KEY.test(k) || k.length > MONITORING_LIMITS.maxDimensionKeyLength) return `dimension key "${k}" must be 1-256 printable ASCII characters without spaces`;
    const v = d.dimensions[k]!;
    if (v.length === 0 || v.length > MONITORING_LIMITS.maxDimensionValueLength) return `dimension "${k}" value must be 1-512 characters, got ${v.length}`;
  }
  if (!Number.isFinite(d.value)) return `metric "${d.name}" value must be finite, got ${d.value}`;
  const age = now.getTime() - d.timestamp.getTime();
  if (age >= MONITORING_LIMITS.maxAgeMs) return `datapoint is ${Math.round(age / 60000)} minutes old; Monitoring accepts less than 2 hours`;
  if (-age >= MONITORING_LIMITS.maxFutureMs) return 'datapoint is 10 minutes or more in the future';
  return null;
}
