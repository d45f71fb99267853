import { canonicalize } from 'json-canonicalize';
import { auditRecordHash, GENESIS_HASH } from './audit-record-hash';
import { sha256Hex } from './sha256-hex';
import { type AuditContent, type AuditHead, type AuditRecord } from './types';

/**
 * Builds the record that appends `content` to a chain whose last record is `head`.
 *
 * The content is serialized with the JSON Canonicalization Scheme (RFC 8785, via `json-canonicalize`):
 * sorted keys, no whitespace, ECMAScript number formatting; its SHA-256 is the content hash.
 *
 * @param head - the chain's last record, or null for an empty chain.
 * @param content - actor, action, subject, before, after and time of the event.
 * @returns the record to store, sequence `head.sequence + 1`.
 * @throws Error when the content holds a value JSON cannot carry (NaN, Infinity, a function).
 * @example
 * nextAuditRecord(null, { actor: 'alice', action: 'model.registered', subject: { type: 'model', id: 'churn-3' }, before: null, after: { state: 'registered' }, time: '2026-01-01T00:00:00.000Z' }).sequence; // 1
 */
export function nextAuditRecord(head: AuditHead | null, content: AuditContent): AuditRecord {
  let text: string;
  try {
    text = canonicalize(content);
  } catch (err) {
    throw new Error(`nextAuditRecord: content of action ${content.action} cannot be canonicalized: ${(err as Error).message}`);
  }
  const sequence = (head?.sequence ?? 0) + 1;
  const previousHash = head?.recordHash ?? GENESIS_HASH;
  const contentHash = sha256Hex(text);
  return { sequence, previousHash, contentHash, recordHash: auditRecordHash(sequence, previousHash, contentHash), content: text };
}
