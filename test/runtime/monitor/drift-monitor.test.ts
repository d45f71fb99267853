import { MetricPublisher, type MetricsClient } from '../../../runtime/monitor/adapters/metric-publisher';
import { DriftMonitor } from '../../../runtime/monitor/drift-monitor';
import { MonitorConfigSchema } from '../../../runtime/monitor/monitor-config';
import { ProfileBuilder } from '../../../runtime/monitor/profile/profile-builder';
import { generateSample } from '../../../scripts/fixtures/drift/sample-data';

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');
const profile = (() => {
  const b = new ProfileBuilder({ features: [{ name: 'x', type: 'numerical' }, { name: 'c', type: 'categorical' }], sketchK: 200 });
  b.addValues('x', generateSample({ seed: 1, n: 5000, kind: 'bell' }));
  b.addValues('c', Array.from({ length: 5000 }, (_, i) => (i % 3 ? 'a' : 'b')));
  return b.finish();
})();

function batch(model: string, n: number, seed: number, shift = 0) {
  const xs = generateSample({ seed, n, kind: 'bell', loc: shift });
  return JSON.stringify(Array.from(xs, (x, i) => ({ stream: 'preds', partition: '0', key: null, offset: i, timestamp: new Date().toISOString(), value: b64({ model_id: model, features: { x, c: i % 3 ? 'a' : 'b' }, confidence: 0.8 }) })));
}

function setup(client: MetricsClient, config: unknown, logs: string[] = []) {
  const cfg = MonitorConfigSchema.parse(config);
  const publisher = new MetricPublisher(client, { namespace: cfg.namespace, compartmentId: cfg.compartmentId, maxBuffered: cfg.maxBufferedDatapoints, maxAttempts: 1, baseDelayMs: 1 });
  const monitor = new DriftMonitor({ config: cfg, publisher, loadProfile: async () => profile, log: (m) => logs.push(m) });
  return { monitor, publisher };
}

const compartmentId = 'ocid1.compartment.oc1..aaaatest';
const okClient = (sent: unknown[]): MetricsClient => ({
  postMetricData: async (req) => {
    sent.push(...req.postMetricDataDetails.metricData);
    return { postMetricDataResponseDetails: { failedMetricsCount: 0, failedMetrics: [] }, opcRequestId: 'x' };
  },
});

describe('DriftMonitor', () => {
  test('evaluates full windows and posts drift metrics, as in its example', async () => {
    const sent: { name: string; dimensions: Record<string, string> }[] = [];
    const { monitor } = setup(okClient(sent), { compartmentId, defaults: { referenceProfile: { bucket: 'b', object: 'profiles/{model_id}.json' }, window: { maxRecords: 100 } } });
    const r = await monitor.handleBatch(batch('m1', 250, 5, 1));
    expect(r).toMatchObject({ records: 250, rejected: 0, windowsEvaluated: 2, windowsFailed: 0, buffered: 0 });
    const scores = sent.filter((m) => m.name === 'drift_score' && !m.dimensions.feature);
    expect(scores).toHaveLength(1);
    expect(monitor.openWindows).toEqual({ windows: 1, values: 100 });
  });

  test('skips records of models without settings and logs windows it cannot evaluate', async () => {
    const logs: string[] = [];
    const { monitor } = setup(okClient([]), { compartmentId, models: { m2: { window: { maxRecords: 10 } } } }, logs);
    const r = await monitor.handleBatch(batch('other', 5, 1));
    expect(r.unconfigured).toBe(5);
    const r2 = await monitor.handleBatch(batch('m2', 10, 2));
    expect(r2.windowsFailed).toBe(1);
    expect(logs.join('\n')).toMatch(/window of model "m2" \(10 records, full\) not evaluated: its drift settings name no referenceProfile/);
  });

  test('keeps memory bounded however long the stream runs while Monitoring is down', async () => {
    const down: MetricsClient = { postMetricData: async () => Promise.reject(Object.assign(new Error('down'), { statusCode: 503 })) };
    const { monitor, publisher } = setup(down, {
      compartmentId,
      maxModels: 5,
      maxBufferedDatapoints: 200,
      defaults: { referenceProfile: { bucket: 'b', object: 'p.json' }, window: { maxRecords: 200 } },
    });
    let peakValues = 0;
    for (let i = 0; i < 60; i++) {
      await monitor.handleBatch(batch(`model-${i % 12}`, 150, 100 + i));
      peakValues = Math.max(peakValues, monitor.openWindows.values);
      expect(publisher.buffered).toBeLessThanOrEqual(200);
    }
    expect(peakValues).toBeLessThanOrEqual(5 * 200 * 2);
    expect(publisher.stats.dropped).toBeGreaterThan(0);
    expect(publisher.stats.posted).toBe(0);
  });

  test('posts the function\'s peak memory after each batch when running in OCI Functions', async () => {
    const sent: { name: string; dimensions: Record<string, string>; datapoints: { value: number }[] }[] = [];
    const cfg = MonitorConfigSchema.parse({ compartmentId, namespace: 'mlops_drift', defaults: { referenceProfile: { bucket: 'b', object: 'p.json' } } });
    const publisher = new MetricPublisher(okClient(sent), { namespace: cfg.namespace, compartmentId: cfg.compartmentId, maxAttempts: 1 });
    const dimensions = { resourceDisplayName: 'acme-fraud-detection-drift-monitor', resourceId: 'ocid1.fnfunc.oc1..aaaa' };
    const monitor = new DriftMonitor({ config: cfg, publisher, loadProfile: async () => profile, memory: { gauge: { takePeakMb: () => 143.5 }, dimensions } });
    await monitor.handleBatch(batch('m', 10, 1));
    expect(sent.filter((m) => m.name === 'FunctionMemoryUsedMb')).toMatchObject([{ dimensions, datapoints: [{ value: 143.5 }] }]);
  });

  test('fails on a body that is not a JSON array', async () => {
    const { monitor } = setup(okClient([]), { compartmentId });
    await expect(monitor.handleBatch('{"a":1}')).rejects.toThrow(/parseConnectorBatch: expected a JSON array/);
  });
});
