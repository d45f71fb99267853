import { createHash } from 'node:crypto';
import { canonicalize } from 'json-canonicalize';

/** The `previous_hash` of the first record. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The SHA-256 that links a record into the chain: the hash of the RFC 8785 (JCS) canonical JSON of
 * `{content_hash, previous_hash, sequence}`. Covering the sequence number makes renumbering detectable.
 *
 * @param sequence - the record's sequence number, 1 for the first.
 * @param previousHash - the record hash of the record before it (GENESIS_HASH for the first).
 * @param contentHash - SHA-256 of the record's canonical content.
 * @returns lowercase hex SHA-256.
 * @throws Error when sequence is not a positive integer.
 * @example
 * auditRecordHash(1, GENESIS_HASH, 'ab'.repeat(32)).length; // 64
 */
export function auditRecordHash(sequence: number, previousHash: string, contentHash: string): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new Error(`auditRecordHash: sequence must be a positive integer, got ${sequence}`);
  return createHash('sha256').update(canonicalize({ sequence, previous_hash: previousHash, content_hash: contentHash })).digest('hex');
}
