import { MonitoringClient } from 'oci-monitoring';
import { ociClientConfiguration } from '../../../runtime/oci';
import { OciTestServer } from '../../support/oci-test-server';

describe('OciTestServer with a real SDK client', () => {
  const server = new OciTestServer();
  let endpoint: string;
  beforeAll(async () => { endpoint = await server.start(); });
  afterAll(() => server.stop());

  test('accepts a signed PostMetricData and retries a 503 once', async () => {
    let calls = 0;
    server.setHandler(() => (++calls === 1 ? { status: 503, json: { code: 'ServiceUnavailable', message: 'try again' } } : { status: 200, json: { failedMetricsCount: 0, failedMetrics: [] } }));
    const client = new MonitoringClient({ authenticationDetailsProvider: server.auth }, ociClientConfiguration({ maxDelaySec: 0.01 }));
    client.endpoint = endpoint;
    const res = await client.postMetricData({
      postMetricDataDetails: {
        metricData: [{ namespace: 'oci_mlops', compartmentId: 'ocid1.compartment.oc1..aaaa', name: 'drift_score', dimensions: { model_id: 'm-1' }, datapoints: [{ timestamp: new Date(0), value: 0.5 }] }],
      },
    });
    expect(res.postMetricDataResponseDetails.failedMetricsCount).toBe(0);
    expect(calls).toBe(2);
    expect(server.requests.every((r) => r.signatureError === null)).toBe(true);
    expect(JSON.parse(server.requests[1]!.body.toString()).metricData[0].name).toBe('drift_score');
  });

  test('fails a request whose signature does not verify', async () => {
    const other = new OciTestServer();
    const client = new MonitoringClient({ authenticationDetailsProvider: other.auth }, ociClientConfiguration({ maxAttempts: 1 }));
    client.endpoint = endpoint;
    await expect(client.listMetrics({ compartmentId: 'ocid1.compartment.oc1..aaaa', listMetricsDetails: {} })).rejects.toMatchObject({ statusCode: 401 });
    expect(server.requests.at(-1)!.signatureError).toMatch(/unknown keyId|does not verify/);
  });
});
