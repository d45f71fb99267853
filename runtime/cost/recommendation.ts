import { type UtilizationSummary } from './summarize-utilization';

/** One value to change, named as the team file names it. */
export interface RecommendedChange {
  /** Team file field under `endpoints.models[]` (`instanceOcpus`, `provisionedConcurrency`...). */
  readonly field: string;
  readonly from: number;
  readonly to: number;
}

/** What `oci-mlops cost recommend` says about one endpoint. */
export interface Recommendation {
  /** Endpoint (display) name; for a node pool, the pool's name. */
  readonly endpoint: string;
  readonly kind: 'model-deployment' | 'function' | 'container-instance' | 'node-pool';
  /** `insufficient data` when a metric judged lacked datapoints and no other gave a change (a function's values are judged each on its own metric; `notes` name what was not). */
  readonly status: 'resize' | 'keep' | 'insufficient data';
  readonly changes: readonly RecommendedChange[];
  /** Monthly saving at list prices (negative: the change costs more). */
  readonly monthlySaving: number;
  /** The percentiles each decision used, by metric name. */
  readonly evidence: Readonly<Record<string, UtilizationSummary>>;
  /** What was not judged, and why. */
  readonly notes: readonly string[];
}
