import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { type ReadableStream as WebReadableStream } from 'node:stream/web';
import { type requests, type responses } from 'oci-objectstorage';
import { type ModelBytes } from './read-local-model';

/** The one Object Storage call this source makes; an `ObjectStorageClient` satisfies it. */
export interface ObjectGetter {
  getObject(request: requests.GetObjectRequest): Promise<Pick<responses.GetObjectResponse, 'value'>>;
}

/** Where a model lives in Object Storage. */
export interface ObjectLocation {
  readonly namespace: string;
  readonly bucket: string;
  readonly object: string;
}

/**
 * Parses `oci://<bucket>@<namespace>/<object path>` (the OCI CLI's notation).
 *
 * @throws Error naming the URI and the expected form
 */
export function parseObjectStorageUri(uri: string): ObjectLocation {
  const m = /^oci:\/\/([^@/]+)@([^/]+)\/(.+)$/.exec(uri);
  if (!m) throw new Error(`parseObjectStorageUri: "${uri}" is not an Object Storage URI; expected oci://<bucket>@<namespace>/<object>`);
  return { bucket: m[1]!, namespace: m[2]!, object: m[3]! };
}

async function readAll(value: responses.GetObjectResponse['value']): Promise<Buffer> {
  const stream = value instanceof Readable ? value : Readable.fromWeb(value as WebReadableStream);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

const memory = new Map<string, Buffer>();

/**
 * Fetches a model from OCI Object Storage (GetObject; the client's retry policy retries throttling,
 * 5xx and network errors), with two caches keyed by the expected digest: process memory (warm
 * Functions invocations) and `cacheDir/<sha256>.onnx` on local disk (restarts). Only bytes whose
 * digest matches are cached or returned from a cache; a cached file that no longer matches is
 * fetched again.
 *
 * @param client an `ObjectStorageClient` (built with `createAuthProvider` and `ociClientConfiguration`)
 * @param location namespace, bucket and object name
 * @param expectedSha256 the digest the model must have, hex
 * @param cacheDir local cache folder, or undefined for memory only
 * @returns bytes, expected digest and `oci://` source (digest verified by `ModelSession.load`)
 * @throws Error (`fetchObjectStorageModel: ...`) when the object cannot be fetched after the retries
 * @example
 * const m = await fetchObjectStorageModel(client, parseObjectStorageUri('oci://models@ns/iris/1/model.onnx'), digest, '/tmp/model-cache');
 */
export async function fetchObjectStorageModel(client: ObjectGetter, location: ObjectLocation, expectedSha256: string, cacheDir?: string): Promise<ModelBytes> {
  const source = `oci://${location.bucket}@${location.namespace}/${location.object}`;
  const digest = expectedSha256.trim().toLowerCase();
  const matches = (b: Buffer) => createHash('sha256').update(b).digest('hex') === digest;
  const cached = memory.get(digest);
  if (cached) return { bytes: cached, expectedSha256: digest, source };
  const cacheFile = cacheDir && /^[0-9a-f]{64}$/.test(digest) ? join(cacheDir, `${digest}.onnx`) : undefined;
  if (cacheFile) {
    const onDisk = await readFile(cacheFile).catch(() => undefined);
    if (onDisk && matches(onDisk)) {
      memory.set(digest, onDisk);
      return { bytes: onDisk, expectedSha256: digest, source };
    }
  }
  let bytes: Buffer;
  try {
    const res = await client.getObject({ namespaceName: location.namespace, bucketName: location.bucket, objectName: location.object });
    bytes = await readAll(res.value);
  } catch (err) {
    const e = err as { statusCode?: number; message?: string };
    throw new Error(`fetchObjectStorageModel: cannot get ${source}${e.statusCode ? ` (HTTP ${e.statusCode})` : ''}: ${e.message ?? String(err)}`);
  }
  if (matches(bytes)) {
    memory.set(digest, bytes);
    if (cacheFile) {
      await mkdir(cacheDir!, { recursive: true });
      await writeFile(`${cacheFile}.tmp`, bytes);
      await rename(`${cacheFile}.tmp`, cacheFile);
    }
  }
  return { bytes, expectedSha256: digest, source };
}

/** Empties the in-memory cache (tests). */
export function clearObjectStorageModelCache(): void {
  memory.clear();
}
