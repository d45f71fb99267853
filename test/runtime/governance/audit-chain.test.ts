import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { canonicalize } from 'json-canonicalize';
import { auditRecordHash, GENESIS_HASH } from '../../../runtime/governance/audit-record-hash';
import { nextAuditRecord } from '../../../runtime/governance/next-audit-record';
import { type AuditContent, type AuditRecord } from '../../../runtime/governance/types';
import { verifyAuditChain } from '../../../runtime/governance/verify-audit-chain';
import { ALICE, BOB, sampleModel, sqliteService, tempDir } from './support';

const content = (i: number): AuditContent => ({
  actor: i % 2 ? 'alice' : 'bob', action: 'model.test', subject: { type: 'model', id: `m-${i}` },
  before: { n: i - 1 }, after: { n: i, note: 'é ✓' }, time: `2026-11-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`,
});

function chain(n: number): AuditRecord[] {
  const out: AuditRecord[] = [];
  for (let i = 1; i <= n; i++) {
    const prev = out.at(-1);
    out.push(nextAuditRecord(prev ? { sequence: prev.sequence, recordHash: prev.recordHash } : null, content(i)));
  }
  return out;
}
const headOf = (records: AuditRecord[]) => ({ sequence: records.at(-1)!.sequence, recordHash: records.at(-1)!.recordHash });

describe('audit chain records', () => {
  test('hash RFC 8785 canonical JSON: sorted keys, no whitespace', () => {
    const r = nextAuditRecord(null, { time: 't', subject: { id: 'x', type: 'model' }, before: null, after: { b: 1, a: 2 }, actor: 'alice', action: 'model.registered' });
    expect(r.content).toBe('{"action":"model.registered","actor":"alice","after":{"a":2,"b":1},"before":null,"subject":{"id":"x","type":"model"},"time":"t"}');
    expect(r.contentHash).toBe(createHash('sha256').update(r.content).digest('hex'));
    expect(r.sequence).toBe(1);
    expect(r.previousHash).toBe(GENESIS_HASH);
  });

  test('link each record to the previous one through a hash over sequence, previous hash and content hash', () => {
    const [a, b] = chain(2);
    expect(b!.previousHash).toBe(a!.recordHash);
    expect(b!.recordHash).toBe(createHash('sha256').update(canonicalize({ sequence: 2, previous_hash: a!.recordHash, content_hash: b!.contentHash })).digest('hex'));
    expect(auditRecordHash(1, GENESIS_HASH, 'ab'.repeat(32))).toHaveLength(64);
  });

  test('write the record hash input exactly as json-canonicalize would', () => {
    for (const sequence of [1, 42, 9_007_199_254_740_991]) {
      const expected = createHash('sha256').update(canonicalize({ sequence, previous_hash: 'c'.repeat(64), content_hash: 'd'.repeat(64) })).digest('hex');
      expect(auditRecordHash(sequence, 'c'.repeat(64), 'd'.repeat(64))).toBe(expected);
    }
  });

  test('fails on hashes that are not 64 lowercase hex digits', () => {
    expect(() => auditRecordHash(1, GENESIS_HASH, 'AB'.repeat(32))).toThrow(/auditRecordHash: previousHash and contentHash must be 64 lowercase hex digits/);
  });

  test('fails to hash a content holding NaN', () => {
    expect(() => nextAuditRecord(null, { ...content(1), after: { x: NaN } })).toThrow(/nextAuditRecord: content of action model.test cannot be canonicalized/);
  });

  test('fails on a sequence number that is not a positive integer', () => {
    expect(() => auditRecordHash(0, GENESIS_HASH, 'ab')).toThrow(/auditRecordHash: sequence must be a positive integer, got 0/);
  });
});

describe('verifyAuditChain', () => {
  test('accepts an intact chain and an empty one', () => {
    const records = chain(5);
    expect(verifyAuditChain(records, headOf(records))).toEqual({ ok: true, count: 5, head: headOf(records) });
    expect(verifyAuditChain([], null)).toEqual({ ok: true, count: 0, head: null });
  });

  test('names an edited record', () => {
    const records = chain(5);
    records[2] = { ...records[2]!, content: records[2]!.content.replace('"n":3', '"n":4') };
    expect(verifyAuditChain(records, headOf(records))).toMatchObject({ ok: false, sequence: 3, problem: expect.stringMatching(/content was modified/) });
  });

  test('names an edited record whose content hash was recomputed too', () => {
    const records = chain(5);
    const text = records[2]!.content.replace('"n":3', '"n":4');
    records[2] = { ...records[2]!, content: text, contentHash: createHash('sha256').update(text).digest('hex') };
    expect(verifyAuditChain(records, headOf(records))).toMatchObject({ ok: false, sequence: 3, problem: expect.stringMatching(/record_hash does not match/) });
  });

  test('names the gap left by a deleted record', () => {
    const records = chain(5);
    records.splice(1, 1);
    expect(verifyAuditChain(records, headOf(records))).toMatchObject({ ok: false, sequence: 2, problem: 'record 2 is missing (the next stored record is 3)' });
  });

  test('names the missing tail when the last records were deleted', () => {
    const records = chain(5);
    const head = headOf(records);
    records.splice(3);
    expect(verifyAuditChain(records, head)).toMatchObject({ ok: false, sequence: 4, problem: expect.stringMatching(/record 4 is missing: the chain ends at 3 but its head is record 5/) });
  });

  test('names the record after an inserted one, and an inserted record that does not link', () => {
    const records = chain(5);
    const forged = nextAuditRecord(headOf(records.slice(0, 2)), { ...content(99), actor: 'mallory' });
    const renumbered = records.slice(2).map((r) => ({ ...r, sequence: r.sequence + 1 }));
    const tampered = [...records.slice(0, 2), forged, ...renumbered];
    expect(verifyAuditChain(tampered, headOf(tampered))).toMatchObject({ ok: false, sequence: 4, problem: expect.stringMatching(/previous_hash does not match the hash of record 3/) });
    const unlinked = [...records.slice(0, 2), { ...forged, previousHash: 'f'.repeat(64) }, ...renumbered];
    expect(verifyAuditChain(unlinked, headOf(unlinked))).toMatchObject({ ok: false, sequence: 3 });
  });

  test('names the first of two reordered records', () => {
    const records = chain(5);
    const swapped = [records[0]!, { ...records[2]!, sequence: 2 }, { ...records[1]!, sequence: 3 }, records[3]!, records[4]!];
    expect(verifyAuditChain(swapped, headOf(records))).toMatchObject({ ok: false, sequence: 2, problem: expect.stringMatching(/previous_hash does not match the hash of record 1/) });
  });

  test('names a first record that does not start at the genesis hash', () => {
    const records = chain(3).slice(1).map((r) => ({ ...r, sequence: r.sequence - 1 }));
    expect(verifyAuditChain(records, null)).toMatchObject({ ok: false, sequence: 1, problem: expect.stringMatching(/genesis/) });
  });
});

describe('audit chain tampering in the SQLite store', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  async function storeWithHistory(name: string) {
    const { store, service } = sqliteService(join(dir, `${name}.db`));
    await service.register(ALICE, sampleModel({ version: '1' }));
    await service.register(ALICE, sampleModel({ version: '2' }));
    const r = await service.requestApproval(ALICE, 'churn-classifier-1', 'technical');
    await service.decide(BOB, r.requestId, 'approve');
    await service.register(ALICE, sampleModel({ version: '3' }));
    expect(await service.verifyAudit()).toMatchObject({ ok: true, count: 5 });
    // The store refuses UPDATE and DELETE on the audit table; an attacker with file access drops the triggers first.
    expect(() => store.db.prepare('DELETE FROM gov_audit WHERE sequence = 1').run()).toThrow(/append-only/);
    store.db.exec('DROP TRIGGER gov_audit_no_update; DROP TRIGGER gov_audit_no_delete;');
    return { store, service };
  }

  test('names the edited record', async () => {
    const { store, service } = await storeWithHistory('edit');
    store.db.prepare("UPDATE gov_audit SET content = replace(content, '\"actor\":\"bob\"', '\"actor\":\"eve\"') WHERE sequence = 4").run();
    expect(await service.verifyAudit()).toMatchObject({ ok: false, sequence: 4, problem: expect.stringMatching(/content was modified/) });
    await store.close();
  });

  test('names the deleted record', async () => {
    const { store, service } = await storeWithHistory('delete');
    store.db.prepare('DELETE FROM gov_audit WHERE sequence = 2').run();
    expect(await service.verifyAudit()).toMatchObject({ ok: false, sequence: 2, problem: expect.stringMatching(/record 2 is missing/) });
    await store.close();
  });

  test('names the record after an inserted one', async () => {
    const { store, service } = await storeWithHistory('insert');
    const rows = store.db.prepare('SELECT * FROM gov_audit WHERE sequence >= 3 ORDER BY sequence DESC').all() as { sequence: number }[];
    for (const r of rows) store.db.prepare('UPDATE gov_audit SET sequence = ? WHERE sequence = ?').run(r.sequence + 1, r.sequence);
    const two = (await store.getAuditRecord(2))!;
    const forged = nextAuditRecord({ sequence: 2, recordHash: two.recordHash }, { ...content(7), actor: 'mallory' });
    store.db.prepare('INSERT INTO gov_audit VALUES (?, ?, ?, ?, ?, ?)').run(3, forged.previousHash, forged.contentHash, forged.recordHash, null, forged.content);
    store.db.prepare('UPDATE gov_audit_head SET sequence = 6').run();
    expect(await service.verifyAudit()).toMatchObject({ ok: false, sequence: 4, problem: expect.stringMatching(/previous_hash does not match the hash of record 3/) });
    await store.close();
  });

  test('names the first of two reordered records', async () => {
    const { store, service } = await storeWithHistory('reorder');
    store.db.exec('UPDATE gov_audit SET sequence = -1 WHERE sequence = 2; UPDATE gov_audit SET sequence = 2 WHERE sequence = 3; UPDATE gov_audit SET sequence = 3 WHERE sequence = -1;');
    expect(await service.verifyAudit()).toMatchObject({ ok: false, sequence: 2 });
    await store.close();
  });
});
