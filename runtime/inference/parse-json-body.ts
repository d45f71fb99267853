import { InferenceError } from './inference-error';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Parses a request body as JSON within a size limit.
 *
 * @param body raw bytes as received
 * @param maxBytes largest accepted body, bytes
 * @returns the parsed value
 * @throws InferenceError 413 `payload_too_large` above `maxBytes`; 400 `invalid_json` for an empty
 *   body, invalid UTF-8 or JSON, or nesting deeper than the parser can take
 * @example
 * parseJsonBody(Buffer.from('{"features":[1,2]}'), 1024); // { features: [1, 2] }
 */
export function parseJsonBody(body: Uint8Array, maxBytes: number): unknown {
  if (body.byteLength > maxBytes) {
    throw new InferenceError(413, 'payload_too_large', `request body is ${body.byteLength} bytes; the limit is ${maxBytes}`, [
      { path: '', message: `at most ${maxBytes} bytes` },
    ]);
  }
  if (body.byteLength === 0) {
    throw new InferenceError(400, 'invalid_json', 'request body is empty; send a JSON object', [{ path: '', message: 'empty body' }]);
  }
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw new InferenceError(400, 'invalid_json', 'request body is not valid UTF-8', [{ path: '', message: 'invalid UTF-8' }]);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = err instanceof RangeError ? 'JSON nesting is too deep' : (err as Error).message;
    throw new InferenceError(400, 'invalid_json', `request body is not valid JSON: ${message}`, [{ path: '', message }]);
  }
}
