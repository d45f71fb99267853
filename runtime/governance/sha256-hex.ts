import * as crypto from 'node:crypto';

type OneShotHash = (algorithm: string, data: string | Buffer, encoding: 'hex') => string;
// Node >= 20.12 has the one-shot crypto.hash (faster for small inputs); @types/node 20 does not declare it yet.
const oneShot = (crypto as unknown as { hash?: OneShotHash }).hash;

/**
 * SHA-256 of a UTF-8 string or bytes, as lowercase hex.
 *
 * @param data - what to hash; strings are hashed as UTF-8.
 * @returns 64 hex digits.
 * @example
 * sha256Hex(''); // 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 */
export function sha256Hex(data: string | Buffer): string {
  return oneShot ? oneShot('sha256', data, 'hex') : crypto.createHash('sha256').update(data).digest('hex');
}
