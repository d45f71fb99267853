import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type CanaryThresholdsInput } from '../../../runtime/canary/canary-thresholds-schema';
import { type VersionWindowSeries } from '../../../runtime/canary/types';

/** One item of a SummarizeMetricsData response, as OCI Monitoring returns it (JSON). */
export interface RecordedItem {
  namespace: string;
  name: string;
  dimensions: Record<string, string>;
  aggregatedDatapoints: { timestamp: string; value: number }[];
}

export interface RecordedVersion {
  model_version: string;
  model_id: string;
  requests: RecordedItem[];
  errors: RecordedItem[];
  latency: RecordedItem[];
  drift: RecordedItem[];
}

/** A canary step's metrics in the shape of SummarizeMetricsData answers, with the expected decision. */
export interface RecordedStep {
  name: string;
  description: string;
  expected: 'promote' | 'rollback' | 'hold';
  windowEnd: string;
  thresholds: CanaryThresholdsInput;
  canary: RecordedVersion;
  stable: RecordedVersion;
}

const DIR = join(__dirname, 'recorded');

/** Every recorded step of test/runtime/canary/recorded/. */
export function recordedSteps(): RecordedStep[] {
  return readdirSync(DIR).filter((f) => f.endsWith('.json')).sort().map((f) => ({
    name: f.replace(/\.json$/, ''),
    ...(JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Omit<RecordedStep, 'name'>),
  }));
}

/** The version's series as the decision takes them: model-level streams only, points in time order. */
export function seriesOf(v: RecordedVersion): VersionWindowSeries {
  const points = (items: RecordedItem[]) => items
    .filter((i) => !('feature' in i.dimensions))
    .flatMap((i) => i.aggregatedDatapoints.map((d) => ({ timestamp: new Date(d.timestamp), value: d.value })));
  return { requests: points(v.requests), errors: points(v.errors), p95LatencyMs: points(v.latency), driftScore: points(v.drift) };
}
