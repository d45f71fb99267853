import { timingSafeEqual } from 'node:crypto';
import { signWebhookPayload } from './sign-webhook-payload';

/**
 * Checks a received webhook's `X-OCI-MLOps-Signature` header: for receivers of governance events.
 *
 * @param secret - the webhook's shared secret.
 * @param header - the header value, `t=<unix seconds>,v1=<hex>`.
 * @param body - the raw request body, unparsed.
 * @param opts.nowSec - current Unix time in seconds (default: the clock).
 * @param opts.toleranceSec - how old a signature may be, seconds (default 300).
 * @returns null when valid, else why not.
 * @example
 * verifyWebhookSignature('s3cr3t-s3cr3t-s3cr3t', signWebhookPayload('s3cr3t-s3cr3t-s3cr3t', 1700000000, '{}'), '{}', { nowSec: 1700000010 }); // null
 */
export function verifyWebhookSignature(
  secret: string,
  header: string | undefined,
  body: string | Buffer,
  opts: { nowSec?: number; toleranceSec?: number } = {},
): string | null {
  if (!header) return 'missing signature header';
  const match = /^t=(\d+),v1=([a-f0-9]{64})$/.exec(header);
  if (!match) return `malformed signature header ${JSON.stringify(header)}; expected t=<unix seconds>,v1=<64 hex>`;
  const timestamp = Number(match[1]);
  const now = opts.nowSec ?? Math.floor(Date.now() / 1000);
  const tolerance = opts.toleranceSec ?? 300;
  if (Math.abs(now - timestamp) > tolerance) return `signature timestamp ${timestamp} is more than ${tolerance} s from now (${now})`;
  const expected = Buffer.from(signWebhookPayload(secret, timestamp, body).slice(-64), 'hex');
  return timingSafeEqual(expected, Buffer.from(match[2]!, 'hex')) ? null : 'signature does not match the body';
}
