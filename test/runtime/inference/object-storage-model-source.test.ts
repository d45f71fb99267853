/**
 * @jest-environment ./test/runtime/inference/ort-environment.js
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ObjectStorageClient } from 'oci-objectstorage';
import { clearObjectStorageModelCache, fetchObjectStorageModel, parseObjectStorageUri } from '../../../runtime/inference/adapters/object-storage-model-source';
import { openModel } from '../../../runtime/inference/adapters/open-model';
import { readLocalModel } from '../../../runtime/inference/adapters/read-local-model';
import { ModelSlot } from '../../../runtime/inference/model-slot';
import { ociClientConfiguration } from '../../../runtime/oci';
import { OciTestServer } from '../../support/oci-test-server';
import { IRIS_FILE, irisBytes, sha256 } from './models';

const DIGEST = sha256(irisBytes());
const URI = 'oci://models@tenancyns/iris/1/iris-classifier.onnx';

describe('models from OCI Object Storage', () => {
  const server = new OciTestServer();
  let client: ObjectStorageClient;
  let cacheDir: string;
  beforeAll(async () => {
    client = new ObjectStorageClient({ authenticationDetailsProvider: server.auth }, ociClientConfiguration({ maxDelaySec: 0.01 }));
    client.endpoint = await server.start();
  });
  afterAll(() => server.stop());
  beforeEach(() => { clearObjectStorageModelCache(); cacheDir = mkdtempSync(join(tmpdir(), 'model-cache-')); server.requests.length = 0; });
  afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

  test('parses oci://bucket@namespace/object', () => {
    expect(parseObjectStorageUri(URI)).toEqual({ bucket: 'models', namespace: 'tenancyns', object: 'iris/1/iris-classifier.onnx' });
    expect(() => parseObjectStorageUri('s3://x/y')).toThrow(/expected oci:\/\/<bucket>@<namespace>\/<object>/);
  });

  test('fetches a signed GetObject, retries a 503 on the first try, verifies and caches it in memory and on disk', async () => {
    let calls = 0;
    server.setHandler(() => (++calls === 1 ? { status: 503, json: { code: 'ServiceUnavailable', message: 'try again' } } : { status: 200, body: irisBytes(), headers: { 'content-type': 'application/octet-stream' } }));
    const slot = new ModelSlot('iris-classifier');
    await slot.load(() => openModel({ model: URI, name: 'iris-classifier', sha256: DIGEST, cacheDir, objectStorage: client }));
    expect(slot.ready).toBe(true);
    expect(calls).toBe(2);
    expect(server.requests.map((r) => [r.method, r.url, r.signatureError])).toEqual([
      ['GET', '/n/tenancyns/b/models/o/iris%2F1%2Firis-classifier.onnx', null],
      ['GET', '/n/tenancyns/b/models/o/iris%2F1%2Firis-classifier.onnx', null],
    ]);
    expect(sha256(readFileSync(join(cacheDir, `${DIGEST}.onnx`)))).toBe(DIGEST);
    // Warm: memory cache, no request.
    await fetchObjectStorageModel(client, parseObjectStorageUri(URI), DIGEST, cacheDir);
    expect(calls).toBe(2);
    // Restart: disk cache, no request.
    clearObjectStorageModelCache();
    expect((await fetchObjectStorageModel(client, parseObjectStorageUri(URI), DIGEST, cacheDir)).bytes.length).toBe(irisBytes().length);
    expect(calls).toBe(2);
    await slot.require().release();
  });

  test('fails readiness with the reason when the object does not match its digest, and caches nothing', async () => {
    server.setHandler(() => ({ status: 200, body: Buffer.concat([irisBytes(), Buffer.from('tampered')]) }));
    const slot = new ModelSlot('iris-classifier');
    await slot.load(() => openModel({ model: URI, name: 'iris-classifier', sha256: DIGEST, cacheDir, objectStorage: client }));
    expect(slot.state).toMatchObject({ status: 'failed', reason: expect.stringMatching(/oci:\/\/models@tenancyns\/iris\/1\/iris-classifier.onnx has SHA-256 .* expected 104d390c/) });
    expect(() => slot.require()).toThrow(/failed to load/);
  });

  test('fails readiness when the object is missing', async () => {
    server.setHandler(() => ({ status: 404, json: { code: 'ObjectNotFound', message: 'The object was not found' } }));
    const slot = new ModelSlot('iris');
    await slot.load(() => openModel({ model: URI, name: 'iris', sha256: DIGEST, objectStorage: client }));
    expect(slot.state).toMatchObject({ status: 'failed', reason: expect.stringMatching(/cannot get oci:\/\/models@tenancyns.*HTTP 404/) });
  });

  test('fails an Object Storage model without an expected digest', async () => {
    await expect(openModel({ model: URI, name: 'iris', objectStorage: client })).rejects.toThrow(/needs an expected SHA-256/);
  });
});

describe('readLocalModel', () => {
  test('takes the digest from FILE.sha256 beside the model (@example)', async () => {
    expect((await readLocalModel(IRIS_FILE)).expectedSha256).toBe(DIGEST);
  });
  test('fails without a digest file and names the options', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'm-'));
    const file = join(dir, 'x.onnx');
    writeFileSync(file, irisBytes());
    await expect(readLocalModel(file)).rejects.toThrow(/no expected SHA-256 .*--sha256 \/ MODEL_SHA256/);
    await expect(readLocalModel(join(dir, 'missing.onnx'))).rejects.toThrow(/cannot read model file .*ENOENT/);
    rmSync(dir, { recursive: true, force: true });
  });
});
