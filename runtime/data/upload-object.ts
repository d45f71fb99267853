import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { type requests, type responses } from 'oci-objectstorage';
import { type ObjectStorageLocation } from './table-location';
import { TableInputError } from './table-input-error';

/** The one Object Storage call an upload makes; an `ObjectStorageClient` satisfies it. */
export interface ObjectUploader {
  putObject(request: requests.PutObjectRequest): Promise<Pick<responses.PutObjectResponse, 'eTag'>>;
}

/**
 * Streams a local file into an Object Storage object with one PutObject (the object appears, or is
 * replaced, only when the upload completes), without holding the file in memory.
 *
 * @param client - the Object Storage client (its retry policy retries throttling, 5xx, network errors)
 * @param file - the local file
 * @param location - bucket, namespace and object name
 * @throws TableInputError naming the `oci://` URI: bucket not found (404), not authorised (401/403),
 *   or another failure with its status
 * @example
 * await uploadObject(client, 'features.parquet', { bucket: 'features', namespace: 'acme', object: '2026/card_activity.parquet' });
 */
export async function uploadObject(client: ObjectUploader, file: string, location: ObjectStorageLocation): Promise<void> {
  const uri = `oci://${location.bucket}@${location.namespace}/${location.object}`;
  const { size } = await stat(file);
  try {
    await client.putObject({ namespaceName: location.namespace, bucketName: location.bucket, objectName: location.object, putObjectBody: createReadStream(file), contentLength: size });
  } catch (err) {
    const e = err as { statusCode?: number; message?: string };
    if (e.statusCode === 404) throw new TableInputError(`${uri}: the bucket does not exist (or the namespace is wrong)`);
    if (e.statusCode === 401 || e.statusCode === 403) {
      throw new TableInputError(`${uri}: not authorised to write the object (HTTP ${e.statusCode}); the caller needs OBJECT_CREATE (and OBJECT_OVERWRITE to replace) on the bucket (an IAM policy "allow ... to manage objects in compartment ...")`);
    }
    throw new TableInputError(`${uri}: cannot put the object${e.statusCode ? ` (HTTP ${e.statusCode})` : ''}: ${e.message ?? String(err)}`);
  }
}
