import { backoffDelay } from '../../../runtime/governance/backoff-delay';
import { checkAuditAnchor } from '../../../runtime/governance/check-audit-anchor';
import { nextAuditRecord } from '../../../runtime/governance/next-audit-record';
import { signWebhookPayload } from '../../../runtime/governance/sign-webhook-payload';
import { verifyWebhookSignature } from '../../../runtime/governance/verify-webhook-signature';
import { zodIssues } from '../../../runtime/governance/zod-issues';
import { createHmac } from 'node:crypto';
import { z } from 'zod';

const SECRET = 's3cr3t-s3cr3t-s3cr3t';

describe('webhook signatures', () => {
  test('sign HMAC-SHA256 of "<timestamp>.<body>" as t=…,v1=…', () => {
    const header = signWebhookPayload(SECRET, 1700000000, '{}');
    expect(header).toBe(`t=1700000000,v1=${createHmac('sha256', SECRET).update('1700000000.{}').digest('hex')}`);
  });

  test('verify a fresh signature, as in the JSDoc example', () => {
    expect(verifyWebhookSignature(SECRET, signWebhookPayload(SECRET, 1700000000, '{}'), '{}', { nowSec: 1700000010 })).toBeNull();
  });

  test.each([
    ['a changed body', signWebhookPayload(SECRET, 1700000000, '{}'), '{"x":1}', 1700000000, /does not match the body/],
    ['another secret', signWebhookPayload('another-secret-value', 1700000000, '{}'), '{}', 1700000000, /does not match the body/],
    ['an old timestamp', signWebhookPayload(SECRET, 1700000000, '{}'), '{}', 1700001000, /more than 300 s from now/],
    ['a malformed header', 'sha256=abc', '{}', 1700000000, /malformed signature header/],
    ['no header', undefined, '{}', 1700000000, /missing signature header/],
  ])('fails on %s', (_name, header, body, now, problem) => {
    expect(verifyWebhookSignature(SECRET, header, body, { nowSec: now })).toMatch(problem);
  });

  test('fails to sign with an empty secret or a bad timestamp', () => {
    expect(() => signWebhookPayload('', 1, '{}')).toThrow(/secret must not be empty/);
    expect(() => signWebhookPayload(SECRET, -1, '{}')).toThrow(/timestampSec must be a non-negative integer, got -1/);
  });
});

describe('backoffDelay', () => {
  test('doubles per retry with equal jitter and a cap, as in the JSDoc example', () => {
    expect(backoffDelay(3, 100, 10_000, 0)).toBe(200);
    expect(backoffDelay(1, 100, 10_000, 0.999999)).toBeCloseTo(100, 3);
    expect(backoffDelay(20, 100, 1000, 0)).toBe(500);
  });

  test('fails on retry 0 and on negative delays', () => {
    expect(() => backoffDelay(0, 1, 1)).toThrow(/retry must be an integer >= 1, got 0/);
    expect(() => backoffDelay(1, -1, 1)).toThrow(/baseMs and maxMs must be >= 0/);
  });
});

describe('checkAuditAnchor', () => {
  const record = nextAuditRecord(null, { actor: 'a', action: 'x', subject: { type: 'model', id: 'm' }, before: null, after: null, time: 't' });

  test('accepts the record the anchor names, as in the JSDoc example', () => {
    expect(checkAuditAnchor(record, { sequence: 1, record_hash: record.recordHash, anchored_at: '2026-11-01T00:00:00Z' })).toBeNull();
  });

  test('fails on a rewritten or missing record', () => {
    expect(checkAuditAnchor(record, { sequence: 1, record_hash: 'f'.repeat(64), anchored_at: 'then' })).toMatch(/record 1 does not match its anchor of then.*history was rewritten/);
    expect(checkAuditAnchor(undefined, { sequence: 9, record_hash: 'f'.repeat(64), anchored_at: 'then' })).toMatch(/record 9 is missing/);
  });
});

describe('zodIssues', () => {
  test('flattens issues to path and message, as in the JSDoc example', () => {
    expect(zodIssues(z.object({ a: z.number() }).safeParse({ a: 'x' }).error!)).toEqual([{ path: 'a', message: 'Invalid input: expected number, received string' }]);
    expect(zodIssues(z.number().safeParse('x').error!)[0]!.path).toBe('(root)');
  });
});
