import { join } from 'node:path';
import { spawnTs, waitForLine } from './children/run';
import { ALICE, sqliteService, tempDir, withRiskTier } from './support';

describe('two approvers deciding the same request at the same moment, in two processes on one SQLite file', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  test('records exactly one decision; the other approver gets 409', async () => {
    const file = join(dir, 'race.db');
    const { store, service } = sqliteService(file);
    const m = await service.register(ALICE, withRiskTier('low'));
    const r = await service.requestApproval(ALICE, m.modelId, 'technical');
    await store.close();

    const script = 'test/runtime/governance/children/decide.ts';
    const children = [spawnTs(script, [file, r.requestId, 'bob', 'ml-reviewers', '400']), spawnTs(script, [file, r.requestId, 'carol', 'ml-reviewers', '400'])];
    await Promise.all(children.map((c) => waitForLine(c, (l) => l === 'ready')));
    const results = children.map((c) => waitForLine(c, (l) => l.startsWith('{')));
    for (const c of children) c.stdin.write('go\n');
    const outcomes = (await Promise.all(results)).map((l) => JSON.parse(l) as { actor: string; ok: boolean; status?: number; message?: string; tryAt: number; lockAt: number; commitAt?: number });

    const winners = outcomes.filter((o) => o.ok);
    const losers = outcomes.filter((o) => !o.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0]).toMatchObject({ status: 409, message: expect.stringMatching(new RegExp(`already decided: approved by ${winners[0]!.actor}`)) });
    // The loser asked for the write lock while the winner held it: the two really overlapped.
    expect(losers[0]!.tryAt).toBeLessThan(winners[0]!.commitAt!);
    expect(losers[0]!.lockAt).toBeGreaterThanOrEqual(winners[0]!.commitAt!);

    const { store: after, service: check } = sqliteService(file);
    const status = await check.status(m.modelId);
    expect(status.approval_requests).toEqual([expect.objectContaining({ status: 'approved', decidedBy: winners[0]!.actor })]);
    expect(status.model.state).toBe('approved');
    const decisions = (await after.auditTrail(m.modelId)).filter((a) => JSON.parse(a.content).action === 'approval.decided');
    expect(decisions).toHaveLength(1);
    expect(await check.verifyAudit()).toMatchObject({ ok: true, count: 3 });
    await after.close();
  });
});
