import { join } from 'node:path';
import { handleGovernanceRequest, type GovernanceHttpRequest } from '../../../../runtime/governance/http/handle-governance-request';
import { serveGovernance } from '../../../../runtime/governance/http/serve-governance';
import { type GovernanceService } from '../../../../runtime/governance/governance-service';
import { sampleModel, sqliteService, tempDir, withRiskTier } from '../support';

const as = (actor: string, groups = '') => ({ 'x-governance-actor': actor, 'x-governance-groups': groups, 'content-type': 'application/json' });

describe('handleGovernanceRequest', () => {
  const { dir, cleanup } = tempDir();
  let service: GovernanceService;
  let close: () => Promise<void>;
  const logs: string[] = [];
  beforeAll(() => {
    const ctx = sqliteService(join(dir, 'http.db'));
    service = ctx.service;
    close = () => ctx.store.close();
  });
  afterAll(async () => { await close(); cleanup(); });

  const call = async (method: string, url: string, headers: GovernanceHttpRequest['headers'] = {}, body: unknown = undefined) => {
    const res = await handleGovernanceRequest({ service, log: (m) => logs.push(m) }, { method, url, headers, body: body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body) });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests read arbitrary JSON fields
    const json = JSON.parse(res.body) as Record<string, any>;
    return { status: res.status, json, headers: res.headers };
  };

  test('registers, requests approval, decides, deploys, lists, shows and audits a model', async () => {
    const reg = await call('POST', '/models', as('alice'), withRiskTier('low'));
    expect(reg.status).toBe(201);
    expect(reg.json).toMatchObject({ model_id: 'churn-classifier-3', state: 'registered', registered_by: 'alice' });
    expect(reg.headers['content-type']).toMatch(/application\/json/);
    const req = await call('POST', '/models/churn-classifier-3/approval-requests', as('alice'), { approval_type: 'technical' });
    expect(req.status).toBe(201);
    const dec = await call('POST', `/approval-requests/${req.json.request_id}/decision`, as('bob', 'ml-reviewers'), { decision: 'approve', comment: 'ok' });
    expect(dec).toMatchObject({ status: 200, json: { request: { status: 'approved', decided_by: 'bob' }, model: { state: 'approved' } } });
    expect((await call('POST', '/models/churn-classifier-3/transitions', as('ci', 'mlops-operators'), { action: 'deploy' })).json.state).toBe('deployed');
    expect((await call('GET', '/models?state=deployed')).json.models.map((m: { model_id: string }) => m.model_id)).toEqual(['churn-classifier-3']);
    expect((await call('GET', '/models?state=approved')).json.models).toEqual([]);
    const got = await call('GET', '/models/churn-classifier-3');
    expect(got.json).toMatchObject({ state: 'deployed', required_approvals: ['technical'], missing_approvals: [], approval_requests: [{ approval_type: 'technical', status: 'approved' }] });
    const audit = await call('GET', '/models/churn-classifier-3/audit');
    expect(audit.json.records.map((r: { content: { action: string } }) => r.content.action)).toEqual(['model.registered', 'approval.requested', 'approval.decided', 'model.deploy']);
    const evidence = await call('POST', '/models/churn-classifier-3/evidence', as('canary-gate', 'mlops-operators'), { action: 'canary.decision', details: { decision: 'promote', step: 50 } });
    expect(evidence).toMatchObject({ status: 201, json: { sequence: 5, content: { action: 'canary.decision', actor: 'canary-gate' } } });
    expect((await call('GET', '/audit/verify')).json).toMatchObject({ ok: true, count: 5 });
  });

  test.each([
    ['no identity', 'POST', '/models', { 'content-type': 'application/json' }, {}, 401, 'unauthenticated'],
    ['a body that is not JSON', 'POST', '/models', as('alice'), '{not json', 400, 'validation_failed'],
    ['a body of another media type', 'POST', '/models', { ...as('alice'), 'content-type': 'text/plain' }, '{}', 415, 'unsupported_media_type'],
    ['an invalid registration', 'POST', '/models', as('alice'), { name: 'x' }, 400, 'validation_failed'],
    ['an unknown decision', 'POST', '/approval-requests/x/decision', as('bob'), { decision: 'maybe' }, 400, 'validation_failed'],
    ['an unknown body key', 'POST', '/models/churn-classifier-3/transitions', as('ops', 'mlops-operators'), { action: 'deploy', force: true }, 400, 'validation_failed'],
    ['an unknown model', 'GET', '/models/nope-1', {}, undefined, 404, 'not_found'],
    ['an unknown route', 'GET', '/nothing', {}, undefined, 404, 'not_found'],
    ['a wrong method', 'DELETE', '/models', as('alice'), undefined, 405, 'method_not_allowed'],
    ['a caller outside the operator group', 'POST', '/models/churn-classifier-3/transitions', as('alice', 'data-scientists'), { action: 'retire' }, 403, 'forbidden'],
    ['an invalid transition', 'POST', '/models/churn-classifier-3/transitions', as('ops', 'mlops-operators'), { action: 'deploy' }, 409, 'invalid_transition'],
    ['a duplicate registration', 'POST', '/models', as('alice'), withRiskTier('low'), 409, 'already_exists'],
    ['an unknown list state', 'GET', '/models?state=flying', {}, undefined, 400, 'validation_failed'],
  ])('fails on %s with the error envelope', async (_name, method, url, headers, body, status, code) => {
    const res = await call(method, url, headers, body);
    expect(res.status).toBe(status);
    expect(res.json).toEqual({ error: { code, message: expect.any(String), details: expect.any(Object) } });
  });

  test('fails a registration with 400 listing each invalid field in details', async () => {
    const res = await call('POST', '/models', as('alice'), sampleModel({ version: '9', owner: undefined, artifact: { uri: 'x', sha256: 'nope' } }));
    expect(res.json.error.details.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'owner' }), expect.objectContaining({ path: 'artifact.sha256' })]));
  });

  test('anchors the audit head and drains deliveries for admins only', async () => {
    const anchored = { sequence: 5, record_hash: 'a'.repeat(64), anchored_at: 'now' };
    const admin = as('root', 'governance-admins');
    const withAnchor = await handleGovernanceRequest({ service, anchor: async () => anchored }, { method: 'POST', url: '/audit/anchor', headers: admin, body: '' });
    expect(JSON.parse(withAnchor.body)).toEqual({ anchor: anchored });
    expect((await call('POST', '/audit/anchor', admin)).json.error.message).toMatch(/anchoring is not configured/);
    expect((await call('POST', '/audit/anchor', as('alice'))).status).toBe(403);
    expect(await call('POST', '/deliveries/drain', admin)).toMatchObject({ status: 200, json: { delivered: 0, dead: 0 } });
    expect((await call('POST', '/deliveries/drain', as('bob', 'ml-reviewers'))).status).toBe(403);
  });

  test('fails with 500 and no internals on an unexpected error, and logs it', async () => {
    const broken = { status: () => { throw new Error('disk on fire'); } } as unknown as GovernanceService;
    const res = await handleGovernanceRequest({ service: broken, log: (m) => logs.push(m) }, { method: 'GET', url: '/models/x', headers: {}, body: '' });
    expect(res.status).toBe(500);
    expect(res.body).not.toMatch(/disk on fire/);
    expect(logs.at(-1)).toMatch(/disk on fire/);
  });

  test('serves the same handlers over HTTP (oci-mlops governance serve), and refuses bodies over 1 MiB', async () => {
    const { server, url } = await serveGovernance({ service }, { port: 0 });
    try {
      const res = await fetch(`${url}/models/churn-classifier-3`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { state: string }).state).toBe('deployed');
      const big = await fetch(`${url}/models`, { method: 'POST', headers: as('alice'), body: 'x'.repeat(1024 * 1024 + 1) });
      expect(big.status).toBe(413);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
