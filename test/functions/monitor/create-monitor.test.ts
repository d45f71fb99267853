import { createMonitor } from '../../../functions/monitor/create-monitor';
import { ProfileBuilder } from '../../../runtime/monitor/profile/profile-builder';
import { generateSample } from '../../../scripts/fixtures/drift/sample-data';
import { OciTestServer, type RecordedRequest } from '../../support/oci-test-server';

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');
const profile = (() => {
  const b = new ProfileBuilder({ features: [{ name: 'age', type: 'numerical' }, { name: 'plan', type: 'categorical' }], sketchK: 200 });
  b.addValues('age', generateSample({ seed: 1, n: 3000, kind: 'bell', loc: 40, scale: 20 }));
  b.addValues('plan', Array.from({ length: 3000 }, (_, i) => (i % 4 ? 'basic' : 'pro')));
  return b.finish();
})();
const config = {
  compartmentId: 'ocid1.compartment.oc1..aaaatest',
  models: { 'churn-v3': { referenceProfile: { bucket: 'profiles', object: 'churn/v3.json', namespace: 'ns' }, window: { maxRecords: 200 } } },
};
const batch = (n: number, shift: number) =>
  JSON.stringify(
    Array.from(generateSample({ seed: 7 + shift, n, kind: 'bell', loc: 40 + shift, scale: 20 }), (age, i) => ({
      stream: 'prediction-log', partition: '0', key: null, offset: i, timestamp: new Date().toISOString(),
      value: b64({ model_id: 'churn-v3', features: { age, plan: i % 2 ? 'basic' : 'pro' }, prediction: 1, confidence: 0.9 }),
    })),
  );
const metricPosts = (reqs: RecordedRequest[]) => reqs.filter((r) => r.method === 'POST' && r.url.startsWith('/20180401/metrics'));

describe('the monitor function wired with real OCI SDK clients', () => {
  const server = new OciTestServer();
  let endpoint: string;
  let monitoringUp = true;
  beforeAll(async () => {
    endpoint = await server.start();
    server.setHandler((req) => {
      if (req.method === 'GET' && req.url === '/n/ns/b/profiles/o/churn%2Fv3.json') return { status: 200, body: JSON.stringify(profile) };
      if (req.url.startsWith('/20180401/metrics')) return monitoringUp ? { status: 200, json: { failedMetricsCount: 0, failedMetrics: [] } } : { status: 503, json: { code: 'ServiceUnavailable', message: 'down' } };
      return { status: 404, json: { code: 'NotFound', message: req.url } };
    });
  });
  afterAll(() => server.stop());

  test('loads the profile from Object Storage and posts signed drift metrics, surviving an outage', async () => {
    const monitor = createMonitor({ configJson: JSON.stringify(config), auth: server.auth, monitoringEndpoint: endpoint, objectStorageEndpoint: endpoint, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 }, log: () => undefined });
    const first = await monitor.handleBatch(batch(200, 15));
    expect(first).toMatchObject({ records: 200, windowsEvaluated: 1, buffered: 0 });
    const body = JSON.parse(metricPosts(server.requests)[0]!.body.toString()) as { metricData: { namespace: string; name: string; dimensions: Record<string, string>; datapoints: { value: number }[] }[] };
    const score = body.metricData.find((m) => m.name === 'drift_score' && !m.dimensions.feature)!;
    expect(score).toMatchObject({ namespace: 'mlops_drift', dimensions: { model_id: 'churn-v3' } });
    expect(score.datapoints[0]!.value).toBe(1);
    expect(body.metricData.map((m) => m.name)).toEqual(expect.arrayContaining(['feature_mean', 'feature_std', 'feature_min', 'feature_max', 'prediction_confidence_mean']));
    expect(server.requests.every((r) => r.signatureError === null)).toBe(true);

    monitoringUp = false;
    const during = await monitor.handleBatch(batch(200, 0));
    expect(during.publisher.failedRequests).toBe(1);
    expect(during.buffered).toBeGreaterThan(0);
    monitoringUp = true;
    const after = await monitor.handleBatch('[]');
    expect(after.buffered).toBe(0);
    expect(after.publisher.posted).toBe(first.publisher.posted + during.buffered);
    expect(server.requests.filter((r) => r.url.includes('/o/')).length).toBe(1);
  });

  test("in OCI Functions, posts the process's peak resident memory as FunctionMemoryUsedMb with each batch", async () => {
    server.requests.length = 0;
    const dimensions = { resourceDisplayName: 'acme-mlops-churn-drift-monitor', resourceId: 'ocid1.fnfunc.oc1..aaaatest' };
    const monitor = createMonitor({ configJson: JSON.stringify(config), auth: server.auth, monitoringEndpoint: endpoint, objectStorageEndpoint: endpoint, log: () => undefined, functionMemoryDimensions: dimensions });
    await monitor.handleBatch('[]');
    const body = JSON.parse(metricPosts(server.requests)[0]!.body.toString()) as { metricData: { namespace: string; name: string; dimensions: Record<string, string>; datapoints: { value: number }[] }[] };
    expect(body.metricData).toMatchObject([{ namespace: 'mlops_drift', name: 'FunctionMemoryUsedMb', dimensions }]);
    const rssMb = process.memoryUsage.rss() / 1024 / 1024;
    expect(body.metricData[0]!.datapoints[0]!.value).toBeGreaterThan(rssMb / 4);
    expect(body.metricData[0]!.datapoints[0]!.value).toBeLessThan(rssMb * 4);
  });

  test('fails listing every configuration issue', () => {
    expect(() => createMonitor({ configJson: undefined, auth: server.auth })).toThrow(/OCI_MLOPS_MONITOR_CONFIG: must be set/);
    expect(() => createMonitor({ configJson: JSON.stringify({ compartmentId: 'x', models: { m: { alpha: 3 } } }), auth: server.auth })).toThrow(
      /OCI_MLOPS_MONITOR_CONFIG: compartmentId: must be a compartment or tenancy OCID\nOCI_MLOPS_MONITOR_CONFIG: models.m.alpha/,
    );
  });
});
