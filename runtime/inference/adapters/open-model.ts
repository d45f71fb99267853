import { ModelSession } from '../model-session';
import { fetchObjectStorageModel, type ObjectGetter, parseObjectStorageUri } from './object-storage-model-source';
import { type ModelBytes, readLocalModel } from './read-local-model';

/** Which model to serve and how to trust it. */
export interface ModelConfig {
  /** A local `.onnx` path, or `oci://<bucket>@<namespace>/<object>`. */
  readonly model: string;
  /** Model name in routes and logs. */
  readonly name: string;
  /**
   * Expected SHA-256, hex.
   * @default - local files: `FILE.sha256` beside the model; Object Storage: required
   */
  readonly sha256?: string;
  /** @default - metadata `model_version`, else `sha256:<first 12 digits>` */
  readonly version?: string;
  /** Disk cache for Object Storage models. @default - memory only */
  readonly cacheDir?: string;
  /** Object Storage client to use. @default - an `ObjectStorageClient` with `createAuthProvider()` */
  readonly objectStorage?: ObjectGetter;
}

/**
 * Fetches (local file or Object Storage), verifies and opens the model to serve. Give it to
 * `ModelSlot.load`, which records the reason when this throws.
 *
 * @param config model location, name, expected digest, version, cache folder
 * @returns the opened model session
 * @throws Error when the model cannot be read, has no expected digest, does not match it, or is not servable
 * @example
 * await slot.load(() => openModel({ model: 'models/iris-classifier.onnx', name: 'iris-classifier' }));
 */
export async function openModel(config: ModelConfig): Promise<ModelSession> {
  let found: ModelBytes;
  if (config.model.startsWith('oci://')) {
    if (!config.sha256) throw new Error(`openModel: ${config.model} needs an expected SHA-256 (MODEL_SHA256 / --sha256): Object Storage models are never served unverified`);
    const location = parseObjectStorageUri(config.model);
    // Loaded only for Object Storage models: the OCI SDK modules dominate a cold start.
    const client = config.objectStorage ?? await (async () => {
      const [{ ObjectStorageClient }, oci] = await Promise.all([import('oci-objectstorage'), import('../../oci')]);
      return new ObjectStorageClient({ authenticationDetailsProvider: await oci.createAuthProvider() }, oci.ociClientConfiguration());
    })();
    found = await fetchObjectStorageModel(client, location, config.sha256, config.cacheDir);
  } else {
    found = await readLocalModel(config.model, config.sha256);
  }
  return ModelSession.load(found.bytes, { name: config.name, expectedSha256: found.expectedSha256, source: found.source, version: config.version });
}
