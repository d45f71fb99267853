import { type CanaryThresholds } from './canary-thresholds-schema';
import { summarizeVersionWindow } from './summarize-version-window';
import { type CanaryDecision, type VersionWindowSeries, type VersionWindowSummary } from './types';

const fmt = (v: number | null) => (v === null ? 'n/a' : String(Number(v.toPrecision(6))));

/**
 * Decides a canary step from the canary's and the stable version's metrics over the step's window.
 *
 * - hold (fails safe: the stage fails, nothing is promoted) when the canary served fewer than
 *   `minRequests` requests, has no p95 latency or drift score datapoint, or a datapoint is broken
 *   (not a finite number >= 0);
 * - rollback when the canary's error rate, p95 latency or drift score is above its threshold (every
 *   crossed threshold is a reason; the stable version's value is given beside it for context);
 * - promote otherwise.
 *
 * More errors than requests (counts from different intervals) give an error rate above 1, which
 * crosses any threshold: the gate never promotes on inconsistent counts.
 *
 * @param canary - the canary version's series
 * @param stable - the stable version's series (context for the reasons; its data never blocks a decision)
 * @param thresholds - the parsed thresholds (`CanaryThresholdsSchema`)
 * @returns the decision, its reasons, and both versions' summaries
 * @example
 * const at = (value: number) => [{ timestamp: new Date(0), value }];
 * decideCanary(
 *   { requests: at(500), errors: at(25), p95LatencyMs: at(120), driftScore: at(0.1) },
 *   { requests: at(4500), errors: at(9), p95LatencyMs: at(110), driftScore: at(0.05) },
 *   { maxErrorRate: 0.01, maxP95LatencyMs: 250, maxDriftScore: 0.3, minRequests: 100, windowMinutes: 10 },
 * ).reasons; // ['error rate 0.05 > 0.01 (stable 0.002)']
 */
export function decideCanary(canary: VersionWindowSeries, stable: VersionWindowSeries, thresholds: CanaryThresholds): CanaryDecision {
  const c = summarizeVersionWindow(canary);
  const s = summarizeVersionWindow(stable).summary;
  const result = (decision: CanaryDecision['decision'], reasons: string[]): CanaryDecision =>
    ({ decision, reasons, passed: decision === 'promote', canary: c.summary, stable: s });

  const missing: string[] = c.invalid.map((i) => `broken canary datapoint: ${i}`);
  if (c.summary.requests < thresholds.minRequests) {
    missing.push(`canary served ${c.summary.requests} requests in the ${thresholds.windowMinutes}-minute window, fewer than minRequests ${thresholds.minRequests}`);
  }
  if (c.summary.p95LatencyMs === null) missing.push('no p95 latency datapoint for the canary in the window');
  if (c.summary.driftScore === null) missing.push('no drift score datapoint for the canary in the window');
  if (missing.length) return result('hold', missing);

  const checks: [string, keyof VersionWindowSummary, number][] = [
    ['error rate', 'errorRate', thresholds.maxErrorRate],
    ['p95 latency (ms)', 'p95LatencyMs', thresholds.maxP95LatencyMs],
    ['drift score', 'driftScore', thresholds.maxDriftScore],
  ];
  const crossed: string[] = [];
  const passed: string[] = [];
  for (const [what, key, limit] of checks) {
    const value = c.summary[key] as number;
    const line = `${what} ${fmt(value)} ${value > limit ? '>' : '<='} ${fmt(limit)} (stable ${fmt(s[key] as number | null)})`;
    (value > limit ? crossed : passed).push(line);
  }
  return crossed.length ? result('rollback', crossed) : result('promote', passed);
}
