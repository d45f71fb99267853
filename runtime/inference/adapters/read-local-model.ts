import { readFile } from 'node:fs/promises';
import { parseSha256File } from '../parse-sha256-file';

/** Model bytes plus the digest they must match, ready for `ModelSession.load`. */
export interface ModelBytes {
  readonly bytes: Uint8Array;
  readonly expectedSha256: string;
  /** Where the bytes came from (path or `oci://` URI), for messages. */
  readonly source: string;
}

/**
 * Reads a model file and its expected digest: `expectedSha256` when given, else the `FILE.sha256`
 * file beside the model. The digest is not checked here (`ModelSession.load` does).
 *
 * @param file path of the `.onnx` file
 * @param expectedSha256 the digest to require, hex; overrides the `.sha256` file
 * @returns bytes, expected digest and source
 * @throws Error (`readLocalModel: ...`) when the model cannot be read, or no digest is given and
 *   `FILE.sha256` is missing or malformed
 * @example
 * const m = await readLocalModel('models/iris-classifier.onnx'); // digest from models/iris-classifier.onnx.sha256
 */
export async function readLocalModel(file: string, expectedSha256?: string): Promise<ModelBytes> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new Error(`readLocalModel: cannot read model file ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (expectedSha256 !== undefined) return { bytes, expectedSha256, source: file };
  let text: string;
  try {
    text = await readFile(`${file}.sha256`, 'utf8');
  } catch {
    throw new Error(`readLocalModel: no expected SHA-256 for ${file}: pass one (--sha256 / MODEL_SHA256) or put ${file}.sha256 beside the model`);
  }
  try {
    return { bytes, expectedSha256: parseSha256File(text, `${file}.sha256`), source: file };
  } catch (err) {
    throw new Error(`readLocalModel: ${(err as Error).message}`);
  }
}
