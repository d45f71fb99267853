import { join } from 'node:path';
import { type Delivery } from '../../../runtime/governance/types';
import { ADMIN, ALICE, BOB, CAROL, DAVE, OPS, sampleModel, sqliteService, tempDir, withRiskTier } from './support';

describe('GovernanceService', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);
  let n = 0;
  const fresh = (opts = {}) => sqliteService(join(dir, `s${++n}.db`), opts);

  test('takes a high-risk model through technical, risk and business approval, deployment, rollback and retirement', async () => {
    const { store, service } = fresh();
    const m = await service.register(ALICE, withRiskTier('high'));
    expect(m.modelId).toBe('churn-classifier-3');
    const tech = await service.requestApproval(ALICE, m.modelId, 'technical');
    const risk = await service.requestApproval(ALICE, m.modelId, 'risk');
    const biz = await service.requestApproval(ALICE, m.modelId, 'business');
    expect((await service.decide(BOB, tech.requestId, 'approve')).model.state).toBe('pending_approval');
    expect((await service.decide(DAVE, risk.requestId, 'approve', 'stress-tested')).model.state).toBe('pending_approval');
    expect((await service.status(m.modelId)).missing_approvals).toEqual(['business']);
    const final = await service.decide(CAROL, biz.requestId, 'approve');
    expect(final.model.state).toBe('approved');
    expect((await service.transition(OPS, m.modelId, 'deploy')).state).toBe('deployed');
    expect((await service.transition(OPS, m.modelId, 'rollback', 'p99 latency')).state).toBe('rolled_back');
    expect((await service.transition(OPS, m.modelId, 'deploy')).state).toBe('deployed');
    expect((await service.transition(OPS, m.modelId, 'retire')).state).toBe('retired');
    const actions = (await service.auditTrail(m.modelId)).map((r) => JSON.parse(r.content).action);
    expect(actions).toEqual(['model.registered', 'approval.requested', 'approval.requested', 'approval.requested', 'approval.decided', 'approval.decided', 'approval.decided', 'model.deploy', 'model.rollback', 'model.deploy', 'model.retire']);
    expect(await service.verifyAudit()).toMatchObject({ ok: true, count: 11 });
    await store.close();
  });

  test('rejects a model on any rejection and refuses to deploy it with 409 naming the allowed transitions', async () => {
    const { store, service } = fresh();
    const m = await service.register(ALICE, withRiskTier('medium'));
    const r = await service.requestApproval(ALICE, m.modelId, 'technical');
    expect((await service.decide(BOB, r.requestId, 'reject', 'leaks the label')).model.state).toBe('rejected');
    await expect(service.transition(OPS, m.modelId, 'deploy')).rejects.toMatchObject({ status: 409, code: 'invalid_transition', message: expect.stringMatching(/rejected: deploy is not allowed; allowed: retire -> retired/) });
    await store.close();
  });

  test('fails when the owner or the requester decides (four eyes), and when the decider is not in the group', async () => {
    const { store, service } = fresh();
    const m = await service.register(ALICE, withRiskTier('low'));
    const r = await service.requestApproval({ actor: 'frank', groups: [] }, m.modelId, 'technical');
    await expect(service.decide({ actor: 'alice', groups: ['ml-reviewers'] }, r.requestId, 'approve')).rejects.toMatchObject({ status: 403, code: 'four_eyes_violation' });
    await expect(service.decide({ actor: 'frank', groups: ['ml-reviewers'] }, r.requestId, 'approve')).rejects.toMatchObject({ status: 403, code: 'four_eyes_violation' });
    await expect(service.decide(DAVE, r.requestId, 'approve')).rejects.toMatchObject({ status: 403, code: 'forbidden', message: expect.stringMatching(/ml-reviewers/) });
    expect((await service.status(m.modelId)).approval_requests[0]!.status).toBe('pending');
    expect((await service.decide(BOB, r.requestId, 'approve')).model.state).toBe('approved');
    await store.close();
  });

  test('fails a second decision on the same request with 409 naming the first', async () => {
    const { store, service } = fresh();
    const m = await service.register(ALICE, withRiskTier('medium'));
    const r = await service.requestApproval(ALICE, m.modelId, 'technical');
    await service.decide(BOB, r.requestId, 'approve');
    await expect(service.decide(CAROL, r.requestId, 'reject')).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/already decided: approved by bob/) });
    await store.close();
  });

  test('fails on an unknown approval type, an unknown request, an unknown model and a caller without identity', async () => {
    const { store, service } = fresh();
    await service.register(ALICE, sampleModel());
    await expect(service.requestApproval(ALICE, 'churn-classifier-3', 'legal')).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/approval type must be one of technical, risk, business, got "legal"/) });
    await expect(service.decide(BOB, 'nope', 'approve')).rejects.toMatchObject({ status: 404 });
    await expect(service.status('nope-1')).rejects.toMatchObject({ status: 404 });
    await expect(service.auditTrail('nope-1')).rejects.toMatchObject({ status: 404 });
    await expect(service.register({ actor: '', groups: [] }, sampleModel({ version: '9' }))).rejects.toMatchObject({ status: 401 });
    await expect(service.list('flying')).rejects.toMatchObject({ status: 400 });
    await store.close();
  });

  test('fails deploy, rollback and retire for callers outside the operator group, and admin actions outside the admin group', async () => {
    const { store, service } = fresh();
    await service.register(ALICE, sampleModel());
    await expect(service.transition(ALICE, 'churn-classifier-3', 'retire')).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/only members of group mlops-operators/) });
    await expect(service.addWebhook(ALICE, { system_name: 'x', url: 'https://x.example.com' })).rejects.toMatchObject({ status: 403 });
    await expect(service.listDeliveries(ALICE)).rejects.toMatchObject({ status: 403 });
    await expect(service.addWebhook(ADMIN, { system_name: 'x', url: 'ftp://x' })).rejects.toMatchObject({ status: 400 });
    await expect(service.addWebhook(ADMIN, { system_name: 'x', url: 'http://hooks.example.com/x' })).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/must use https \(http only for localhost receivers\), got http:\/\/hooks.example.com/) });
    await expect(service.addWebhook(ADMIN, { system_name: 'x', url: 'not a url' })).rejects.toMatchObject({ status: 400 });
    await expect(service.addWebhook(ADMIN, { system_name: 'x', url: 'https://x.example.com', secret: 'short' })).rejects.toMatchObject({ status: 400 });
    await store.close();
  });

  test('records evidence such as a canary decision in the audit trail without changing the state', async () => {
    const deliveries: Delivery[] = [];
    const { store, service } = fresh({ targets: { ons: true }, onDeliveries: (d: readonly Delivery[]) => deliveries.push(...d) });
    const m = await service.register(ALICE, withRiskTier('low'));
    const record = await service.recordEvidence(OPS, m.modelId, 'canary.decision', { decision: 'rollback', reason: 'p95 latency 240 ms > 200 ms', step: 10 });
    expect(JSON.parse(record.content)).toMatchObject({ actor: 'ops-bot', action: 'canary.decision', after: { state: 'registered', details: { decision: 'rollback', step: 10 } } });
    expect(record).toEqual((await service.auditTrail(m.modelId)).at(-1));
    expect((await service.status(m.modelId)).model.state).toBe('registered');
    expect(deliveries.at(-1)!.event).toMatchObject({ type: 'canary.decision', details: { decision: 'rollback' } });
    await expect(service.recordEvidence(OPS, m.modelId, 'model.deployed', {})).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/reserved prefixes/) });
    await expect(service.recordEvidence(OPS, m.modelId, 'Canary', {})).rejects.toMatchObject({ status: 400 });
    await expect(service.recordEvidence(ALICE, m.modelId, 'canary.decision', {})).rejects.toMatchObject({ status: 403 });
    await expect(service.recordEvidence(OPS, 'nope-1', 'canary.decision', {})).rejects.toMatchObject({ status: 404 });
    await expect(service.recordEvidence(OPS, m.modelId, 'canary.decision', { blob: 'x'.repeat(20_000) })).rejects.toMatchObject({ status: 400 });
    await store.close();
  });

  test('writes one delivery per event and target after the commit, catalog only for approval and lifecycle events of catalogued models', async () => {
    const deliveries: Delivery[] = [];
    const { store, service } = fresh({ targets: { ons: true, catalog: true }, onDeliveries: (d: readonly Delivery[]) => deliveries.push(...d) });
    const m = await service.register(ALICE, withRiskTier('low'));
    expect(deliveries.map((d) => [d.target, d.event.type])).toEqual([['ons', 'model.registered']]);
    const r = await service.requestApproval(ALICE, m.modelId, 'technical');
    await service.decide(BOB, r.requestId, 'approve');
    expect(deliveries.map((d) => `${d.target} ${d.event.type}`)).toEqual([
      'ons model.registered', 'ons model.approval_requested', 'ons model.approval_decided', 'ons model.approved', 'catalog model.approved',
    ]);
    const catalog = deliveries.at(-1)!;
    expect(catalog.event).toMatchObject({ model_id: m.modelId, state_before: 'pending_approval', state_after: 'approved', actor: 'bob', details: { approvers: ['bob (technical)'], catalog_model_id: 'ocid1.datasciencemodel.oc1.iad.amaaaaaaexamplemodel' } });
    expect(catalog.event.audit_sequence).toBe((await store.getAuditHead())!.sequence);
    expect((await store.listDeliveries('pending')).length).toBe(5);
    await store.close();
  });
});
