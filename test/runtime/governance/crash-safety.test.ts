import { join } from 'node:path';
import { spawnTs, waitForLine } from './children/run';
import { sqliteService, tempDir } from './support';

describe('crash safety of the SQLite store', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  test('keeps every acknowledged transition and a verifiable chain after SIGKILL mid-burst', async () => {
    const file = join(dir, 'crash.db');
    const child = spawnTs('test/runtime/governance/children/burst.ts', [file]);
    const lines: string[] = [];
    let acks = 0;
    await waitForLine(child, (l) => l.startsWith('ack') && ++acks >= 40, lines);
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    // Lines printed between our read and the kill were acknowledged too.
    await new Promise((resolve) => setImmediate(resolve));
    const acked = lines.filter((l) => l.startsWith('ack ')).map((l) => l.split(' ') as [string, 'register' | 'request', string]);
    expect(acked.length).toBeGreaterThanOrEqual(40);

    const { store, service } = sqliteService(file);
    for (const [, action, modelId] of acked) {
      const model = await store.getModel(modelId);
      expect(model).toBeDefined();
      if (action === 'request') {
        expect(model!.state).toBe('pending_approval');
        expect(await store.listApprovalRequests(modelId)).toHaveLength(1);
      }
    }
    const verification = await service.verifyAudit();
    expect(verification).toMatchObject({ ok: true });
    expect(verification.count).toBeGreaterThanOrEqual(acked.length);
    // Every model and request in the store has its audit record: nothing half-committed.
    const models = await store.listModels();
    const requests = (await Promise.all(models.map((m) => store.listApprovalRequests(m.modelId)))).flat();
    expect(verification.count).toBe(models.length + requests.length);
    await store.close();
  });
});
