import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { createFnHandler, type FnContext } from '../../../functions/governance/handler';
import { spawnTs } from '../../runtime/governance/children/run';
import { sqliteService, tempDir, withRiskTier } from '../../runtime/governance/support';

/** A stand-in for the FDK context API Gateway invocations get. */
function fakeContext(method: string, url: string, headers: Record<string, string[]>) {
  const response: Record<string, string[]> = {};
  const ctx: FnContext = {
    httpGateway: { requestURL: url, method, headers, statusCode: 200, setResponseHeader: (k, ...v) => { response[k] = v; } },
    getHeader: (k: string) => (k.toLowerCase() === 'fn-intent' ? 'httprequest' : null),
    responseContentType: 'application/json',
  };
  return { ctx, response };
}

const GATEWAY = 'ocid1.apigateway.oc1.eu-frankfurt-1.aaaaaaaagateway';
const GATE = 'ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaacanarygate';
const PIPELINE = 'ocid1.devopsdeploypipeline.oc1.eu-frankfurt-1.aaaaaaaapipeline';

describe('functions/governance', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  test('adapts an API Gateway invocation: strips the path prefix, reads authorizer headers, sets status and headers', async () => {
    const { store, service } = sqliteService(join(dir, 'fn.db'));
    const handler = createFnHandler(async () => ({ service }), '/governance');
    const { ctx, response } = fakeContext('POST', '/governance/models', { 'X-Governance-Actor': ['alice'], 'X-Governance-Groups': ['data-scientists'], 'Content-Type': ['application/json'] });
    const body = await handler(JSON.stringify(withRiskTier('low')), ctx);
    expect(ctx.httpGateway.statusCode).toBe(201);
    expect(ctx.responseContentType).toMatch(/application\/json/);
    expect(response['cache-control']).toEqual(['no-store']);
    expect(JSON.parse(body)).toMatchObject({ model_id: 'churn-classifier-3', registered_by: 'alice' });
    const denied = fakeContext('POST', 'https://gw.example.com/governance/models/churn-classifier-3/transitions', { 'Content-Type': ['application/json'] });
    const error = JSON.parse(await handler('{"action":"deploy"}', denied.ctx));
    expect(denied.ctx.httpGateway.statusCode).toBe(401);
    expect(error.error.code).toBe('unauthenticated');
    await store.close();
  });

  test('serves gateway requests and the canary gate\'s direct invocations through the real Fn FDK, refusing every other invoker (func.ts as the container runs it)', async () => {
    const file = join(dir, 'fdk.db');
    const socket = join(dir, 'lsnr.sock');
    const child = spawnTs('functions/governance/func.ts', [], {
      FN_FORMAT: 'http-stream', FN_LISTENER: `unix:${socket}`, OCI_MLOPS_GOVERNANCE_DB: file, OCI_MLOPS_GOVERNANCE_PATH_PREFIX: '/governance',
      OCI_MLOPS_GOVERNANCE_GATEWAY_ID: GATEWAY, OCI_MLOPS_GOVERNANCE_SERVICE_CALLERS: JSON.stringify({ [GATE]: 'canary-gate' }),
    });
    try {
      for (let i = 0; i < 200 && !existsSync(socket); i++) await new Promise((r) => setTimeout(r, 50));
      const call = (headers: Record<string, string>, body: string) => new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
        const req = request({ socketPath: socket, path: '/call', method: 'POST', headers: { 'Fn-Call-Id': 'c', 'Fn-Deadline': new Date(Date.now() + 60_000).toISOString(), ...headers } }, (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        });
        req.on('error', reject);
        req.end(body);
      });
      // What OCI Functions adds after checking the invoker's signature.
      const from = (subject: string, type = 'resource') => ({ 'Oci-Subject-Id': subject, 'Oci-Subject-Type': type });
      const gateway = { 'Fn-Intent': 'httprequest', ...from(GATEWAY) };
      const res = await call({
        ...gateway, 'Fn-Http-Method': 'POST', 'Fn-Http-Request-Url': '/governance/models', 'Fn-Http-H-X-Governance-Actor': 'alice',
        'Fn-Http-H-Content-Type': 'application/json', 'Content-Type': 'application/json',
      }, JSON.stringify(withRiskTier('low')));
      expect(res.headers['fn-http-status']).toBe('201');
      expect(JSON.parse(res.body)).toMatchObject({ model_id: 'churn-classifier-3', state: 'registered' });
      const list = await call({ ...gateway, 'Fn-Http-Method': 'GET', 'Fn-Http-Request-Url': '/governance/models?state=registered' }, '');
      expect(JSON.parse(list.body).models).toHaveLength(1);

      // The canary gate invokes the function directly (InvokeFunction, no HTTP intent) and its evidence is recorded.
      const evidence = { action: 'canary.decision', model_id: 'churn-classifier-3', details: { decision: 'promote', step: '10%' } };
      const recorded = await call({ ...from(GATE), 'Content-Type': 'application/json' }, JSON.stringify(evidence));
      expect(recorded.status).toBe(200);
      expect(JSON.parse(recorded.body).content).toMatchObject({ actor: 'service:canary-gate', action: 'canary.decision', after: { details: { invoked_by: { subject_id: GATE } } } });

      // Everything else is refused: another direct invoker, another action, and an HTTP invocation that does not come from the gateway.
      const stranger = await call({ ...from(PIPELINE), 'Content-Type': 'application/json' }, JSON.stringify(evidence));
      expect(stranger.status).toBe(502);
      expect(stranger.body).toMatch(/direct invocations are accepted only from the resource principals/);
      const otherAction = await call({ ...from(GATE), 'Content-Type': 'application/json' }, JSON.stringify({ ...evidence, action: 'model.deployed' }));
      expect(otherAction.status).toBe(502);
      expect(otherAction.body).toMatch(/forbidden: service canary-gate may record canary\.decision/);
      const forged = await call({
        'Fn-Intent': 'httprequest', ...from(PIPELINE), 'Fn-Http-Method': 'POST', 'Fn-Http-Request-Url': '/governance/models/churn-classifier-3/transitions',
        'Fn-Http-H-X-Governance-Actor': 'ops-bot', 'Fn-Http-H-X-Governance-Groups': 'mlops-operators', 'Fn-Http-H-Content-Type': 'application/json',
      }, '{"action":"deploy"}');
      expect(forged.headers['fn-http-status']).toBe('403');
      expect(JSON.parse(forged.body).error.message).toMatch(/^HTTP invocations are accepted only from API gateway/);
      const trail = await call({ ...gateway, 'Fn-Http-Method': 'GET', 'Fn-Http-Request-Url': '/governance/models/churn-classifier-3/audit' }, '');
      expect(JSON.parse(trail.body).records.map((r: { content: { action: string } }) => r.content.action)).toEqual(['model.registered', 'canary.decision']);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
