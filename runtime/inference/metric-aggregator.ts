import { type FunctionMemorySource } from '../oci/peak-memory-gauge';
import { FUNCTION_MEMORY_METRIC, INFERENCE_METRICS } from '../contract/metrics';

/** One datapoint as OCI Monitoring takes it: a value that occurred `count` times at `timestamp`. */
export interface AggregatedDatapoint {
  readonly timestamp: Date;
  readonly value: number;
  readonly count: number;
}

/** One metric stream's datapoints, in the shape of the SDK's `MetricDataDetails`. */
export interface AggregatedMetric {
  readonly namespace: string;
  readonly compartmentId: string;
  readonly name: string;
  readonly dimensions: Record<string, string>;
  readonly datapoints: AggregatedDatapoint[];
}

export interface MetricAggregatorOptions {
  /** Compartment the custom metrics are posted in. */
  readonly compartmentId: string;
  /** Most datapoints in one `AggregatedMetric` entry; a stream with more is split. @default 50 */
  readonly maxDatapointsPerEntry?: number;
  /**
   * Adds `FunctionMemoryUsedMb` (the function's peak memory between drains) to every drain, with
   * these dimensions; a `PeakMemoryGauge` fits `gauge`.
   * @default - no memory metric (outside OCI Functions)
   */
  readonly memory?: FunctionMemorySource;
}

/** Latency keeps 2 significant digits, confidence 2 decimals: bounded distinct values per window, exact counts. */
const roundLatency = (ms: number) => (ms <= 0 ? 0 : Number(ms.toPrecision(2)));
const roundConfidence = (p: number) => Math.round(p * 100) / 100;

/**
 * Aggregates per-request latency and confidence, and request and error counts, between posts to OCI
 * Monitoring: each value is rounded (latency to 2 significant digits, confidence to 0.01) and
 * counted, so a window of any traffic becomes a bounded set of `{value, count}` datapoints in the
 * namespace and with the dimensions of `INFERENCE_METRICS` (model_name, model_version). With
 * `memory`, each drain also carries the function's peak memory (`FUNCTION_MEMORY_METRIC`).
 *
 * @example
 * const agg = new MetricAggregator({ compartmentId: 'ocid1.compartment.oc1..aaaa' });
 * agg.record({ modelName: 'iris', modelVersion: '1', latencyMs: 0.4, confidences: [0.97], status: 200 });
 * const metrics = agg.drain(new Date()); // prediction_latency_ms, prediction_confidence, prediction_requests
 */
export class MetricAggregator {
  private readonly streams = new Map<string, { name: string; dimensions: Record<string, string>; values: Map<number, number> }>();
  private readonly maxPerEntry: number;

  constructor(private readonly options: MetricAggregatorOptions) {
    this.maxPerEntry = options.maxDatapointsPerEntry ?? 50;
    if (!options.compartmentId) throw new Error('MetricAggregator: compartmentId is required to post custom metrics, got an empty value');
  }

  private add(name: string, modelName: string, modelVersion: string, value: number): void {
    if (!Number.isFinite(value)) return;
    const key = `${name}\u0000${modelName}\u0000${modelVersion}`;
    let s = this.streams.get(key);
    if (!s) {
      s = { name, dimensions: { model_name: modelName, model_version: modelVersion }, values: new Map() };
      this.streams.set(key, s);
    }
    s.values.set(value, (s.values.get(value) ?? 0) + 1);
  }

  /** Counts one answered request: latency always, confidences of classifier rows, an error for 5xx. */
  record(event: { modelName: string; modelVersion: string; latencyMs: number; status: number; confidences?: ArrayLike<number> }): void {
    const n = INFERENCE_METRICS.names;
    this.add(n.requests, event.modelName, event.modelVersion, 1);
    this.add(n.latencyMs, event.modelName, event.modelVersion, roundLatency(event.latencyMs));
    if (event.status >= 500) this.add(n.errors, event.modelName, event.modelVersion, 1);
    if (event.confidences) for (let i = 0; i < event.confidences.length; i++) this.add(n.confidence, event.modelName, event.modelVersion, roundConfidence(event.confidences[i]!));
  }

  /** Takes everything aggregated since the last drain (and the peak memory), stamped `timestamp`, and starts a new window. */
  drain(timestamp: Date): AggregatedMetric[] {
    const out: AggregatedMetric[] = [];
    for (const s of this.streams.values()) {
      const points = [...s.values].map(([value, count]) => ({ timestamp, value, count }));
      for (let i = 0; i < points.length; i += this.maxPerEntry) {
        out.push({
          namespace: INFERENCE_METRICS.namespace,
          compartmentId: this.options.compartmentId,
          name: s.name,
          dimensions: { ...s.dimensions },
          datapoints: points.slice(i, i + this.maxPerEntry),
        });
      }
    }
    this.streams.clear();
    const memory = this.options.memory;
    if (memory) {
      out.push({
        namespace: INFERENCE_METRICS.namespace, compartmentId: this.options.compartmentId, name: FUNCTION_MEMORY_METRIC.name,
        dimensions: { ...memory.dimensions }, datapoints: [{ timestamp, value: memory.gauge.takePeakMb(), count: 1 }],
      });
    }
    return out;
  }
}
