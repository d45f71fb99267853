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
});
