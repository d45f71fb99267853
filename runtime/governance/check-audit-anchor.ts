import { type AuditRecord } from './types';

/** What an anchor object in Object Storage holds: the chain head at the time it was written. */
export interface AuditAnchor {
  readonly sequence: number;
  readonly record_hash: string;
  readonly anchored_at: string;
}

/**
 * Compares the store's record at an anchored sequence with the anchor written to the retention-locked
 * bucket. A chain rewritten by the store's owner verifies on its own, but no longer matches its anchors.
 *
 * @param record - the store's record with the anchor's sequence number, or undefined when missing.
 * @param anchor - the anchor read from Object Storage.
 * @returns null when they match, else what differs.
 * @example
 * checkAuditAnchor(record7, { sequence: 7, record_hash: record7.recordHash, anchored_at: '…' }); // null
 */
export function checkAuditAnchor(record: AuditRecord | undefined, anchor: AuditAnchor): string | null {
  if (!record) return `record ${anchor.sequence} is missing: it was anchored at ${anchor.anchored_at}`;
  if (record.sequence !== anchor.sequence) throw new Error(`checkAuditAnchor: record ${record.sequence} passed for anchor of record ${anchor.sequence}`);
  if (record.recordHash !== anchor.record_hash) {
    return `record ${anchor.sequence} does not match its anchor of ${anchor.anchored_at}: stored hash ${record.recordHash.slice(0, 12)}…, anchored ${anchor.record_hash.slice(0, 12)}… (history was rewritten)`;
  }
  return null;
}
