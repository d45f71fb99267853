import { canonicalize } from 'json-canonicalize';
import { type ObjectStorageClient } from 'oci-objectstorage';
import { type AuditAnchor } from '../check-audit-anchor';
import { GovernanceError } from '../governance-error';
import { type GovernanceStore } from '../store';
import { verifyAuditChain } from '../verify-audit-chain';

export interface AnchorLocation {
  readonly namespace: string;
  readonly bucket: string;
  /** @default 'audit-anchors/' */
  readonly prefix?: string;
}

type AnchorClient = Pick<ObjectStorageClient, 'putObject' | 'listObjects' | 'getObject'>;

const objectName = (prefix: string, sequence: number) => `${prefix}${String(sequence).padStart(16, '0')}.json`;

/**
 * Writes the audit chain head to Object Storage as `<prefix><sequence, 16 digits>.json` (PutObject with
 * `If-None-Match: *`, so an anchor is never overwritten; the bucket's retention rule keeps anyone,
 * the store's owner included, from deleting or replacing it). The chain is verified first: a broken
 * chain is not anchored.
 *
 * @returns the anchor written, or the existing one when the head was anchored already; null for an empty chain.
 * @throws GovernanceError `conflict` when the chain does not verify; the SDK's error when PutObject fails.
 */
export async function anchorAuditHead(client: AnchorClient, store: GovernanceStore, where: AnchorLocation, clock: () => Date = () => new Date()): Promise<AuditAnchor | null> {
  const head = await store.getAuditHead();
  const verification = verifyAuditChain(await store.readAuditChain(), head);
  if (!verification.ok) {
    throw new GovernanceError('conflict', `audit chain broken at record ${verification.sequence}: ${verification.problem}; not anchoring it`, { sequence: verification.sequence });
  }
  if (!head) return null;
  const anchor: AuditAnchor = { sequence: head.sequence, record_hash: head.recordHash, anchored_at: clock().toISOString() };
  try {
    await client.putObject({
      namespaceName: where.namespace, bucketName: where.bucket, objectName: objectName(where.prefix ?? 'audit-anchors/', head.sequence),
      putObjectBody: canonicalize(anchor), contentType: 'application/json', ifNoneMatch: '*',
    });
  } catch (err) {
    // 409/412: this head is anchored already; keep the first anchor.
    const status = (err as { statusCode?: number }).statusCode;
    if (status === 409 || status === 412) return latestAuditAnchor(client, where);
    throw err;
  }
  return anchor;
}

/**
 * Reads the newest anchor (highest sequence) under the prefix: ListObjects, paging through
 * `nextStartWith`, then GetObject.
 *
 * @returns the anchor, or null when none was written.
 * @throws Error when the object is not an anchor document.
 */
export async function latestAuditAnchor(client: AnchorClient, where: AnchorLocation): Promise<AuditAnchor | null> {
  const prefix = where.prefix ?? 'audit-anchors/';
  let last: string | undefined;
  let start: string | undefined;
  do {
    const page = await client.listObjects({ namespaceName: where.namespace, bucketName: where.bucket, prefix, start });
    for (const o of page.listObjects.objects) if (/^\d{16}\.json$/.test(o.name.slice(prefix.length)) && (!last || o.name > last)) last = o.name;
    start = page.listObjects.nextStartWith;
  } while (start);
  if (!last) return null;
  const res = await client.getObject({ namespaceName: where.namespace, bucketName: where.bucket, objectName: last });
  const text = await new Response(res.value as ConstructorParameters<typeof Response>[0]).text();
  const doc = JSON.parse(text) as Partial<AuditAnchor>;
  if (!Number.isSafeInteger(doc.sequence) || typeof doc.record_hash !== 'string' || typeof doc.anchored_at !== 'string') {
    throw new Error(`latestAuditAnchor: ${last} is not an audit anchor (expected {sequence, record_hash, anchored_at}), got ${text.slice(0, 200)}`);
  }
  return doc as AuditAnchor;
}
