/**
 * @jest-environment ./test/runtime/inference/ort-environment.js
 */
import { createPrometheusMetrics } from '../../../runtime/inference/adapters/prometheus-metrics';
import { createInferenceRouter } from '../../../runtime/inference/create-inference-router';
import { ModelSession } from '../../../runtime/inference/model-session';
import { createInferenceServer } from '../../../runtime/inference/server/create-inference-server';
import { httpCall } from '../../functions/inference/harness';
import { readySlot } from './models';

describe('createInferenceServer', () => {
  test('serves predictions and Prometheus metrics, refuses big bodies with 413 (@example)', async () => {
    const slot = await readySlot();
    let observe: (e: Parameters<NonNullable<Parameters<typeof createInferenceRouter>[0]['observe']>>[0]) => void = () => undefined;
    const router = createInferenceRouter({ slot, maxBodyBytes: 1024, observe: (e) => observe(e) });
    const prometheus = createPrometheusMetrics(slot, { logSink: () => ({ sent: 3, dropped: 0, failures: 1, buffered: 0 }) });
    observe = prometheus.observe;
    const srv = createInferenceServer({ router, slot, telemetry: { observe, prometheus, close: async () => undefined } });
    const port = await srv.listen(0, '127.0.0.1');
    expect((await httpCall(port, 'POST', '/predict?x=1', '{"features":[5.1,3.5,1.4,0.2]}')).status).toBe(200);
    const big = await httpCall(port, 'POST', '/predict', `{"features":[${'1,'.repeat(1000)}1]}`);
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body).error.code).toBe('payload_too_large');
    await new Promise((r) => setImmediate(r));
    const metrics = await httpCall(port, 'GET', '/metrics', '');
    expect(metrics.headers['content-type']).toMatch(/text\/plain/);
    expect(metrics.body).toMatch(/mlops_inference_requests_total\{route="POST \/predict",status="200"\} 1/);
    expect(metrics.body).toMatch(/mlops_inference_model_ready 1/);
    expect(metrics.body).toMatch(/mlops_inference_delivery\{target="log",counter="failures"\} 1/);
    expect(metrics.body).toMatch(/mlops_inference_prediction_rows_total\{model_name="iris-classifier",model_version="sha256:104d390c3c67"\} 1/);
    await srv.close();
  });

  test('finishes in-flight requests on close and then stops accepting', async () => {
    const slot = await readySlot();
    const model = slot.require();
    const realRun = model.run.bind(model);
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    jest.spyOn(model, 'run').mockImplementation(async (b) => { await gate; return realRun(b); });
    const srv = createInferenceServer({ router: createInferenceRouter({ slot }), slot, drainTimeoutMs: 5000 });
    const port = await srv.listen(0, '127.0.0.1');
    const inFlight = httpCall(port, 'POST', '/predict', '{"features":[5.1,3.5,1.4,0.2]}');
    while (srv.inFlight === 0) await new Promise((r) => setTimeout(r, 5));
    const closed = srv.close();
    await new Promise((r) => setTimeout(r, 50));
    release();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).prediction).toEqual(['setosa']);
    await closed;
    await expect(httpCall(port, 'GET', '/health', '')).rejects.toThrow(/ECONNREFUSED/);
    expect(ModelSession).toBeDefined();
  });
});
