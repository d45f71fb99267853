/**
 * @jest-environment ./test/runtime/inference/ort-environment.js
 */
import { createPrometheusMetrics } from '../../../runtime/inference/adapters/prometheus-metrics';
import { compileRowValidator } from '../../../runtime/data-quality/compile-row-validator';
import { DataQualitySuiteSchema } from '../../../runtime/data-quality/suite-schema';
import { createInferenceRouter, type RequestEvent } from '../../../runtime/inference/create-inference-router';
import { type ModelSlot } from '../../../runtime/inference/model-slot';
import { readySlot } from './models';

const FEATURES = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'];
const SUITE = DataQualitySuiteSchema.parse({
  name: 'iris',
  columns: { sepal_length: { min: 4, max: 8 }, petal_length: { type: 'number', min: 1, max: 7 }, petal_width: { allowedValues: [0.2, 1.3, 2.3] }, species: { allowedValues: ['setosa'] } },
});
const post = (path: string, body: unknown) => ({ method: 'POST', path, body: Buffer.from(JSON.stringify(body)) });
const SETOSA = [5.1, 3.5, 1.4, 0.2];

describe('data-quality checks of request rows', () => {
  let slot: ModelSlot;
  beforeAll(async () => {
    slot = await readySlot();
  });
  afterAll(() => slot.require().release());
  const router = (mode: 'reject' | 'flag', observe?: (e: RequestEvent) => void) =>
    createInferenceRouter({ slot, dataQuality: { validator: compileRowValidator(SUITE, FEATURES), mode }, featureNames: FEATURES, observe });

  test('reject: answers 422 in the error shape with one detail per violation, the path following the request layout', async () => {
    const r = router('reject');
    const single = await r.handle(post('/predict', { features: [9.5, 3.5, 7.5, 0.2] }));
    expect(single.status).toBe(422);
    expect(JSON.parse(String(single.body))).toEqual({
      error: {
        code: 'data_quality_failed', message: '2 values of the request break the data-quality checks',
        details: [
          { path: '/features/0', message: 'sepal_length: 9.5 is above max 8', column: 'sepal_length', check: 'max', bound: 8 },
          { path: '/features/2', message: 'petal_length: 7.5 is above max 7', column: 'petal_length', check: 'max', bound: 7 },
        ],
      },
    });
    const batch = JSON.parse(String((await r.handle(post('/predict', { features: [SETOSA, [5.1, 3.5, 1.4, 0.4]] }))).body));
    expect(batch.error.details).toEqual([{ path: '/features/1/3', message: 'petal_width: 0.4 is not one of the allowed values', column: 'petal_width', check: 'allowedValues', bound: [0.2, 1.3, 2.3] }]);
    const kserve = JSON.parse(String((await r.handle(post('/v1/models/iris-classifier:predict', { instances: [SETOSA, [3, 3.5, 1.4, 0.2]] }))).body));
    expect(kserve.error.details.map((d: { path: string }) => d.path)).toEqual(['/instances/1/0']);
    const oip = JSON.parse(String((await r.handle(post('/v2/models/iris-classifier/infer', { inputs: [{ name: 'float_input', shape: [2, 4], datatype: 'FP32', data: [...SETOSA, 5.1, 3.5, 0.5, 0.2] }] }))).body));
    expect(oip.error.details.map((d: { path: string }) => d.path)).toEqual(['/inputs/0/data/6']);
  });

  test('reject: a valid request is answered as without checks (float32 values meet float64 bounds)', async () => {
    const res = await router('reject').handle(post('/predict', { features: SETOSA }));
    expect(res.status).toBe(200);
    expect(JSON.parse(String(res.body)).prediction).toEqual(['setosa']);
  });

  test('flag: serves, puts the counts in the prediction record and in /metrics', async () => {
    const events: RequestEvent[] = [];
    const prom = createPrometheusMetrics(slot);
    const r = router('flag', (e) => { events.push(e); prom.observe(e); });
    const res = await r.handle(post('/predict', { features: [[9.5, 3.5, 7.5, 0.2], [9.9, 3.5, 1.4, 0.2], SETOSA] }));
    expect(res.status).toBe(200);
    await new Promise((resolve) => setImmediate(resolve));
    expect(events[0]!.record!.data_quality_violations).toEqual([{ feature: 'sepal_length', check: 'max', count: 2 }, { feature: 'petal_length', check: 'max', count: 1 }]);
    const text = await prom.text();
    expect(text).toMatch(/mlops_inference_data_quality_violations_total\{feature="sepal_length",check="max"\} 2/);
    expect(text).toMatch(/mlops_inference_data_quality_violations_total\{feature="petal_length",check="max"\} 1/);
    await r.handle(post('/predict', { features: SETOSA }));
    await new Promise((resolve) => setImmediate(resolve));
    expect(events[1]!.record!.data_quality_violations).toBeUndefined();
  });

  test('fails with 500 when the checks were compiled for another number of features', async () => {
    const r = createInferenceRouter({ slot, dataQuality: { validator: compileRowValidator(SUITE, ['sepal_length']), mode: 'reject' } });
    const res = await r.handle(post('/predict', { features: SETOSA }));
    expect(res.status).toBe(500);
    expect(JSON.parse(String(res.body)).error).toMatchObject({ code: 'data_quality_misconfigured', message: 'the data-quality checks name 1 features, the model takes 4' });
  });
});
