import { type Readable } from 'node:stream';
import { type requests, type responses } from 'oci-objectstorage';
import { type DriftProfile } from '../profile/drift-profile-schema';
import { parseDriftProfile } from '../profile/parse-drift-profile';

/** The ObjectStorageClient operations the store uses (a real `ObjectStorageClient` fits). */
export interface ProfileObjectClient {
  getNamespace(request: requests.GetNamespaceRequest): Promise<responses.GetNamespaceResponse>;
  getObject(request: requests.GetObjectRequest): Promise<responses.GetObjectResponse>;
}

export interface ProfileLocation {
  readonly bucket: string;
  readonly object: string;
  readonly namespace?: string;
}

export interface ProfileStoreOptions {
  /**
   * Seconds a loaded profile is reused before it is read again (a new profile is picked up then).
   * @default 600
   */
  readonly ttlSec?: number;
  /**
   * Profiles kept in memory; the least recently used is forgotten first.
   * @default 50
   */
  readonly maxProfiles?: number;
  /**
   * Largest profile accepted, in bytes.
   * @default 33554432 (32 MiB)
   */
  readonly maxBytes?: number;
  readonly now?: () => number;
}

/**
 * Loads reference profiles from Object Storage (GetObject; the namespace from GetNamespace when the
 * location has none), validates them, and caches them for `ttlSec` in a bounded LRU cache.
 *
 * @example
 * const store = new ProfileStore(objectStorageClient);
 * await store.load({ bucket: 'mlops-profiles', object: 'churn/v3.json' }); // DriftProfile
 */
export class ProfileStore {
  private readonly cache = new Map<string, { profile: DriftProfile; loadedAt: number }>();
  private namespace: Promise<string> | null = null;

  constructor(
    private readonly client: ProfileObjectClient,
    private readonly options: ProfileStoreOptions = {},
  ) {}

  /**
   * The profile at `location`, from the cache when fresh.
   * @throws Error naming the bucket and object when it cannot be read, is too large or is not a profile
   */
  async load(location: ProfileLocation): Promise<DriftProfile> {
    const now = (this.options.now ?? Date.now)();
    const key = `${location.namespace ?? ''}/${location.bucket}/${location.object}`;
    const hit = this.cache.get(key);
    if (hit && now - hit.loadedAt < (this.options.ttlSec ?? 600) * 1000) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit.profile;
    }
    const namespaceName = location.namespace ?? (await this.defaultNamespace());
    const source = `oci://${location.bucket}@${namespaceName}/${location.object}`;
    let text: string;
    try {
      const res = await this.client.getObject({ namespaceName, bucketName: location.bucket, objectName: location.object });
      text = await readBody(res.value, this.options.maxBytes ?? 32 << 20, source);
    } catch (err) {
      throw new Error(`ProfileStore: cannot read the reference profile ${source}: ${(err as Error).message}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      throw new Error(`ProfileStore: ${source} is not JSON: ${(err as Error).message}`);
    }
    const profile = parseDriftProfile(json, source);
    this.cache.delete(key);
    this.cache.set(key, { profile, loadedAt: now });
    while (this.cache.size > (this.options.maxProfiles ?? 50)) this.cache.delete(this.cache.keys().next().value!);
    return profile;
  }

  private defaultNamespace(): Promise<string> {
    this.namespace ??= this.client.getNamespace({}).then((r) => r.value);
    this.namespace.catch(() => {
      this.namespace = null;
    });
    return this.namespace;
  }
}

async function readBody(value: Readable | ReadableStream, maxBytes: number, source: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  const iterable: AsyncIterable<Uint8Array> =
    typeof (value as ReadableStream).getReader === 'function'
      ? (async function* () {
          const reader = (value as ReadableStream<Uint8Array>).getReader();
          for (;;) {
            const { done, value: chunk } = await reader.read();
            if (done) return;
            yield chunk;
          }
        })()
      : (value as AsyncIterable<Uint8Array>);
  for await (const chunk of iterable) {
    size += chunk.length;
    if (size > maxBytes) throw new Error(`${source} is larger than ${maxBytes} bytes`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks).toString('utf8');
}
