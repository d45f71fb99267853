import { randomUUID } from 'node:crypto';
import { GovernanceService } from '../../../runtime/governance/governance-service';
import { nextAuditRecord } from '../../../runtime/governance/next-audit-record';
import { parseApprovalPolicy } from '../../../runtime/governance/parse-approval-policy';
import { type GovernanceStore } from '../../../runtime/governance/store';
import { type Delivery } from '../../../runtime/governance/types';
import { ADMIN, ALICE, BOB, CAROL, OPS, sampleModel } from './support';

/**
 * The behaviour every GovernanceStore must have, run through the service and the store interface.
 * Model names carry a random suffix so that the suite can run against a shared database.
 */
export function storeContract(open: () => Promise<GovernanceStore>): void {
  let store: GovernanceStore;
  let service: GovernanceService;
  const delivered: Delivery[] = [];
  const name = `contract-${randomUUID().slice(0, 8)}`;
  const model = (version: string, extra: Record<string, unknown> = {}) => sampleModel({ name, version, ...extra });

  beforeAll(async () => {
    store = await open();
    service = new GovernanceService({ store, policy: parseApprovalPolicy(), targets: { ons: true, catalog: true }, onDeliveries: (d) => delivered.push(...d) });
  });
  afterAll(() => store.close());

  test('stores a registered model and finds it by id and by state', async () => {
    const m = await service.register(ALICE, model('1'));
    expect(m).toMatchObject({ modelId: `${name}-1`, state: 'registered', registeredBy: 'alice' });
    expect(await store.getModel(`${name}-1`)).toEqual(m);
    expect((await store.listModels('registered')).map((x) => x.modelId)).toContain(`${name}-1`);
    expect((await store.listModels('approved')).map((x) => x.modelId)).not.toContain(`${name}-1`);
  });

  test('fails to register the same name and version twice with 409', async () => {
    await expect(service.register(ALICE, model('1'))).rejects.toMatchObject({ code: 'already_exists', status: 409 });
  });

  test('records approval requests and exactly one decision per request', async () => {
    const r = await service.requestApproval(ALICE, `${name}-1`, 'technical');
    const [a, b] = await Promise.allSettled([service.decide(BOB, r.requestId, 'approve'), service.decide(CAROL, r.requestId, 'reject')]);
    const outcomes = [a, b].map((x) => (x.status === 'fulfilled' ? 'ok' : (x.reason as { status: number }).status));
    expect(outcomes.sort()).toEqual([409, 'ok']);
    const [stored] = await store.listApprovalRequests(`${name}-1`);
    expect(stored!.status).toBe(a.status === 'fulfilled' ? 'approved' : 'rejected');
    await store.transaction(async (tx) => {
      expect(await tx.decideApprovalRequest(r.requestId, { status: 'rejected', decidedBy: 'x', decidedAt: 't', comment: null })).toBe(false);
    });
  });

  test('keeps one pending request per model and approval type', async () => {
    await service.register(ALICE, model('2'));
    const r = await service.requestApproval(ALICE, `${name}-2`, 'technical');
    await expect(service.requestApproval(ALICE, `${name}-2`, 'technical')).rejects.toMatchObject({ code: 'conflict' });
    await expect(store.transaction((tx) => tx.insertApprovalRequest({ ...r, requestId: randomUUID() }))).rejects.toMatchObject({ message: expect.stringMatching(/UNIQUE constraint failed|ORA-00001/) });
  });

  test('rolls back the whole transaction, audit record included, when it throws', async () => {
    const head = await store.getAuditHead();
    await expect(store.transaction(async (tx) => {
      await tx.insertModel({ modelId: `${name}-ghost`, state: 'registered', registration: (await store.getModel(`${name}-1`))!.registration, registeredBy: 'x', createdAt: 't', updatedAt: 't' });
      await tx.appendAuditRecord(nextAuditRecord(await tx.getAuditHead(), { actor: 'x', action: 'ghost', subject: { type: 'model', id: 'ghost' }, before: null, after: null, time: 't' }), null);
      throw new Error('boom');
    })).rejects.toThrow('boom');
    expect(await store.getModel(`${name}-ghost`)).toBeUndefined();
    expect(await store.getAuditHead()).toEqual(head);
  });

  test('appends audit records to one chain that verifies, and returns each model\'s trail', async () => {
    const trail = await store.auditTrail(`${name}-1`);
    expect(trail.map((r) => JSON.parse(r.content).action)).toEqual(['model.registered', 'approval.requested', 'approval.decided']);
    const head = (await store.getAuditHead())!;
    expect((await store.getAuditRecord(head.sequence))!.recordHash).toBe(head.recordHash);
    expect(await service.verifyAudit()).toMatchObject({ ok: true, head });
  });

  test('writes outbox deliveries with the transition and updates them', async () => {
    const mine = delivered.filter((d) => d.event.model_id.startsWith(name));
    expect(mine.length).toBeGreaterThan(0);
    const d = mine[0]!;
    expect(await store.getDelivery(d.deliveryId)).toEqual(d);
    await store.updateDelivery(d.deliveryId, { status: 'dead', attempts: 4, lastError: 'HTTP 503', updatedAt: '2026-11-02T00:00:00.000Z' });
    expect(await store.getDelivery(d.deliveryId)).toMatchObject({ status: 'dead', attempts: 4, lastError: 'HTTP 503' });
    expect((await store.listDeliveries('dead')).map((x) => x.deliveryId)).toContain(d.deliveryId);
    const replayed = await service.replayDelivery(ADMIN, d.deliveryId);
    expect(await store.getDelivery(d.deliveryId)).toMatchObject({ status: 'pending', attempts: 0, lastError: null, updatedAt: replayed.updatedAt });
  });

  test('stores webhooks and fans events out to them', async () => {
    const w = await service.addWebhook(ADMIN, { system_name: 'jira', url: 'https://hooks.example.com/gov', events: ['model.deployed'] });
    expect(await store.getWebhook(w.webhookId)).toEqual(w);
    await service.register(ALICE, model('3', { model_card: { ...(sampleModel().model_card as object), risk_tier: 'low' } }));
    const r = await service.requestApproval(ALICE, `${name}-3`, 'technical');
    await service.decide(BOB, r.requestId, 'approve');
    const before = delivered.length;
    await service.transition(OPS, `${name}-3`, 'deploy');
    const targets = delivered.slice(before).map((d) => d.target).sort();
    expect(targets).toEqual(['catalog', 'ons', `webhook:${w.webhookId}`]);
  });
}
