import { planMetricPosts } from '../../../../runtime/monitor/stream/plan-metric-posts';
import { type MetricDatum } from '../../../../runtime/monitor/stream/window-metrics';

const now = new Date('2026-01-01T12:00:00Z');
const opts = { namespace: 'mlops_drift', compartmentId: 'ocid1.compartment.oc1..x' };
const datum = (name: string, dims: Record<string, string>, value = 1, timestamp = now): MetricDatum => ({ name, dimensions: dims, value, timestamp });

describe('planMetricPosts', () => {
  test('plans one request for one datapoint as in its example', () => {
    const { posts, invalid } = planMetricPosts([datum('drift_score', { model_id: 'm' }, 0.5)], opts, now);
    expect(invalid).toEqual([]);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.metricData).toEqual([{ ...opts, name: 'drift_score', dimensions: { model_id: 'm' }, datapoints: [{ timestamp: now, value: 0.5 }] }]);
  });

  test('groups datapoints per metric stream and keeps at most 50 streams per request', () => {
    const data = Array.from({ length: 120 }, (_, i) => datum('feature_mean', { model_id: 'm', feature: `f${i % 60}` }, i));
    const { posts } = planMetricPosts(data, opts, now);
    expect(posts.map((p) => p.metricData.length)).toEqual([50, 10]);
    expect(posts[0]!.metricData[0]!.datapoints).toHaveLength(2);
    expect(posts.flatMap((p) => p.data)).toHaveLength(120);
  });

  test('splits a stream by maxDatapointsPerStream and a request by maxRequestBytes', () => {
    const data = Array.from({ length: 25 }, (_, i) => datum('drift_score', { model_id: 'm' }, i));
    expect(planMetricPosts(data, { ...opts, maxDatapointsPerStream: 10 }, now).posts[0]!.metricData.map((m) => m.datapoints.length)).toEqual([10, 10, 5]);
    const many = Array.from({ length: 40 }, (_, i) => datum('drift_score', { model_id: `model-${i}` }));
    const { posts } = planMetricPosts(many, { ...opts, maxRequestBytes: 2000 }, now);
    expect(posts.length).toBeGreaterThan(1);
    for (const p of posts) expect(JSON.stringify(p.metricData).length).toBeLessThanOrEqual(2000);
  });

  test('sets aside datapoints that break the service rules, with the reason', () => {
    const { posts, invalid } = planMetricPosts(
      [
        datum('1bad', { model_id: 'm' }),
        datum('ok', {}),
        datum('ok', { 'has space': 'v' }),
        datum('ok', { model_id: '' }),
        datum('ok', { model_id: 'm' }, NaN),
        datum('ok', { model_id: 'm' }, 1, new Date(now.getTime() - 2 * 3600_000)),
        datum('ok', { model_id: 'm' }, 1, new Date(now.getTime() + 11 * 60_000)),
        datum('fine', { model_id: 'm' }),
      ],
      opts,
      now,
    );
    expect(invalid.map((i) => i.reason)).toEqual([
      'metric name "1bad" is not valid',
      'metric "ok" has 0 dimensions; 1-20 are allowed',
      'dimension key "has space" must be 1-256 printable ASCII characters without spaces',
      'dimension "model_id" value must be 1-512 characters, got 0',
      'metric "ok" value must be finite, got NaN',
      'datapoint is 120 minutes old; Monitoring accepts less than 2 hours',
      'datapoint is 10 minutes or more in the future',
    ]);
    expect(posts[0]!.metricData.map((m) => m.name)).toEqual(['fine']);
  });

  test('fails on a reserved or malformed namespace', () => {
    expect(() => planMetricPosts([], { ...opts, namespace: 'oci_x' }, now)).toThrow(/planMetricPosts: namespace must .* not start with oci_ or oracle_; got "oci_x"/);
  });
});
