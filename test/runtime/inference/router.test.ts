/**
 * @jest-environment ./test/runtime/inference/ort-environment.js
 */
import { checkPredictionFinite } from '../../../runtime/inference/check-prediction-finite';
import { createInferenceRouter, type RequestEvent } from '../../../runtime/inference/create-inference-router';
import { MetricAggregator } from '../../../runtime/inference/metric-aggregator';
import { ModelSlot } from '../../../runtime/inference/model-slot';
import { oipV2ModelMetadata } from '../../../runtime/inference/oip-v2-model-metadata';
import { parseSha256File } from '../../../runtime/inference/parse-sha256-file';
import { predictionLogRecord } from '../../../runtime/inference/prediction-log-record';
import { shapeDesignResponse } from '../../../runtime/inference/shape-design-response';
import { shapeOipV2Response } from '../../../runtime/inference/shape-oip-v2-response';
import { verifyModelDigest } from '../../../runtime/inference/verify-model-digest';
import { INFERENCE_METRICS } from '../../../runtime/contract/metrics';
import { intClassifierBytes, readySlot, regressorBytes } from './models';

const post = (path: string, body: unknown) => ({ method: 'POST', path, body: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)) });
const get = (path: string) => ({ method: 'GET', path, body: Buffer.alloc(0) });
const SETOSA = [5.1, 3.5, 1.4, 0.2];
const VIRGINICA = [6.7, 3.0, 5.2, 2.3];

describe('createInferenceRouter with the sample model', () => {
  let slot: ModelSlot;
  const events: RequestEvent[] = [];
  let router: ReturnType<typeof createInferenceRouter>;
  beforeAll(async () => {
    slot = await readySlot();
    router = createInferenceRouter({ slot, maxBatch: 5, maxBodyBytes: 4096, observe: (e) => events.push(e) });
  });
  afterAll(() => slot.require().release());
  const call = async (req: { method: string; path: string; body: Buffer }) => {
    const res = await router.handle(req);
    return { status: res.status, json: JSON.parse(String(res.body)), headers: res.headers };
  };

  test('answers the design format for one row (@example)', async () => {
    const { status, json } = await call(post('/predict', { features: SETOSA }));
    expect(status).toBe(200);
    expect(json).toMatchObject({ prediction: ['setosa'], model_name: 'iris-classifier', model_version: expect.stringMatching(/^sha256:/) });
    expect(json.confidence).toBeGreaterThan(0.9);
    expect(new Date(json.timestamp).toISOString()).toBe(json.timestamp);
  });

  test('answers a batch with prediction and confidence lists on /models/<name>/predict', async () => {
    const { status, json } = await call(post('/models/iris-classifier/predict', { features: [SETOSA, VIRGINICA] }));
    expect(status).toBe(200);
    expect(json.prediction).toEqual(['setosa', 'virginica']);
    expect(json.confidence).toHaveLength(2);
  });

  test('answers KServe V1 and OIP V2 requests', async () => {
    expect((await call(post('/v1/models/iris-classifier:predict', { instances: [SETOSA, VIRGINICA] }))).json).toEqual({ predictions: ['setosa', 'virginica'] });
    const oip = await call(post('/v2/models/iris-classifier/infer', { id: 'q1', inputs: [{ name: 'float_input', shape: [2, 4], datatype: 'FP32', data: [...SETOSA, ...VIRGINICA] }] }));
    expect(oip.json).toMatchObject({ model_name: 'iris-classifier', id: 'q1', outputs: [{ name: 'output_label', datatype: 'BYTES', shape: [2], data: ['setosa', 'virginica'] }, { name: 'output_probability', datatype: 'FP32', shape: [2, 3] }] });
    expect(oip.json.outputs[1].data).toHaveLength(6);
  });

  test('answers health, readiness and the V2 metadata routes', async () => {
    expect((await call(get('/health'))).json).toEqual({ status: 'ok' });
    expect((await call(get('/ready'))).status).toBe(200);
    expect((await call(get('/v2/health/ready'))).status).toBe(200);
    expect((await call(get('/v2/health/live'))).json).toEqual({ live: true });
    expect((await call(get('/v1/models/iris-classifier'))).json).toEqual({ name: 'iris-classifier', ready: true });
    const version = slot.require().signature.version;
    expect((await call(get(`/v2/models/iris-classifier/versions/${encodeURIComponent(version)}/ready`))).json).toEqual({ name: 'iris-classifier', ready: true });
    expect((await call(get('/v2/models/iris-classifier'))).json).toMatchObject({ name: 'iris-classifier', platform: 'onnx_onnxv1', inputs: [{ name: 'float_input', datatype: 'FP32', shape: [-1, 4] }] });
  });

  test.each([
    ['an unknown route', get('/nope'), 404, 'not_found'],
    ['an unknown model', post('/models/other/predict', { features: SETOSA }), 404, 'model_not_found'],
    ['an unknown version', get('/v2/models/iris-classifier/versions/9/ready'), 404, 'model_version_not_found'],
    ['GET on a prediction route', get('/predict'), 405, 'method_not_allowed'],
    ['a bad percent-encoding', post('/models/%E0%A4%A/predict', {}), 400, 'invalid_path'],
    ['a batch above --max-batch', post('/predict', { features: Array(6).fill(SETOSA) }), 413, 'batch_too_large'],
    ['a body above --max-body-bytes', post('/predict', ' '.repeat(5000)), 413, 'payload_too_large'],
    ['deeply nested JSON', post('/predict', `{"features":${'['.repeat(1500)}${']'.repeat(1500)}}`), 400, 'invalid_request'],
    ['a string feature on KServe V1', post('/v1/models/iris-classifier:predict', { instances: [[1, 'x', 3, 4]] }), 400, 'invalid_request'],
  ])('fails %s with the documented error body', async (_what, req, status, code) => {
    const { status: s, json } = await call(req);
    expect(s).toBe(status);
    expect(json).toEqual({ error: { code, message: expect.any(String), details: expect.any(Array) } });
  });

  test('hands the observer one event per request, with a log record for predictions, after answering', async () => {
    await new Promise((r) => setImmediate(r));
    events.length = 0;
    await call(post('/predict', { features: SETOSA }));
    expect(events).toHaveLength(0);
    await new Promise((r) => setImmediate(r));
    expect(events[0]).toMatchObject({ route: 'POST /predict', status: 200, record: { type: 'prediction', rows: 1, prediction: ['setosa'], features: [SETOSA], protocol: 'design' } });
  });

  test('keeps a plausible caller request id and replaces an implausible one', async () => {
    const keep = await router.handle({ ...post('/predict', { features: SETOSA }), requestId: 'opc-123/abc' });
    expect(keep.headers['x-request-id']).toBe('opc-123/abc');
    const replaced = await router.handle({ ...post('/predict', { features: SETOSA }), requestId: 'x'.repeat(500) });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('counts observer failures and still answers', async () => {
    const r = createInferenceRouter({ slot, observe: () => { throw new Error('boom'); } });
    expect((await r.handle(post('/predict', { features: SETOSA }))).status).toBe(200);
    await new Promise((res) => setImmediate(res));
    expect(r.observerFailures).toBe(1);
  });

  test('leaves features out of log records when told to', async () => {
    const seen: RequestEvent[] = [];
    const r = createInferenceRouter({ slot, logFeatures: false, observe: (e) => seen.push(e) });
    await r.handle(post('/predict', { features: SETOSA }));
    await new Promise((res) => setImmediate(res));
    expect(seen[0]!.record).not.toHaveProperty('features');
  });
});

describe('the Open Inference Protocol binary tensor data extension', () => {
  let slot: ModelSlot;
  let router: ReturnType<typeof createInferenceRouter>;
  beforeAll(async () => {
    slot = await readySlot();
    router = createInferenceRouter({ slot, maxBatch: 5, maxBodyBytes: 4096 });
  });
  afterAll(() => slot.require().release());
  const rows = [...SETOSA, ...VIRGINICA];
  /** A binary request: the JSON header, then the FP32 tensor; `Inference-Header-Content-Length` says where the header ends. */
  const binary = (header: object, tensor: Buffer = Buffer.from(Float32Array.from(rows).buffer), declared?: string) => {
    const json = Buffer.from(JSON.stringify(header));
    return { method: 'POST', path: '/v2/models/iris-classifier/infer', body: Buffer.concat([json, tensor]), inferenceHeaderContentLength: declared ?? String(json.length) };
  };
  const input = (extra: object = {}) => ({ name: 'float_input', shape: [2, 4], datatype: 'FP32', parameters: { binary_data_size: 32 }, ...extra });

  test('reads a binary FP32 tensor and answers as for the same rows in JSON', async () => {
    const res = await router.handle(binary({ id: 'b1', inputs: [input()] }));
    const json = await router.handle(post('/v2/models/iris-classifier/infer', { id: 'b1', inputs: [{ name: 'float_input', shape: [2, 4], datatype: 'FP32', data: rows }] }));
    expect(res.status).toBe(200);
    expect(JSON.parse(String(res.body))).toEqual(JSON.parse(String(json.body)));
  });

  test('answers binary outputs with Inference-Header-Content-Length, and JSON where an output says binary_data false', async () => {
    const res = await router.handle(binary({ inputs: [input()], parameters: { binary_data_output: true }, outputs: [{ name: 'output_label', parameters: { binary_data: false } }, { name: 'output_probability' }] }));
    expect(res.headers).toMatchObject({ 'content-type': 'application/octet-stream', 'inference-header-content-length': expect.stringMatching(/^\d+$/) });
    const body = res.body as Buffer;
    const headerLength = Number(res.headers['inference-header-content-length']);
    const header = JSON.parse(body.subarray(0, headerLength).toString());
    expect(header.outputs).toEqual([
      { name: 'output_label', datatype: 'BYTES', shape: [2], data: ['setosa', 'virginica'] },
      { name: 'output_probability', datatype: 'FP32', shape: [2, 3], parameters: { binary_data_size: 24 } },
    ]);
    const proba = new Float32Array(new Uint8Array(body.subarray(headerLength)).buffer);
    expect(proba[0]).toBeGreaterThan(0.9);
    expect(proba[5]).toBeGreaterThan(0.5);
  });

  test.each([
    ['a header length that is not a number', binary({ inputs: [input()] }, undefined, 'abc'), ''],
    ['a header length beyond the body', binary({ inputs: [input()] }, undefined, '99999'), ''],
    ['binary_data_size without the header', post('/v2/models/iris-classifier/infer', { inputs: [input()] }), '/inputs/0/parameters/binary_data_size'],
    ['binary_data_size and data together', binary({ inputs: [input({ data: rows })] }), '/inputs/0/data'],
    ['binary_data_size that is not the bytes sent', binary({ inputs: [input({ parameters: { binary_data_size: 16 } })] }), '/inputs/0/parameters/binary_data_size'],
    ['bytes that do not fit the shape', binary({ inputs: [input({ parameters: { binary_data_size: 28 } })] }, Buffer.alloc(28)), '/inputs/0/parameters/binary_data_size'],
    ['a NaN in the tensor', binary({ inputs: [input()] }, Buffer.from(Float32Array.of(1, 2, 3, 4, 5, NaN, 7, 8).buffer)), '/inputs/0'],
    ['an empty batch', binary({ inputs: [input({ shape: [0, 4], parameters: { binary_data_size: 0 } })] }, Buffer.alloc(0)), '/inputs/0/shape'],
    ['binary_data that is not a boolean', binary({ inputs: [input()], outputs: [{ name: 'output_label', parameters: { binary_data: 'yes' } }] }), '/outputs/0/parameters/binary_data'],
    ['binary_data_output that is not a boolean', binary({ inputs: [input()], parameters: { binary_data_output: 1 } }), '/parameters/binary_data_output'],
  ])('fails %s with a 400 and the documented error body', async (_what, req, path) => {
    const res = await router.handle(req);
    expect(res.status).toBe(400);
    const json = JSON.parse(String(res.body));
    expect(json).toEqual({ error: { code: expect.stringMatching(/invalid_(request|json)/), message: expect.any(String), details: expect.any(Array) } });
    const paths = (json.error.details as { path: string }[]).map((d) => d.path);
    if (path === '') expect(json.error.message).toMatch(/Inference-Header-Content-Length/);
    else expect(paths).toContain(path);
  });

  test('lists the extension in the server metadata', async () => {
    expect(JSON.parse(String((await router.handle(get('/v2'))).body))).toMatchObject({ extensions: ['binary_tensor_data'] });
  });
});

describe('the byte-level reader of numeric rows', () => {
  test('answers exactly as the general parser: the same body with an extra key (general path) gets the same answer', async () => {
    const slot = await readySlot();
    const router = createInferenceRouter({ slot, now: () => 0 });
    const rows = Array.from({ length: 40 }, (_, i) => [4.3 + (i % 36) / 10, 2 + (i % 24) / 10, 1 + (i % 59) / 10, 0.1 + (i % 25) / 10]);
    for (const [path, key] of [['/predict', 'features'], ['/v1/models/iris-classifier:predict', 'instances']] as const) {
      const fast = await router.handle({ ...post(path, { [key]: rows }), requestId: 'same' });
      const slow = await router.handle({ ...post(path, { [key]: rows, extra: true }), requestId: 'same' });
      const mask = (b: string | Buffer) => String(b).replace(/"timestamp":"[^"]+"/, '');
      expect(mask(fast.body)).toBe(mask(slow.body));
    }
    await slot.require().release();
  });
});

describe('a model that is not ready', () => {
  test('answers 503 with the reason on readiness and every prediction route', async () => {
    const slot = new ModelSlot('iris');
    await slot.load(async () => { throw new Error('verifyModelDigest: m.onnx has SHA-256 abc, expected def'); });
    const router = createInferenceRouter({ slot });
    for (const req of [get('/ready'), get('/v1/models/iris'), get('/v2/models/iris/ready'), post('/predict', { features: SETOSA }), post('/v1/models/iris:predict', { instances: [SETOSA] }), post('/v2/models/iris/infer', {})]) {
      const res = await router.handle(req);
      expect(res.status).toBe(503);
      expect(JSON.parse(String(res.body)).error).toMatchObject({ code: 'model_not_ready', message: expect.stringContaining('expected def') });
    }
    expect((await router.handle(get('/health'))).status).toBe(200);
  });

  test('answers 503 while loading', async () => {
    const slot = new ModelSlot('iris');
    expect(() => slot.require()).toThrow(/still loading/);
  });
});

describe('regressors and integer labels through the router', () => {
  test('answers regression values without confidence', async () => {
    const slot = await readySlot(regressorBytes(), 'reg');
    const res = JSON.parse(String((await createInferenceRouter({ slot }).handle(post('/predict', { features: [[1, 2], [3, 4]] }))).body));
    expect(res.prediction).toEqual([0.5, 2.5]);
    expect(res).not.toHaveProperty('confidence');
    await slot.require().release();
  });
  test('answers integer labels as INT64 on OIP V2', async () => {
    const slot = await readySlot(intClassifierBytes(), 'int');
    const res = JSON.parse(String((await createInferenceRouter({ slot }).handle(post('/v2/models/int/infer', { inputs: [{ name: 'x', shape: [1, 2], datatype: 'FP32', data: [3, 0] }] }))).body));
    expect(res.outputs[0]).toEqual({ name: 'output_label', datatype: 'INT64', shape: [1], data: [0] });
    await slot.require().release();
  });
});

describe('small pure helpers', () => {
  const sig = { name: 'iris', version: '1', classLabels: ['setosa', 'versicolor', 'virginica'], kind: 'classifier', targets: 1, sha256: 'a'.repeat(64),
    input: { name: 'float_input', type: 'float32', features: 4 },
    outputs: [{ name: 'output_label', datatype: 'BYTES', shape: [-1] }, { name: 'output_probability', datatype: 'FP32', shape: [-1, 3] }] } as const;
  const pred = { rows: 1, predictions: ['setosa'], confidences: Float64Array.of(0.97), probabilities: Float32Array.of(0.97, 0.02, 0.01) };

  test('shapeDesignResponse shapes the @example', () => {
    expect(shapeDesignResponse(pred, sig, true, { requestId: 'r1', timestamp: '2026-01-01T00:00:00.000Z' })).toEqual({
      prediction: ['setosa'], confidence: 0.97, model_name: 'iris', model_version: '1', timestamp: '2026-01-01T00:00:00.000Z', request_id: 'r1',
    });
  });
  test('shapeOipV2Response answers only the requested outputs (@example)', () => {
    expect(shapeOipV2Response(pred, sig, ['output_label'], 'req-1')).toEqual({ model_name: 'iris', model_version: '1', id: 'req-1', outputs: [{ name: 'output_label', datatype: 'BYTES', shape: [1], data: ['setosa'] }] });
  });
  test('oipV2ModelMetadata describes the input and outputs (@example)', () => {
    expect(oipV2ModelMetadata(sig)).toMatchObject({ name: 'iris', versions: ['1'], inputs: [{ datatype: 'FP32', shape: [-1, 4] }] });
  });
  test('checkPredictionFinite passes finite values (@example) and fails NaN', () => {
    const ok = { rows: 1, predictions: [1.5] };
    expect(checkPredictionFinite(ok, '/features')).toBe(ok);
    expect(() => checkPredictionFinite({ rows: 2, predictions: [1, NaN] }, '/features')).toThrow(/row 1: the model output is not a finite number/);
  });
  test('predictionLogRecord builds the @example record', () => {
    const r = predictionLogRecord({ requestId: 'r1', timestamp: '2026-01-01T00:00:00.000Z', protocol: 'design', latencyMs: 0.2, signature: sig, batch: { rows: 1, single: true, data: Float32Array.of(1, 2), source: [[1, 2]] }, prediction: { rows: 1, predictions: [3] } }, true);
    expect(r).toEqual({ type: 'prediction', request_id: 'r1', timestamp: '2026-01-01T00:00:00.000Z', model_name: 'iris', model_version: '1', model_id: 'iris-1', protocol: 'design', latency_ms: 0.2, rows: 1, prediction: [3], features: [[1, 2]] });
  });
  test('verifyModelDigest accepts the @example and fails malformed or different digests', () => {
    expect(verifyModelDigest(Buffer.from('abc'), 'BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD', 'inline')).toMatch(/^ba7816/);
    expect(() => verifyModelDigest(Buffer.from('abc'), 'xyz', 'inline')).toThrow(/must be 64 hex digits, got "xyz"/);
    expect(() => verifyModelDigest(Buffer.from('abd'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', 'inline')).toThrow(/refusing to serve/);
  });
  test('parseSha256File reads sha256sum output (@example) and fails on junk', () => {
    expect(parseSha256File('104d390c3c67599611e768818e266751cff8b372542b65dc24f9d457ad7d3752  iris-classifier.onnx\n', 'm.onnx.sha256')).toBe('104d390c3c67599611e768818e266751cff8b372542b65dc24f9d457ad7d3752');
    expect(() => parseSha256File('hello', 'm.sha256')).toThrow(/m.sha256 must start with a 64-hex-digit/);
  });
  test('MetricAggregator counts rounded values per stream under INFERENCE_METRICS (@example)', () => {
    const agg = new MetricAggregator({ compartmentId: 'ocid1.compartment.oc1..aaaa' });
    agg.record({ modelName: 'iris', modelVersion: '1', latencyMs: 0.4, confidences: [0.97], status: 200 });
    agg.record({ modelName: 'iris', modelVersion: '1', latencyMs: 0.404, confidences: [0.971, 0.5], status: 503 });
    const t = new Date(0);
    const out = agg.drain(t);
    const by = (name: string) => out.find((m) => m.name === name)!;
    expect(by(INFERENCE_METRICS.names.latencyMs)).toEqual({ namespace: 'mlops_inference', compartmentId: 'ocid1.compartment.oc1..aaaa', name: 'prediction_latency_ms', dimensions: { model_name: 'iris', model_version: '1' }, datapoints: [{ timestamp: t, value: 0.4, count: 2 }] });
    expect(by(INFERENCE_METRICS.names.confidence).datapoints).toEqual([{ timestamp: t, value: 0.97, count: 2 }, { timestamp: t, value: 0.5, count: 1 }]);
    expect(by(INFERENCE_METRICS.names.requests).datapoints).toEqual([{ timestamp: t, value: 1, count: 2 }]);
    expect(by(INFERENCE_METRICS.names.errors).datapoints).toEqual([{ timestamp: t, value: 1, count: 1 }]);
    expect(agg.drain(t)).toEqual([]);
  });
  test('MetricAggregator splits a stream above 50 datapoints and fails without a compartment', () => {
    const agg = new MetricAggregator({ compartmentId: 'c' });
    for (let i = 0; i < 120; i++) agg.record({ modelName: 'm', modelVersion: '1', latencyMs: 10 + i, status: 200 });
    expect(agg.drain(new Date()).filter((m) => m.name === 'prediction_latency_ms').map((m) => m.datapoints.length)).toEqual([50, 44]);
    expect(() => new MetricAggregator({ compartmentId: '' })).toThrow(/compartmentId is required/);
  });
});
