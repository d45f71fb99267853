import { auditRecordHash, GENESIS_HASH } from './audit-record-hash';
import { sha256Hex } from './sha256-hex';
import { type AuditHead, type AuditRecord } from './types';

export type AuditVerification =
  | { readonly ok: true; readonly count: number; readonly head: AuditHead | null }
  | { readonly ok: false; readonly count: number; readonly sequence: number; readonly problem: string };

/**
 * Checks a whole audit chain in sequence order and names the first bad record.
 *
 * For each record: the sequence follows the previous one (a gap means a deleted record), `previous_hash`
 * equals the previous record's hash (inserted or reordered records break this), `content_hash` is the
 * SHA-256 of the stored canonical content (edits break this), and `record_hash` covers sequence,
 * previous hash and content hash. Finally the chain must end at the stored head (a deleted tail).
 *
 * @param records - every record, in ascending sequence order as the store returns them.
 * @param head - the head the store keeps beside the chain; null when the store has none.
 * @returns `ok` with the count and head, or the first bad sequence number and what is wrong with it.
 * @example
 * verifyAuditChain([r1, r2], { sequence: 2, recordHash: r2.recordHash }); // { ok: true, count: 2, head: {...} }
 */
export function verifyAuditChain(records: Iterable<AuditRecord>, head: AuditHead | null): AuditVerification {
  let count = 0;
  let previous: AuditRecord | null = null;
  for (const record of records) {
    const expected = (previous?.sequence ?? 0) + 1;
    const fail = (sequence: number, problem: string): AuditVerification => ({ ok: false, count, sequence, problem });
    if (record.sequence !== expected) {
      return record.sequence > expected
        ? fail(expected, `record ${expected} is missing (the next stored record is ${record.sequence})`)
        : fail(record.sequence, `record ${record.sequence} is out of order (expected ${expected})`);
    }
    const previousHash = previous?.recordHash ?? GENESIS_HASH;
    if (record.previousHash !== previousHash) {
      return fail(record.sequence, previous
        ? `previous_hash does not match the hash of record ${previous.sequence} (a record was inserted, deleted or reordered before it)`
        : 'previous_hash of the first record is not the genesis hash (records were deleted before it)');
    }
    if (sha256Hex(record.content) !== record.contentHash) {
      return fail(record.sequence, 'content was modified: its SHA-256 does not match content_hash');
    }
    if (auditRecordHash(record.sequence, record.previousHash, record.contentHash) !== record.recordHash) {
      return fail(record.sequence, 'record_hash does not match its sequence, previous_hash and content_hash');
    }
    previous = record;
    count++;
  }
  const last = previous ? { sequence: previous.sequence, recordHash: previous.recordHash } : null;
  if (head && (!last || head.sequence > last.sequence)) {
    return { ok: false, count, sequence: (last?.sequence ?? 0) + 1, problem: `record ${(last?.sequence ?? 0) + 1} is missing: the chain ends at ${last?.sequence ?? 0} but its head is record ${head.sequence}` };
  }
  if (head && last && head.sequence < last.sequence) {
    return { ok: false, count, sequence: head.sequence + 1, problem: `record ${head.sequence + 1} was added outside the store: the chain head is record ${head.sequence}` };
  }
  if (head && last && (head.sequence !== last.sequence || head.recordHash !== last.recordHash)) {
    return { ok: false, count, sequence: last.sequence, problem: `record ${last.sequence} does not match the chain head (head: record ${head.sequence}, hash ${head.recordHash.slice(0, 12)}…)` };
  }
  return { ok: true, count, head: last };
}
