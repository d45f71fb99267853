import { DRIFT_METRICS } from '../../../../runtime/contract/metrics';
import { ProfileBuilder } from '../../../../runtime/monitor/profile/profile-builder';
import { type ClosedWindow } from '../../../../runtime/monitor/stream/model-windows';
import { windowMetrics } from '../../../../runtime/monitor/stream/window-metrics';
import { generateSample } from '../../../../scripts/fixtures/drift/sample-data';

function profile() {
  const b = new ProfileBuilder({ features: [{ name: 'x', type: 'numerical' }, { name: 'c', type: 'categorical' }], sketchK: 200 });
  b.addValues('x', generateSample({ seed: 1, n: 5000, kind: 'bell' }));
  b.addValues('c', Array.from({ length: 5000 }, (_, i) => (i % 2 ? 'a' : 'b')));
  return b.finish();
}

const end = new Date('2026-01-01T00:10:00Z');
function window(values: (number | string | null)[], cats: string[], confidences: number[] = []): ClosedWindow {
  return { modelId: 'm1', startedAt: new Date('2026-01-01T00:00:00Z'), endedAt: end, records: values.length, columns: new Map<string, (number | string | null)[]>([['x', values], ['c', cats]]), confidences, reason: 'full' };
}

describe('windowMetrics', () => {
  test('emits the drift score, per-feature statistics, feature summaries and confidence as in its example', () => {
    const xs = [...generateSample({ seed: 9, n: 300, kind: 'bell', loc: 1 })];
    const { report, data } = windowMetrics(window([...xs, null, '2.5'], Array.from({ length: 302 }, () => 'a'), [0.5, 0.7]), profile(), { minSamples: 30 });
    expect(report.features.map((f) => [f.name, f.status])).toEqual([['x', 'drift'], ['c', 'drift']]);
    const names = DRIFT_METRICS.names;
    const get = (name: string, feature?: string) => data.filter((d) => d.name === name && d.dimensions.feature === feature);
    expect(get(names.driftScore)).toEqual([{ name: 'drift_score', dimensions: { model_id: 'm1' }, value: 1, timestamp: end }]);
    expect(get(names.driftScore, 'x')[0]!.value).toBe(report.features[0]!.statistic);
    expect(get(names.featureMin, 'x')[0]!.value).toBe(Math.min(...xs, 2.5));
    expect(get(names.featureMean, 'x')).toHaveLength(1);
    expect(get(names.featureStd, 'x')).toHaveLength(1);
    expect(get(names.featureMax, 'x')).toHaveLength(1);
    expect(get(names.predictionConfidence)[0]!.value).toBeCloseTo(0.6, 15);
    expect(data.every((d) => d.timestamp === end)).toBe(true);
  });

  test('posts no drift score when every feature has insufficient data', () => {
    const { data } = windowMetrics(window([1, 2], ['a', 'b']), profile(), { minSamples: 30 });
    expect(data.filter((d) => d.name === 'drift_score')).toEqual([]);
    expect(data.filter((d) => d.name === 'feature_mean')).toHaveLength(1);
  });

  test('fails naming the model when the report cannot be computed', () => {
    expect(() => windowMetrics(window([1, 2], ['a', 'b']), profile(), { features: { c: { method: 'ks' } }, minSamples: 1 })).toThrow(/windowMetrics: model "m1": computeDriftReport: feature "c"/);
  });
});
