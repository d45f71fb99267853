import { sha256Hex } from './sha256-hex';

/** The `previous_hash` of the first record. */
export const GENESIS_HASH = '0'.repeat(64);

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * The SHA-256 that links a record into the chain: the hash of the RFC 8785 (JCS) canonical JSON of
 * `{content_hash, previous_hash, sequence}`. Covering the sequence number makes renumbering detectable.
 *
 * The JSON is written directly: for two lowercase hex strings and a safe integer, JCS output is exactly
 * this text (keys in code-point order, no escapes, integer formatting); a test checks it against
 * `json-canonicalize`. Verification of a long chain spends most of its time here.
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
  if (!HEX64.test(previousHash) || !HEX64.test(contentHash)) {
    throw new Error(`auditRecordHash: previousHash and contentHash must be 64 lowercase hex digits, got ${JSON.stringify(previousHash)} and ${JSON.stringify(contentHash)}`);
  }
  return sha256Hex(`{"content_hash":"${contentHash}","previous_hash":"${previousHash}","sequence":${sequence}}`);
}
