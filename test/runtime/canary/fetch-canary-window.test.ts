import { MonitoringClient } from 'oci-monitoring';
import { fetchCanaryWindow } from '../../../runtime/canary/adapters/fetch-canary-window';
import { CanaryThresholdsSchema } from '../../../runtime/canary/canary-thresholds-schema';
import { decideCanary } from '../../../runtime/canary/decide-canary';
import { ociClientConfiguration } from '../../../runtime/oci';
import { type RecordedRequest, OciTestServer } from '../../support/oci-test-server';
import { type RecordedItem, type RecordedStep, type RecordedVersion, recordedSteps } from './recorded';

const COMPARTMENT = 'ocid1.compartment.oc1..aaaacanary';

interface SummarizeBody { namespace: string; query: string; startTime: string; endTime: string; resolution: string }

/** Answers SummarizeMetricsData from a recorded step: picks the version and metric from the MQL it receives. */
function answerFrom(step: RecordedStep) {
  return (req: RecordedRequest) => {
    const body = JSON.parse(req.body.toString()) as SummarizeBody;
    const versions = [step.canary, step.stable];
    const v = versions.find((x) => body.query.includes(`model_version = "${x.model_version}"`) || body.query.includes(`model_id = "${x.model_id}"`)) as RecordedVersion;
    const metric = body.query.slice(0, body.query.indexOf('['));
    const key = ({ prediction_requests: 'requests', prediction_errors: 'errors', prediction_latency_ms: 'latency', drift_score: 'drift' } as const)[metric as 'drift_score'];
    return { status: 200, json: v[key] as RecordedItem[] };
  };
}

describe('fetchCanaryWindow against a local OCI Monitoring endpoint', () => {
  const server = new OciTestServer();
  let client: MonitoringClient;
  beforeAll(async () => {
    const endpoint = await server.start();
    client = new MonitoringClient({ authenticationDetailsProvider: server.auth }, ociClientConfiguration({ maxAttempts: 1 }));
    client.endpoint = endpoint;
  });
  afterAll(() => server.stop());

  const query = (step: RecordedStep, v: RecordedVersion) => ({
    compartmentId: COMPARTMENT, modelName: 'fraud', modelVersion: v.model_version, modelId: v.model_id,
    windowMinutes: 10, end: new Date(step.windowEnd),
  });

  test('sends signed SummarizeMetricsData calls with the escaped MQL of each metric over the window', async () => {
    const step = recordedSteps().find((s) => s.name === 'promote')!;
    server.requests.length = 0;
    server.setHandler(answerFrom(step));
    await fetchCanaryWindow(client, query(step, step.canary));
    expect(server.requests).toHaveLength(4);
    expect(server.requests.every((r) => r.signatureError === null)).toBe(true);
    expect(server.requests.every((r) => r.method === 'POST' && r.url === `/20180401/metrics/actions/summarizeMetricsData?compartmentId=${encodeURIComponent(COMPARTMENT)}`)).toBe(true);
    const bodies = server.requests.map((r) => JSON.parse(r.body.toString()) as SummarizeBody).sort((a, b) => a.query.localeCompare(b.query));
    expect(bodies).toEqual([
      { namespace: 'mlops_drift', query: 'drift_score[1m]{model_id = "fraud:8"}.max()', startTime: '2026-11-20T10:00:00.000Z', endTime: '2026-11-20T10:10:00.000Z', resolution: '1m' },
      { namespace: 'mlops_inference', query: 'prediction_errors[1m]{model_name = "fraud", model_version = "8"}.grouping().sum()', startTime: '2026-11-20T10:00:00.000Z', endTime: '2026-11-20T10:10:00.000Z', resolution: '1m' },
      { namespace: 'mlops_inference', query: 'prediction_latency_ms[1m]{model_name = "fraud", model_version = "8"}.grouping().percentile(0.95)', startTime: '2026-11-20T10:00:00.000Z', endTime: '2026-11-20T10:10:00.000Z', resolution: '1m' },
      { namespace: 'mlops_inference', query: 'prediction_requests[1m]{model_name = "fraud", model_version = "8"}.grouping().sum()', startTime: '2026-11-20T10:00:00.000Z', endTime: '2026-11-20T10:10:00.000Z', resolution: '1m' },
    ]);
  });

  test('escapes a model name that holds quotes before it reaches OCI', async () => {
    server.requests.length = 0;
    server.setHandler(() => ({ status: 200, json: [] }));
    await fetchCanaryWindow(client, { compartmentId: COMPARTMENT, modelName: 'a"b', modelVersion: '1', modelId: 'm', windowMinutes: 5, end: new Date(600000) });
    const queries = server.requests.map((r) => (JSON.parse(r.body.toString()) as SummarizeBody).query);
    expect(queries).toContain('prediction_requests[1m]{model_name = "a\\"b", model_version = "1"}.grouping().sum()');
  });

  test('reads every recorded step into series that give the expected decision, leaving per-feature drift out', async () => {
    for (const step of recordedSteps()) {
      server.setHandler(answerFrom(step));
      const [canary, stable] = await Promise.all([fetchCanaryWindow(client, query(step, step.canary)), fetchCanaryWindow(client, query(step, step.stable))]);
      expect([step.name, decideCanary(canary, stable, CanaryThresholdsSchema.parse(step.thresholds)).decision]).toEqual([step.name, step.expected]);
      if (step.name === 'promote') {
        expect(canary.driftScore).toHaveLength(10);
        expect(Math.max(...canary.driftScore.map((p) => p.value))).toBeLessThan(0.3);
        expect(canary.requests[0]).toEqual({ timestamp: new Date('2026-11-20T10:00:00.000Z'), value: step.canary.requests[0]!.aggregatedDatapoints[0]!.value });
      }
    }
  });

  test('adds up counts and keeps the highest latency when several streams answer', async () => {
    const point = (t: string, value: number) => ({ timestamp: t, value });
    server.setHandler((req) => {
      const q = (JSON.parse(req.body.toString()) as SummarizeBody).query;
      const items = [[point('2026-01-01T00:00:00Z', 3)], [point('2026-01-01T00:00:00Z', 5), point('2026-01-01T00:01:00Z', 1)]];
      return { status: 200, json: items.map((aggregatedDatapoints) => ({ namespace: 'x', name: q, dimensions: {}, aggregatedDatapoints })) };
    });
    const s = await fetchCanaryWindow(client, { compartmentId: COMPARTMENT, modelName: 'm', modelVersion: '1', modelId: 'm', windowMinutes: 2, end: new Date('2026-01-01T00:02:00Z') });
    expect(s.requests.map((p) => p.value)).toEqual([8, 1]);
    expect(s.p95LatencyMs.map((p) => p.value)).toEqual([5, 1]);
  });

  test('fails naming the query and the OCI status when Monitoring refuses the call', async () => {
    server.setHandler(() => ({ status: 400, json: { code: 'InvalidParameter', message: 'Invalid query' } }));
    await expect(fetchCanaryWindow(client, { compartmentId: COMPARTMENT, modelName: 'm', modelVersion: '1', modelId: 'm', windowMinutes: 2, end: new Date() }))
      .rejects.toThrow(/^fetchCanaryWindow: SummarizeMetricsData mlops_inference "prediction_requests\[1m\]\{model_name = "m", model_version = "1"\}\.grouping\(\)\.sum\(\)" failed with 400: Invalid query/);
  });
});
