/** One aggregated datapoint of a metric series (an OCI Monitoring `AggregatedDatapoint`). */
export interface MetricPoint {
  readonly timestamp: Date;
  readonly value: number;
}

/**
 * The metric series of one model version over a canary step's window, as OCI Monitoring returns
 * them: request and error counts per interval, p95 handler latency per interval (ms), and the
 * model-level drift score per interval.
 */
export interface VersionWindowSeries {
  readonly requests: readonly MetricPoint[];
  readonly errors: readonly MetricPoint[];
  readonly p95LatencyMs: readonly MetricPoint[];
  readonly driftScore: readonly MetricPoint[];
}

/** One version's metrics over the window, reduced to the figures the gate compares. */
export interface VersionWindowSummary {
  readonly requests: number;
  readonly errors: number;
  /** errors / requests; null when there was no request. */
  readonly errorRate: number | null;
  /** Highest per-interval p95 in the window; null without a datapoint. */
  readonly p95LatencyMs: number | null;
  /** Highest drift score in the window; null without a datapoint. */
  readonly driftScore: number | null;
}

/** What the gate decided: go on to the next step, roll back, or hold (too little data: fail safe). */
export type CanaryVerdict = 'promote' | 'rollback' | 'hold';

export interface CanaryDecision {
  readonly decision: CanaryVerdict;
  /** Why: every crossed threshold (rollback), every missing figure (hold), or the passed checks (promote). */
  readonly reasons: readonly string[];
  /** True only for `promote`: the pipeline stage passes. */
  readonly passed: boolean;
  readonly canary: VersionWindowSummary;
  readonly stable: VersionWindowSummary;
}
