import { PassThrough } from 'node:stream';
import { LoggingClient } from 'oci-loggingingestion';
import { MonitoringClient } from 'oci-monitoring';
import { createTelemetry } from '../../../runtime/inference/adapters/create-telemetry';
import { createOciLoggingSink } from '../../../runtime/inference/adapters/oci-logging-sink';
import { startMonitoringPublisher } from '../../../runtime/inference/adapters/oci-monitoring-publisher';
import { startPeriodicFlush } from '../../../runtime/inference/adapters/periodic-flush';
import { createStdoutLogSink } from '../../../runtime/inference/adapters/stdout-log-sink';
import { MetricAggregator } from '../../../runtime/inference/metric-aggregator';
import { ModelSlot } from '../../../runtime/inference/model-slot';
import { type PredictionLogRecord } from '../../../runtime/inference/prediction-log-record';
import { ociClientConfiguration } from '../../../runtime/oci';
import { PeakMemoryGauge } from '../../../runtime/oci/peak-memory-gauge';
import { OciTestServer } from '../../support/oci-test-server';

const record = (i: number): PredictionLogRecord => ({
  type: 'prediction', request_id: `r${i}`, timestamp: '2026-01-01T00:00:00.000Z', model_name: 'iris', model_version: '1', model_id: 'iris-1',
  protocol: 'design', latency_ms: 0.3, rows: 1, prediction: ['setosa'], confidence: [0.98], features: [[5.1, 3.5, 1.4, 0.2]],
});

describe('prediction log sinks and the Monitoring publisher against a signed-request test server', () => {
  const server = new OciTestServer();
  let endpoint: string;
  beforeAll(async () => { endpoint = await server.start(); });
  afterAll(() => server.stop());
  beforeEach(() => { server.requests.length = 0; });

  test('the OCI Logging sink batches records into PutLogs and keeps a failed batch for the next flush', async () => {
    const client = new LoggingClient({ authenticationDetailsProvider: server.auth }, ociClientConfiguration({ maxAttempts: 1 }));
    client.endpoint = endpoint;
    let calls = 0;
    server.setHandler(() => (++calls === 1 ? { status: 500, json: { code: 'InternalError', message: 'down' } } : { status: 200, body: '' }));
    const sink = createOciLoggingSink(client, { logId: 'ocid1.log.oc1..aaaa', source: 'test-host', maxBatch: 2, flushIntervalMs: 60000 });
    for (let i = 0; i < 3; i++) sink.write(record(i));
    await sink.flush();
    expect(sink.stats()).toEqual({ sent: 0, dropped: 0, failures: 1, buffered: 3 });
    await sink.close();
    expect(sink.stats()).toEqual({ sent: 3, dropped: 0, failures: 1, buffered: 0 });
    const bodies = server.requests.filter((r) => r.signatureError === null).slice(1).map((r) => JSON.parse(r.body.toString()));
    expect(server.requests[1]!.url).toBe('/20200831/logs/ocid1.log.oc1..aaaa/actions/push');
    expect(bodies.map((b) => b.logEntryBatches[0].entries.length)).toEqual([2, 1]);
    expect(bodies[0].logEntryBatches[0]).toMatchObject({ source: 'test-host', type: 'mlops.inference.prediction', subject: 'iris' });
    expect(JSON.parse(bodies[0].logEntryBatches[0].entries[0].data)).toEqual(record(0));
  });

  test('the OCI Logging sink drops the oldest records past its bound and counts them', async () => {
    const sink = createOciLoggingSink({ putLogs: async () => { throw new Error('unreachable'); } }, { logId: 'ocid1.log.oc1..aaaa', maxBuffered: 2, flushIntervalMs: 60000 });
    for (let i = 0; i < 5; i++) sink.write(record(i));
    expect(sink.stats()).toMatchObject({ dropped: 3, buffered: 2 });
  });

  test('the stdout sink writes one JSON line per record after the current turn (@example)', async () => {
    const out = new PassThrough();
    const lines: string[] = [];
    out.on('data', (c: Buffer) => lines.push(...c.toString().trim().split('\n')));
    const sink = createStdoutLogSink(out);
    sink.write(record(1));
    sink.write(record(2));
    expect(lines).toEqual([]);
    await new Promise((r) => setImmediate(r));
    expect(lines.map((l) => JSON.parse(l).request_id)).toEqual(['r1', 'r2']);
    expect(sink.stats()).toEqual({ sent: 2, dropped: 0, failures: 0, buffered: 0 });
  });

  test('the Monitoring publisher posts aggregated datapoints under mlops_inference, retrying a 429', async () => {
    const client = new MonitoringClient({ authenticationDetailsProvider: server.auth }, ociClientConfiguration({ maxDelaySec: 0.01 }));
    client.endpoint = endpoint;
    let calls = 0;
    server.setHandler(() => (++calls === 1 ? { status: 429, json: { code: 'TooManyRequests', message: 'slow down' } } : { status: 200, json: { failedMetricsCount: 0, failedMetrics: [] } }));
    const agg = new MetricAggregator({ compartmentId: 'ocid1.compartment.oc1..aaaa' });
    const publisher = startMonitoringPublisher(client, agg, { intervalMs: 60000 });
    agg.record({ modelName: 'iris', modelVersion: '1', latencyMs: 0.31, status: 200, confidences: [0.98] });
    await publisher.close();
    expect(publisher.stats()).toEqual({ postedEntries: 3, droppedEntries: 0, failures: 0, bufferedEntries: 0 });
    const posted = JSON.parse(server.requests.at(-1)!.body.toString());
    expect(server.requests.at(-1)!.url).toBe('/20180401/metrics');
    expect(posted.metricData.map((m: { namespace: string; name: string; dimensions: object }) => [m.namespace, m.name, m.dimensions])).toEqual([
      ['mlops_inference', 'prediction_requests', { model_name: 'iris', model_version: '1' }],
      ['mlops_inference', 'prediction_latency_ms', { model_name: 'iris', model_version: '1' }],
      ['mlops_inference', 'prediction_confidence', { model_name: 'iris', model_version: '1' }],
    ]);
  });

  test('the Monitoring publisher posts the function\'s peak memory as FunctionMemoryUsedMb on every post', async () => {
    const posted: { namespace: string; compartmentId: string; name: string; dimensions: object; datapoints: { value: number; count: number }[] }[] = [];
    const poster = { postMetricData: async (req: { postMetricDataDetails: { metricData: unknown[] } }) => { posted.push(...(req.postMetricDataDetails.metricData as typeof posted)); } };
    const rss = [180, 420, 260, 240].map((mb) => mb * 1024 * 1024);
    const gauge = new PeakMemoryGauge({ readRssBytes: () => rss.shift()! });
    const dimensions = { resourceDisplayName: 'fraud-scorer', resourceId: 'ocid1.fnfunc.oc1..aaaa' };
    const agg = new MetricAggregator({ compartmentId: 'c', memory: { gauge, dimensions } });
    const publisher = startMonitoringPublisher(poster, agg, { intervalMs: 60000 });
    gauge.sample();
    gauge.sample(); // the 420 MB peak of an invocation
    agg.record({ modelName: 'm', modelVersion: '1', latencyMs: 1, status: 200 });
    await publisher.flush();
    const memory = () => posted.filter((m) => m.name === 'FunctionMemoryUsedMb');
    expect(memory()).toMatchObject([{ namespace: 'mlops_inference', compartmentId: 'c', dimensions, datapoints: [{ value: 420, count: 1 }] }]);
    await publisher.flush(); // no traffic: memory is still posted, the peak of the new interval
    expect(memory().map((m) => m.datapoints[0]!.value)).toEqual([420, 240]);
    await publisher.close();
  });

  test('the Monitoring publisher keeps entries while Monitoring fails and counts the failure', async () => {
    const agg = new MetricAggregator({ compartmentId: 'c' });
    const publisher = startMonitoringPublisher({ postMetricData: async () => { throw new Error('down'); } }, agg, { intervalMs: 60000 });
    agg.record({ modelName: 'm', modelVersion: '1', latencyMs: 1, status: 200 });
    await publisher.flush();
    expect(publisher.stats()).toEqual({ postedEntries: 0, droppedEntries: 0, failures: 1, bufferedEntries: 2 });
  });
});

describe('createTelemetry', () => {
  test('wires Prometheus and a stdout sink by default (@example), without OCI credentials', async () => {
    const slot = new ModelSlot('iris');
    const telemetry = await createTelemetry(slot, { log: 'none' });
    expect(telemetry.sink).toBeUndefined();
    expect(telemetry.publisher).toBeUndefined();
    telemetry.observe({ route: 'POST /predict', status: 503, latencyMs: 1, requestId: 'r' });
    expect(await telemetry.prometheus!.text()).toMatch(/mlops_inference_requests_total\{route="POST \/predict",status="503"\} 1/);
    expect(await telemetry.prometheus!.text()).toMatch(/mlops_inference_model_ready 0/);
    const withStdout = await createTelemetry(slot, { prometheus: false });
    expect(withStdout.prometheus).toBeUndefined();
    expect(withStdout.sink!.stats()).toEqual({ sent: 0, dropped: 0, failures: 0, buffered: 0 });
    await Promise.all([telemetry.close(), withStdout.close()]);
  });

  test('fails when OCI Logging is configured and no OCI credentials exist', async () => {
    const saved = { file: process.env.OCI_CONFIG_FILE, rp: process.env.OCI_RESOURCE_PRINCIPAL_VERSION };
    process.env.OCI_CONFIG_FILE = '/nonexistent/oci/config';
    delete process.env.OCI_RESOURCE_PRINCIPAL_VERSION;
    try {
      await expect(createTelemetry(new ModelSlot('iris'), { log: { logId: 'ocid1.log.oc1..aaaa' } })).rejects.toThrow(/createAuthProvider: OCI credentials for mode "config_file" are not available/);
    } finally {
      if (saved.file === undefined) delete process.env.OCI_CONFIG_FILE; else process.env.OCI_CONFIG_FILE = saved.file;
      if (saved.rp !== undefined) process.env.OCI_RESOURCE_PRINCIPAL_VERSION = saved.rp;
    }
  });
});

describe('startPeriodicFlush', () => {
  test('never runs two sends at once and runs a last one on close (@example)', async () => {
    let running = 0;
    let maxRunning = 0;
    let runs = 0;
    const periodic = startPeriodicFlush(async () => {
      running++; maxRunning = Math.max(maxRunning, running); runs++;
      await new Promise((r) => setTimeout(r, 5));
      running--;
    }, 60000);
    await Promise.all([periodic.flush(), periodic.flush(), periodic.flush()]);
    expect([runs, maxRunning]).toEqual([1, 1]);
    await periodic.close();
    expect(runs).toBe(2);
  });
});
