import { join } from 'node:path';
import { ObjectStorageClient } from 'oci-objectstorage';
import { anchorAuditHead, latestAuditAnchor } from '../../../runtime/governance/adapters/audit-anchor';
import { checkAuditAnchor } from '../../../runtime/governance/check-audit-anchor';
import { nextAuditRecord } from '../../../runtime/governance/next-audit-record';
import { ociClientConfiguration } from '../../../runtime/oci';
import { OciTestServer } from '../../support/oci-test-server';
import { objectStorage } from './object-storage-fake';
import { ALICE, sampleModel, sqliteService, tempDir } from './support';

describe('audit chain anchors in Object Storage', () => {
  const { dir, cleanup } = tempDir();
  const server = new OciTestServer();
  let client: ObjectStorageClient;
  beforeAll(async () => {
    client = new ObjectStorageClient({ authenticationDetailsProvider: server.auth }, ociClientConfiguration({ maxAttempts: 1 }));
    client.endpoint = await server.start();
  });
  afterAll(async () => { await server.stop(); cleanup(); });
  const where = { namespace: 'tenancyns', bucket: 'audit-anchors' };

  test('writes the chain head with a signed PutObject and reads the newest anchor back through paged listings', async () => {
    const objects = objectStorage(server);
    const { store, service } = sqliteService(join(dir, 'a.db'));
    expect(await anchorAuditHead(client, store, where)).toBeNull();
    for (const v of ['1', '2', '3']) {
      await service.register(ALICE, sampleModel({ version: v }));
      const anchor = await anchorAuditHead(client, store, where, () => new Date('2026-11-02T00:00:00Z'));
      expect(anchor).toEqual({ sequence: Number(v), record_hash: (await store.getAuditHead())!.recordHash, anchored_at: '2026-11-02T00:00:00.000Z' });
    }
    expect([...objects.keys()]).toEqual(['audit-anchors/0000000000000001.json', 'audit-anchors/0000000000000002.json', 'audit-anchors/0000000000000003.json']);
    expect(server.requests.every((r) => r.signatureError === null)).toBe(true);
    expect(server.requests.find((r) => r.method === 'PUT')!.headers['if-none-match']).toBe('*');
    const latest = await latestAuditAnchor(client, where);
    expect(latest!.sequence).toBe(3);
    expect(checkAuditAnchor(await store.getAuditRecord(3), latest!)).toBeNull();
    // Anchoring the same head again keeps the first anchor.
    expect((await anchorAuditHead(client, store, where))!.anchored_at).toBe('2026-11-02T00:00:00.000Z');
    await store.close();
  });

  test('fails the anchor check after the store owner rewrites the whole chain consistently', async () => {
    objectStorage(server);
    const { store, service } = sqliteService(join(dir, 'b.db'));
    await service.register(ALICE, sampleModel({ version: '1' }));
    await service.register(ALICE, sampleModel({ version: '2' }));
    await anchorAuditHead(client, store, where);
    // Rewrite history: new content for record 1 and every hash after it recomputed; the chain verifies on its own.
    store.db.exec('DROP TRIGGER gov_audit_no_update; DROP TRIGGER gov_audit_no_delete;');
    const records = [...(await store.readAuditChain())];
    let head = null as { sequence: number; recordHash: string } | null;
    store.db.prepare('DELETE FROM gov_audit').run();
    for (const r of records) {
      const c = JSON.parse(r.content);
      const rewritten = nextAuditRecord(head, r.sequence === 1 ? { ...c, actor: 'mallory' } : c);
      store.db.prepare('INSERT INTO gov_audit VALUES (?, ?, ?, ?, NULL, ?)').run(rewritten.sequence, rewritten.previousHash, rewritten.contentHash, rewritten.recordHash, rewritten.content);
      head = { sequence: rewritten.sequence, recordHash: rewritten.recordHash };
    }
    store.db.prepare('UPDATE gov_audit_head SET record_hash = ? WHERE id = 1').run(head!.recordHash);
    expect(await service.verifyAudit()).toMatchObject({ ok: true });
    const anchor = (await latestAuditAnchor(client, where))!;
    expect(checkAuditAnchor(await store.getAuditRecord(anchor.sequence), anchor)).toMatch(/record 2 does not match its anchor/);
    await store.close();
  });

  test('fails to anchor a broken chain', async () => {
    objectStorage(server);
    const { store, service } = sqliteService(join(dir, 'c.db'));
    await service.register(ALICE, sampleModel());
    store.db.exec("DROP TRIGGER gov_audit_no_update; UPDATE gov_audit SET content = replace(content, 'alice', 'eve')");
    await expect(anchorAuditHead(client, store, where)).rejects.toThrow(/audit chain broken at record 1: content was modified: .*; not anchoring it/);
    await store.close();
  });
});
