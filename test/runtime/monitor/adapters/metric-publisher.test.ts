import { MonitoringClient } from 'oci-monitoring';
import { MetricPublisher } from '../../../../runtime/monitor/adapters/metric-publisher';
import { type MetricDatum } from '../../../../runtime/monitor/stream/window-metrics';
import { ociClientConfiguration } from '../../../../runtime/oci/client-configuration';
import { OciTestServer, type RecordedRequest } from '../../../support/oci-test-server';

const compartmentId = 'ocid1.compartment.oc1..aaaatest';
const ok = { status: 200, json: { failedMetricsCount: 0, failedMetrics: [] } };
const datum = (i: number, model = 'm'): MetricDatum => ({ name: 'drift_score', dimensions: { model_id: model, feature: `f${i}` }, value: i, timestamp: new Date() });
const posted = (reqs: RecordedRequest[]) =>
  reqs.flatMap((r) => (JSON.parse(r.body.toString()) as { metricData: { dimensions: { feature: string }; datapoints: unknown[] }[] }).metricData.map((m) => m.dimensions.feature));

describe('MetricPublisher against a signed-request test server', () => {
  const server = new OciTestServer();
  let client: MonitoringClient;
  beforeAll(async () => {
    client = new MonitoringClient({ authenticationDetailsProvider: server.auth }, ociClientConfiguration({ maxAttempts: 1 }));
    client.endpoint = await server.start();
  });
  afterAll(() => server.stop());
  beforeEach(() => {
    server.requests.length = 0;
    server.setHandler(() => ok);
  });
  const publisher = (extra: Partial<ConstructorParameters<typeof MetricPublisher>[1]> = {}) =>
    new MetricPublisher(client, { namespace: 'mlops_drift', compartmentId, baseDelayMs: 1, maxDelayMs: 5, ...extra });

  test('posts signed requests of at most 50 metric streams each', async () => {
    const p = publisher();
    p.enqueue(Array.from({ length: 120 }, (_, i) => datum(i)));
    const stats = await p.flush();
    expect(stats).toMatchObject({ posted: 120, dropped: 0, rejected: 0, failedRequests: 0 });
    expect(server.requests).toHaveLength(3);
    expect(server.requests.every((r) => r.signatureError === null && r.url.startsWith('/20180401/metrics'))).toBe(true);
    expect(posted(server.requests)).toHaveLength(120);
    expect(JSON.parse(server.requests[0]!.body.toString()).metricData[0]).toMatchObject({ namespace: 'mlops_drift', compartmentId, name: 'drift_score' });
  });

  test('retries 429 and 5xx with backoff, then succeeds', async () => {
    const answers = [429, 500, 503];
    server.setHandler(() => (answers.length ? { status: answers.shift()!, json: { code: 'TooManyRequests', message: 'slow down' } } : ok));
    const p = publisher();
    p.enqueue([datum(1)]);
    expect(await p.flush()).toMatchObject({ posted: 1, retries: 3, failedRequests: 0 });
    expect(server.requests).toHaveLength(4);
  });

  test('keeps everything through an outage and sends it when Monitoring is back', async () => {
    server.setHandler(() => ({ status: 503, json: { code: 'ServiceUnavailable', message: 'down' } }));
    const p = publisher({ maxAttempts: 2 });
    p.enqueue(Array.from({ length: 60 }, (_, i) => datum(i)));
    expect(await p.flush()).toMatchObject({ posted: 0, failedRequests: 1, dropped: 0 });
    expect(p.buffered).toBe(60);
    p.enqueue([datum(60)]);
    server.setHandler(() => ok);
    server.requests.length = 0;
    expect(await p.flush()).toMatchObject({ posted: 61, dropped: 0 });
    expect(posted(server.requests)).toEqual(Array.from({ length: 61 }, (_, i) => `f${i}`));
    expect(p.buffered).toBe(0);
  });

  test('drops the oldest datapoints first once the buffer is full, and counts them', async () => {
    server.setHandler(() => ({ status: 500, json: { code: 'InternalError', message: 'boom' } }));
    const p = publisher({ maxBuffered: 100, maxAttempts: 1 });
    for (let batch = 0; batch < 5; batch++) {
      p.enqueue(Array.from({ length: 40 }, (_, i) => datum(batch * 40 + i)));
      await p.flush();
      expect(p.buffered).toBeLessThanOrEqual(100);
    }
    expect(p.stats.dropped).toBe(100);
    server.setHandler(() => ok);
    server.requests.length = 0;
    await p.flush();
    expect(posted(server.requests)).toEqual(Array.from({ length: 100 }, (_, i) => `f${100 + i}`));
  });

  test('counts a 400 and the failedMetrics of a 200 as rejected, without retrying', async () => {
    server.setHandler(() => ({ status: 400, json: { code: 'InvalidParameter', message: 'bad' } }));
    const p = publisher();
    p.enqueue([datum(1), datum(2)]);
    expect(await p.flush()).toMatchObject({ rejected: 2, posted: 0, retries: 0 });
    server.setHandler(() => ({ status: 200, json: { failedMetricsCount: 1, failedMetrics: [{ message: 'x', metricData: { namespace: 'mlops_drift', compartmentId, name: 'drift_score', dimensions: {}, datapoints: [{ timestamp: new Date().toISOString(), value: 1 }] } }] } }));
    p.enqueue([datum(3), datum(4)]);
    expect(await p.flush()).toMatchObject({ rejected: 3, posted: 1 });
  });

  test('fails on a bad buffer bound', () => {
    expect(() => publisher({ maxBuffered: 0 })).toThrow(/MetricPublisher: maxBuffered must be an integer >= 1, got 0/);
  });
});
