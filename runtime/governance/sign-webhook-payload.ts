import { createHmac } from 'node:crypto';

/** The header that carries a webhook body's signature. */
export const WEBHOOK_SIGNATURE_HEADER = 'x-oci-mlops-signature';

/**
 * Signs a webhook body: HMAC-SHA256 keyed with the webhook's secret over `<timestamp>.<body>`, sent as
 * `t=<timestamp>,v1=<hex>` in the `X-OCI-MLOps-Signature` header. The timestamp lets the receiver
 * refuse old deliveries replayed by someone who captured one.
 *
 * @param secret - the webhook's shared secret.
 * @param timestampSec - Unix time of the attempt, seconds.
 * @param body - the exact bytes sent.
 * @returns the header value.
 * @throws Error when the secret is empty or the timestamp is not a non-negative integer.
 * @example
 * signWebhookPayload('s3cr3t-s3cr3t-s3cr3t', 1700000000, '{}'); // 't=1700000000,v1=…64 hex…'
 */
export function signWebhookPayload(secret: string, timestampSec: number, body: string | Buffer): string {
  if (!secret) throw new Error('signWebhookPayload: secret must not be empty');
  if (!Number.isSafeInteger(timestampSec) || timestampSec < 0) throw new Error(`signWebhookPayload: timestampSec must be a non-negative integer, got ${timestampSec}`);
  const mac = createHmac('sha256', secret).update(`${timestampSec}.`).update(body).digest('hex');
  return `t=${timestampSec},v1=${mac}`;
}
