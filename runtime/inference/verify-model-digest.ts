import { createHash } from 'node:crypto';

/**
 * Checks model bytes against the expected SHA-256 digest before anything uses them.
 *
 * @param bytes the model file content
 * @param expectedSha256 64 hex digits (any case)
 * @param source where the bytes came from, for the message (a path or `oci://...`)
 * @returns the digest actually computed (lowercase hex)
 * @throws Error (`verifyModelDigest: ...`) when the expected digest is not 64 hex digits, or does not match
 * @example
 * verifyModelDigest(Buffer.from('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', 'inline');
 */
export function verifyModelDigest(bytes: Uint8Array, expectedSha256: string, source: string): string {
  const expected = expectedSha256.trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(expected)) {
    throw new Error(`verifyModelDigest: the expected SHA-256 for ${source} must be 64 hex digits, got "${expectedSha256}"`);
  }
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== expected) {
    throw new Error(`verifyModelDigest: ${source} has SHA-256 ${actual}, expected ${expected}; refusing to serve a model that is not the one configured`);
  }
  return actual;
}
