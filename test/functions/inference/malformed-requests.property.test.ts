/**
 * @jest-environment ./test/runtime/inference/ort-environment.js
 */
import fc from 'fast-check';
import { createInferenceRouter } from '../../../runtime/inference/create-inference-router';
import { type ModelSlot } from '../../../runtime/inference/model-slot';
import { createInferenceServer, type InferenceServer } from '../../../runtime/inference/server/create-inference-server';
import { readySlot } from '../../runtime/inference/models';
import { type Answer, httpCall, startFdk } from './harness';

const NAME = 'iris-classifier';
const ROUTES = ['/predict', `/models/${NAME}/predict`, `/v1/models/${NAME}:predict`, `/v2/models/${NAME}/infer`];
const MAX_BODY = 8192;
const MAX_BATCH = 20;

const notANumber = fc.oneof(fc.string(), fc.constant(null), fc.boolean(), fc.constant({}), fc.constant([]), fc.constant('NaN'), fc.constant('Infinity'));
const wrongLength = fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 9 }).filter((a) => a.length !== 4);
const badRow = fc.oneof(wrongLength, fc.tuple(fc.double(), fc.double(), notANumber, fc.double()), notANumber);
/** Bodies that are wrong for every route: each carries at least one defect. */
const malformedBody: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200 }),                                            // mostly not JSON at all
  fc.constantFrom('', '{', '[]', 'null', '"features"', '{"features":', '{"features":[1,2,3,NaN]}', '{"features":[1,2,3,Infinity]}'),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)).filter((s) => !/"(features|instances|inputs)"/.test(s)),
  badRow.map((r) => JSON.stringify({ features: r })),
  fc.array(badRow, { minLength: 1, maxLength: 5 }).map((rows) => JSON.stringify({ features: rows, instances: rows })),
  fc.constant(JSON.stringify({ features: [], instances: [] })),              // empty batch
  fc.constant(JSON.stringify({ features: Array(MAX_BATCH + 1).fill([1, 2, 3, 4]) })), // above --max-batch (on /predict)
  fc.constant('{"features":[1e999,1,1,1]}'),                                 // Infinity through JSON.parse
  fc.constant(`{"features":${'['.repeat(2000)}${']'.repeat(2000)}}`),       // deeply nested
  fc.integer({ min: MAX_BODY + 1, max: MAX_BODY * 4 }).map((n) => `{"features":[${'1,'.repeat(n / 2)}1]}`), // above the size limit
  fc.record({ inputs: fc.array(fc.record({ name: fc.string(), shape: fc.array(fc.integer({ min: -2, max: 30 }), { maxLength: 3 }), datatype: fc.constantFrom('FP32', 'BYTES', 'BOOL', 'x'), data: fc.array(fc.oneof(fc.double(), notANumber), { maxLength: 12 }) }), { maxLength: 2 }) })
    .map((v) => JSON.stringify(v)).filter((s) => !/"shape":\[\d+,4\],"datatype":"FP32","data":\[(-?[\d.e+-]+,?)*\]/.test(s)),
);

/** Binary tensor requests (`Inference-Header-Content-Length`) that are wrong: each carries at least one defect. */
const header = (extra: object = {}, size = 16, rows = 1) => JSON.stringify({ inputs: [{ name: 'float_input', shape: [rows, 4], datatype: 'FP32', parameters: { binary_data_size: size }, ...extra }] });
const tensor = (values: number[]) => Buffer.from(Float32Array.from(values).buffer);
const malformedBinary: fc.Arbitrary<{ declared: string; body: Buffer }> = fc.oneof(
  fc.tuple(fc.constantFrom('x', '-1', '1.5', '', '0x10', '99999999999999999999'), fc.uint8Array({ maxLength: 40 }))
    .map(([declared, tail]) => ({ declared, body: Buffer.concat([Buffer.from(header()), tail]) })),
  fc.uint8Array({ maxLength: 60 }).map((b) => ({ declared: String(b.length + 1), body: Buffer.from(b) })),
  fc.tuple(fc.integer({ min: 1, max: 3 }), fc.uint8Array({ maxLength: 60 })).filter(([rows, tail]) => tail.length !== rows * 16)
    .map(([rows, tail]) => ({ declared: String(header({}, tail.length, rows).length), body: Buffer.concat([Buffer.from(header({}, tail.length, rows)), tail]) })),
  fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom(NaN, Infinity, -Infinity)).map(([at, bad]) => {
    const values = [5.1, 3.5, 1.4, 0.2];
    values[at] = bad;
    return { declared: String(header().length), body: Buffer.concat([Buffer.from(header()), tensor(values)]) };
  }),
  fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify({ inputs: [{ name: 'float_input', shape: [1, 4], datatype: 'FP32', parameters: { binary_data_size: v } }] }))
    .filter((h) => !/"binary_data_size":16\}/.test(h)).map((h) => ({ declared: String(h.length), body: Buffer.concat([Buffer.from(h), tensor([1, 2, 3, 4])]) })),
);
const GOOD_BINARY = Buffer.concat([Buffer.from(header()), tensor([5.1, 3.5, 1.4, 0.2])]);

/** Every refusal has the documented shape and a 4xx status. */
function assertDocumentedRefusal(answer: Answer, what: string): void {
  if (answer.status < 400 || answer.status >= 500) throw new Error(`${what}: status ${answer.status}, body ${answer.body.slice(0, 300)}`);
  const body = JSON.parse(answer.body) as { error?: { code?: unknown; message?: unknown; details?: unknown } };
  const e = body.error;
  if (!e || typeof e.code !== 'string' || typeof e.message !== 'string' || !Array.isArray(e.details)) throw new Error(`${what}: not the documented error body: ${answer.body.slice(0, 300)}`);
  for (const d of e.details as { path?: unknown; message?: unknown }[]) {
    if (typeof d.path !== 'string' || typeof d.message !== 'string') throw new Error(`${what}: detail without path/message: ${JSON.stringify(d)}`);
  }
}

describe('malformed requests (fast-check, 1000 each against the server and the function)', () => {
  let slot: ModelSlot;
  let server: InferenceServer;
  let port: number;
  let fdk: Awaited<ReturnType<typeof startFdk>>;
  beforeAll(async () => {
    slot = await readySlot();
    const router = createInferenceRouter({ slot, maxBatch: MAX_BATCH, maxBodyBytes: MAX_BODY });
    server = createInferenceServer({ router, slot });
    port = await server.listen(0, '127.0.0.1');
    fdk = await startFdk(createInferenceRouter({ slot, maxBatch: MAX_BATCH, maxBodyBytes: MAX_BODY }));
  });
  afterAll(async () => {
    fdk.stop();
    await server.close();
  });

  test('the HTTP server answers every one with a 4xx and the documented error body', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...ROUTES), malformedBody, async (route, body) => {
      assertDocumentedRefusal(await httpCall(port, 'POST', route, body), `POST ${route} ${body.slice(0, 80)}`);
    }), { numRuns: 1000, seed: 20261126 });
    // Still serving afterwards.
    expect((await httpCall(port, 'POST', '/predict', '{"features":[5.1,3.5,1.4,0.2]}')).status).toBe(200);
  });

  test('the function (Fn FDK over its unix socket) answers every one with a 4xx and the documented error body', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...ROUTES), malformedBody, async (route, body) => {
      assertDocumentedRefusal(await fdk.call('POST', route, body), `fn POST ${route} ${body.slice(0, 80)}`);
    }), { numRuns: 1000, seed: 20261127 });
    const ok = await fdk.call('POST', '/predict', '{"features":[5.1,3.5,1.4,0.2]}');
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).prediction).toEqual(['setosa']);
  });

  test('malformed binary tensor requests get a 4xx and the documented error body from the server and the function', async () => {
    const route = `/v2/models/${NAME}/infer`;
    await fc.assert(fc.asyncProperty(malformedBinary, async ({ declared, body }) => {
      assertDocumentedRefusal(await httpCall(port, 'POST', route, body, { 'inference-header-content-length': declared }), `binary ${declared} ${body.toString('hex').slice(0, 80)}`);
      assertDocumentedRefusal(await fdk.call('POST', route, body, { 'Inference-Header-Content-Length': declared }), `fn binary ${declared} ${body.toString('hex').slice(0, 80)}`);
    }), { numRuns: 300, seed: 20261128 });
    const declared = String(header().length);
    const http = await httpCall(port, 'POST', route, GOOD_BINARY, { 'inference-header-content-length': declared });
    expect(http.status).toBe(200);
    expect(JSON.parse(http.body).outputs[0].data).toEqual(['setosa']);
    const fn = await fdk.call('POST', route, GOOD_BINARY, { 'Inference-Header-Content-Length': declared });
    expect(fn.status).toBe(200);
    expect(JSON.parse(fn.body).outputs[0].data).toEqual(['setosa']);
  });

  test('binary outputs reach the client with their Inference-Header-Content-Length over HTTP and through the function', async () => {
    const h = JSON.stringify({ inputs: [{ name: 'float_input', shape: [1, 4], datatype: 'FP32', parameters: { binary_data_size: 16 } }], parameters: { binary_data_output: true } });
    const body = Buffer.concat([Buffer.from(h), tensor([5.1, 3.5, 1.4, 0.2])]);
    const http = await httpCall(port, 'POST', `/v2/models/${NAME}/infer`, body, { 'inference-header-content-length': String(h.length) });
    const fn = await fdk.call('POST', `/v2/models/${NAME}/infer`, body, { 'Inference-Header-Content-Length': String(h.length) });
    for (const [answer, length] of [[http, http.headers['inference-header-content-length']], [fn, fn.headers['fn-http-h-inference-header-content-length']]] as const) {
      expect(answer.status).toBe(200);
      const n = Number(length);
      const outputs = JSON.parse(answer.bytes.subarray(0, n).toString()).outputs as { name: string; parameters: { binary_data_size: number } }[];
      expect(outputs.map((o) => o.parameters.binary_data_size)).toEqual([4 + 'setosa'.length, 12]);
      expect(answer.bytes.subarray(n + 4, n + 10).toString()).toBe('setosa');
      expect(answer.bytes.length).toBe(n + 10 + 12);
    }
  });
});
