import { quantileSorted } from 'simple-statistics';

/** Percentiles of one metric over the window, or why there are too few datapoints to judge. */
export type UtilizationSummary =
  | { readonly status: 'ok'; readonly points: number; readonly coverage: number; readonly p50: number; readonly p95: number; readonly p99: number; readonly max: number }
  | { readonly status: 'insufficient data'; readonly points: number; readonly coverage: number; readonly reason: string };

export interface SummarizeOptions {
  /** Datapoints a complete window has (hours in the window, for hourly data). */
  readonly expectedPoints: number;
  /**
   * Share of `expectedPoints` that must be present; below it, "insufficient data".
   * @default 0.7
   */
  readonly minCoverage?: number;
  /**
   * Datapoints needed at least, whatever the window.
   * @default 24
   */
  readonly minPoints?: number;
}

/**
 * The 50th, 95th and 99th percentiles and the maximum of a metric's datapoints over the window,
 * or "insufficient data" when gaps leave too few to judge: a recommendation is never based on a guess.
 *
 * @param values - one value per datapoint (hourly maxima); NaN values count as missing
 * @throws Error naming summarizeUtilization when expectedPoints is not positive
 * @example
 * summarizeUtilization(Float64Array.from(hourlyCpu), { expectedPoints: 14 * 24 }); // { status: 'ok', p95: 12.5, ... }
 */
export function summarizeUtilization(values: Float64Array, opts: SummarizeOptions): UtilizationSummary {
  if (!(opts.expectedPoints > 0)) throw new Error(`summarizeUtilization: expectedPoints must be positive, got ${opts.expectedPoints}`);
  const present = values.filter((v) => Number.isFinite(v)).sort();
  const points = present.length;
  const coverage = Math.min(1, points / opts.expectedPoints);
  const minCoverage = opts.minCoverage ?? 0.7;
  const minPoints = opts.minPoints ?? 24;
  if (points < minPoints || coverage < minCoverage) {
    return { status: 'insufficient data', points, coverage, reason: `${points} of ${opts.expectedPoints} datapoints (${(coverage * 100).toFixed(0)}%); need ${(minCoverage * 100).toFixed(0)}% and at least ${minPoints}` };
  }
  const sorted = Array.from(present);
  return { status: 'ok', points, coverage, p50: quantileSorted(sorted, 0.5), p95: quantileSorted(sorted, 0.95), p99: quantileSorted(sorted, 0.99), max: sorted[sorted.length - 1]! };
}
