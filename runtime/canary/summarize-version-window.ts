import { type MetricPoint, type VersionWindowSeries, type VersionWindowSummary } from './types';

/**
 * Reduces one version's series over the window to the gate's figures: requests and errors summed,
 * error rate = errors / requests, p95 latency and drift score as their highest value in the window
 * (the conservative choice: one bad interval is enough to be seen).
 *
 * Datapoints that are not finite numbers >= 0 are reported in `invalid` and left out, so the
 * caller can hold instead of deciding on broken data.
 *
 * @param series - the version's request, error, p95 latency and drift score series
 * @returns the summary, and a description of every datapoint left out
 * @example
 * summarizeVersionWindow({
 *   requests: [{ timestamp: new Date(0), value: 400 }, { timestamp: new Date(60000), value: 600 }],
 *   errors: [{ timestamp: new Date(0), value: 2 }],
 *   p95LatencyMs: [{ timestamp: new Date(0), value: 80 }, { timestamp: new Date(60000), value: 95 }],
 *   driftScore: [],
 * });
 * // { summary: { requests: 1000, errors: 2, errorRate: 0.002, p95LatencyMs: 95, driftScore: null }, invalid: [] }
 */
export function summarizeVersionWindow(series: VersionWindowSeries): { summary: VersionWindowSummary; invalid: string[] } {
  const invalid: string[] = [];
  const valid = (name: string, points: readonly MetricPoint[]) =>
    points.filter((p) => {
      const ok = Number.isFinite(p.value) && p.value >= 0;
      if (!ok) invalid.push(`${name} at ${p.timestamp.toISOString()} is ${p.value}`);
      return ok;
    });
  const sum = (points: readonly MetricPoint[]) => points.reduce((s, p) => s + p.value, 0);
  const max = (points: readonly MetricPoint[]) => (points.length ? Math.max(...points.map((p) => p.value)) : null);
  const requests = sum(valid('requests', series.requests));
  const errors = sum(valid('errors', series.errors));
  return {
    summary: {
      requests,
      errors,
      errorRate: requests > 0 ? errors / requests : null,
      p95LatencyMs: max(valid('p95 latency', series.p95LatencyMs)),
      driftScore: max(valid('drift score', series.driftScore)),
    },
    invalid,
  };
}
