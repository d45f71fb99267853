import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { OciTestServer } from '../../../../test/support/oci-test-server';

/**
 * Starts the test suite's OCI endpoint stand-in (it verifies each request's OCI signature) and writes
 * a config file with its credentials where the image's user can read it: the images authenticate
 * with OCI_CONFIG_FILE here, with their resource principal in the cloud (the same SDK signer path).
 */
export async function ociStandIn(scratch: string): Promise<{ server: OciTestServer; endpoint: string; env: Record<string, string> }> {
  const server = new OciTestServer();
  const endpoint = await server.start();
  const dir = join(scratch, 'oci');
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  return { server, endpoint, env: { OCI_CONFIG_FILE: server.writeConfigFile(dir), OCI_CLI_PROFILE: 'DEFAULT' } };
}
