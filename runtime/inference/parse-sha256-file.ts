/**
 * Reads the digest from a `.sha256` file: either the bare hex digest or `sha256sum` output
 * (`<hex>  <file name>`); the first line counts.
 *
 * @param text the file content
 * @param file the file's path, for the message
 * @returns the digest, lowercase hex
 * @throws Error (`parseSha256File: ...`) when the first word is not 64 hex digits
 * @example
 * parseSha256File('104d390c3c67599611e768818e266751cff8b372542b65dc24f9d457ad7d3752  iris-classifier.onnx\n', 'm.onnx.sha256');
 */
export function parseSha256File(text: string, file: string): string {
  const first = text.trim().split(/\s+/)[0] ?? '';
  if (!/^[0-9a-fA-F]{64}$/.test(first)) {
    throw new Error(`parseSha256File: ${file} must start with a 64-hex-digit SHA-256 digest, got "${first.slice(0, 80)}"`);
  }
  return first.toLowerCase();
}
