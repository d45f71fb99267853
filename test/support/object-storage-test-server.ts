import { ObjectStorageClient } from 'oci-objectstorage';
import { ociClientConfiguration } from '../../runtime/oci/client-configuration';
import { OciTestServer } from './oci-test-server';

/**
 * An `OciTestServer` started for the calling test file (stopped after it) and a real
 * `ObjectStorageClient` pointed at it, signing with the server's credentials and making one attempt
 * per call, so a test's error answer is seen at once.
 *
 * @returns the server (set its handler per test) and a getter of the client, valid once the file's tests run
 */
export function useObjectStorageTestServer(): { server: OciTestServer; client: () => ObjectStorageClient } {
  const server = new OciTestServer();
  let client: ObjectStorageClient | undefined;
  beforeAll(async () => {
    client = new ObjectStorageClient({ authenticationDetailsProvider: server.auth }, ociClientConfiguration({ maxAttempts: 1 }));
    client.endpoint = await server.start();
  });
  afterAll(() => server.stop());
  return {
    server,
    client: () => {
      if (!client) throw new Error('useObjectStorageTestServer: the client exists once beforeAll has run');
      return client;
    },
  };
}
