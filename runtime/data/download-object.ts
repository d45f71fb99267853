import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type ReadableStream as WebReadableStream } from 'node:stream/web';
import { type requests, type responses } from 'oci-objectstorage';
import { type ObjectStorageLocation } from './table-location';
import { TableInputError } from './table-input-error';

/** The one Object Storage call a download makes; an `ObjectStorageClient` satisfies it. */
export interface ObjectDownloader {
  getObject(request: requests.GetObjectRequest): Promise<Pick<responses.GetObjectResponse, 'value'>>;
}

/**
 * Streams an Object Storage object into `dir/name` (created with mode 0600; `dir` should be a
 * private temporary folder), without holding the object in memory.
 *
 * @param client - the Object Storage client (its retry policy retries throttling, 5xx, network errors)
 * @param location - bucket, namespace and object name
 * @param dir - the folder to write into
 * @param name - the file name, keeping the object's extension so the format reads from it
 * @returns the written file's path
 * @throws TableInputError naming the `oci://` URI: not found (404), not authorised (401/403), or
 *   another failure with its status
 * @example
 * const file = await downloadObject(client, { bucket: 'datasets', namespace: 'acme', object: 'ref.parquet' }, tmp, 'ref.parquet');
 */
export async function downloadObject(client: ObjectDownloader, location: ObjectStorageLocation, dir: string, name: string): Promise<string> {
  const uri = `oci://${location.bucket}@${location.namespace}/${location.object}`;
  const file = join(dir, name);
  let value: responses.GetObjectResponse['value'];
  try {
    value = (await client.getObject({ namespaceName: location.namespace, bucketName: location.bucket, objectName: location.object })).value;
  } catch (err) {
    const e = err as { statusCode?: number; message?: string };
    if (e.statusCode === 404) throw new TableInputError(`${uri}: the object does not exist (or the bucket or namespace is wrong)`);
    if (e.statusCode === 401 || e.statusCode === 403) {
      throw new TableInputError(`${uri}: not authorised to read the object (HTTP ${e.statusCode}); the caller needs OBJECT_READ on the bucket (an IAM policy "allow ... to read objects in compartment ...")`);
    }
    throw new TableInputError(`${uri}: cannot get the object${e.statusCode ? ` (HTTP ${e.statusCode})` : ''}: ${e.message ?? String(err)}`);
  }
  const stream = value instanceof Readable ? value : Readable.fromWeb(value as WebReadableStream);
  try {
    await pipeline(stream, createWriteStream(file, { mode: 0o600 }));
  } catch (err) {
    throw new TableInputError(`${uri}: the download failed: ${(err as Error).message}`);
  }
  return file;
}
