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
    responseContentType: 'application/json',
  };
  return { ctx, response };
}

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

  test('serves requests through the real Fn FDK over its unix socket (func.ts as the container runs it)', async () => {
    const file = join(dir, 'fdk.db');
    const socket = join(dir, 'lsnr.sock');
    const child = spawnTs('functions/governance/func.ts', [], {
      FN_FORMAT: 'http-stream', FN_LISTENER: `unix:${socket}`, OCI_MLOPS_GOVERNANCE_DB: file, OCI_MLOPS_GOVERNANCE_PATH_PREFIX: '/governance',
    });
    try {
      for (let i = 0; i < 200 && !existsSync(socket); i++) await new Promise((r) => setTimeout(r, 50));
      const call = (headers: Record<string, string>, body: string) => new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
        const req = request({ socketPath: socket, path: '/call', method: 'POST', headers }, (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        });
        req.on('error', reject);
        req.end(body);
      });
      const res = await call({
        'Fn-Http-Method': 'POST', 'Fn-Http-Request-Url': '/governance/models', 'Fn-Http-H-X-Governance-Actor': 'alice',
        'Fn-Http-H-Content-Type': 'application/json', 'Content-Type': 'application/json', 'Fn-Call-Id': 'c1', 'Fn-Deadline': new Date(Date.now() + 60_000).toISOString(),
      }, JSON.stringify(withRiskTier('low')));
      expect(res.headers['fn-http-status']).toBe('201');
      expect(JSON.parse(res.body)).toMatchObject({ model_id: 'churn-classifier-3', state: 'registered' });
      const list = await call({ 'Fn-Http-Method': 'GET', 'Fn-Http-Request-Url': '/governance/models?state=registered', 'Fn-Call-Id': 'c2', 'Fn-Deadline': new Date(Date.now() + 60_000).toISOString() }, '');
      expect(JSON.parse(list.body).models).toHaveLength(1);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
