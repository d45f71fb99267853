import { SecretsClient } from 'oci-secrets';
import { ociClientConfiguration } from '../../../runtime/oci/client-configuration';
import { readVaultSecret } from '../../../runtime/oci/read-vault-secret';
import { OciTestServer } from '../../support/oci-test-server';

describe('readVaultSecret', () => {
  const vault = new OciTestServer();
  let client: SecretsClient;
  beforeAll(async () => {
    client = new SecretsClient({ authenticationDetailsProvider: vault.auth }, ociClientConfiguration({ maxAttempts: 1 }));
    client.endpoint = await vault.start();
  });
  afterAll(() => vault.stop());

  test('reads and decodes a secret bundle with a signed GetSecretBundle', async () => {
    vault.setHandler(() => ({ status: 200, json: { secretId: 'ocid1.vaultsecret.oc1..s', versionNumber: 3, secretBundleContent: { contentType: 'BASE64', content: Buffer.from('pä55word').toString('base64') } } }));
    expect(await readVaultSecret(client, 'ocid1.vaultsecret.oc1..s')).toBe('pä55word');
    expect(vault.requests[0]).toMatchObject({ method: 'GET', url: '/20190301/secretbundles/ocid1.vaultsecret.oc1..s', signatureError: null });
  });

  test('fails on a bundle without base64 content, naming the secret', async () => {
    vault.setHandler(() => ({ status: 200, json: { secretId: 'x', versionNumber: 1, secretBundleContent: { contentType: 'BASE64' } } }));
    await expect(readVaultSecret(client, 'ocid1.vaultsecret.oc1..empty')).rejects.toThrow(/readVaultSecret: secret ocid1.vaultsecret.oc1..empty has no BASE64 content/);
  });
});
