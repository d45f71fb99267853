import { join } from 'node:path';
import { handleServiceInvocation } from '../../../../runtime/governance/http/handle-service-invocation';
import { ALICE, sqliteService, tempDir, withRiskTier } from '../support';

const GATE = 'ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaacanarygate';
const CALLER = { service: 'canary-gate', subjectId: GATE };

describe('handleServiceInvocation', () => {
  const { dir, cleanup } = tempDir();
  const ctx = sqliteService(join(dir, 'svc.db'));
  beforeAll(async () => { await ctx.service.register(ALICE, withRiskTier('low')); });
  afterAll(async () => { await ctx.store.close(); cleanup(); });

  const invoke = async (body: unknown, caller = CALLER) => {
    const r = await handleServiceInvocation(ctx.service, caller, typeof body === 'string' ? body : JSON.stringify(body));
    return { status: r.status, json: JSON.parse(r.body) as Record<string, unknown> };
  };

  test('records a canary decision as the canary gate service, with the invoking subject written over any sent', async () => {
    const r = await invoke({ action: 'canary.decision', model_id: 'churn-classifier-3', details: { decision: 'promote', reasons: ['error rate 0 <= 0.01'], invoked_by: 'forged' } });
    expect(r.status).toBe(201);
    const record = (await ctx.service.auditTrail('churn-classifier-3')).at(-1)!;
    expect(JSON.parse(record.content)).toMatchObject({
      actor: 'service:canary-gate', action: 'canary.decision', subject: { type: 'model', id: 'churn-classifier-3' },
      after: { state: 'registered', details: { decision: 'promote', reasons: ['error rate 0 <= 0.01'], invoked_by: { subject_id: GATE, subject_type: 'resource' } } },
    });
    expect(r.json.sequence).toBe(record.sequence);
    expect((await ctx.service.verifyAudit()).ok).toBe(true);
  });

  test.each<[string, unknown, number, RegExp]>([
    ['fails an action the service may not record', { action: 'model.deployed', model_id: 'churn-classifier-3', details: {} }, 403, /service canary-gate may record canary\.decision, got action "model\.deployed"/],
    ['fails a body that is not JSON', '{decision', 400, /invocation body is not valid JSON/],
    ['fails a body without details', { action: 'canary.decision', model_id: 'churn-classifier-3' }, 400, /invalid invocation body: details: /],
    ['fails a body with unknown keys', { action: 'canary.decision', model_id: 'churn-classifier-3', details: {}, actor: 'eve' }, 400, /invalid invocation body: .*actor/],
    ['fails a model that is not registered', { action: 'canary.decision', model_id: 'ghost-1', details: {} }, 404, /model ghost-1 is not registered/],
  ])('%s', async (_, body, status, message) => {
    const r = await invoke(body);
    expect(r.status).toBe(status);
    expect((r.json.error as { message: string }).message).toMatch(message);
  });

  test('fails a service with no allowed actions', async () => {
    const r = await invoke({ action: 'canary.decision', model_id: 'churn-classifier-3', details: {} }, { service: 'monitor', subjectId: GATE });
    expect(r).toMatchObject({ status: 403, json: { error: { code: 'forbidden', message: 'service monitor may record nothing, got action "canary.decision"' } } });
  });
});
