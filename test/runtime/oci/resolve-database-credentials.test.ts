import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { resolveDatabaseCredentials } from '../../../runtime/oci/resolve-database-credentials';
import { vaultAndDatabaseHandler } from '../../support/adb-stand-in';
import { OciTestServer } from '../../support/oci-test-server';

const WALLET = Buffer.from(zipSync({ 'ewallet.pem': strToU8('pem'), 'tnsnames.ora': strToU8('fs_tp = (...)') }));

describe('resolveDatabaseCredentials', () => {
  // One signed-request server stands in for Vault secrets and the Database service.
  const server = new OciTestServer(vaultAndDatabaseHandler(WALLET, 'Vault-Pa55word'));
  let endpoint: string;
  beforeAll(async () => { endpoint = await server.start(); });
  afterAll(() => server.stop());
  beforeEach(() => server.requests.splice(0));

  test('reads the password from its Vault secret and fetches the wallet of the database, both signed', async () => {
    const getAuth = jest.fn(async () => server.auth);
    const creds = await resolveDatabaseCredentials(
      { passwordSecretId: 'ocid1.vaultsecret.oc1..pw', autonomousDatabaseId: 'ocid1.autonomousdatabase.oc1.iad.aaaaresolve' },
      { getAuth, endpoints: { secrets: endpoint, database: endpoint }, clientOptions: { maxAttempts: 1 } },
    );
    expect(creds.password).toBe('Vault-Pa55word');
    expect(readFileSync(join(creds.walletDir!, 'tnsnames.ora'), 'utf8')).toBe('fs_tp = (...)');
    expect(creds.walletPassword).toHaveLength(32);
    expect(server.requests.map((r) => [r.method, r.url.split('/')[2], r.signatureError])).toEqual(expect.arrayContaining([
      ['GET', 'secretbundles', null], ['POST', 'autonomousDatabases', null],
    ]));
    expect(getAuth).toHaveBeenCalledTimes(1);
  });

  test('uses a given password and wallet directory as they are, without asking for credentials', async () => {
    const getAuth = jest.fn(async () => server.auth);
    expect(await resolveDatabaseCredentials({ password: 'pw', walletDir: '/wallet', walletPassword: 'wpw', autonomousDatabaseId: 'ocid1.autonomousdatabase.oc1.iad.aaaaignored' }, { getAuth }))
      .toEqual({ password: 'pw', walletDir: '/wallet', walletPassword: 'wpw' });
    expect(await resolveDatabaseCredentials({ password: 'pw' }, { getAuth })).toEqual({ password: 'pw' });
    expect(getAuth).not.toHaveBeenCalled();
    expect(server.requests).toHaveLength(0);
  });

  test('fails without a password or a password secret', async () => {
    await expect(resolveDatabaseCredentials({ autonomousDatabaseId: 'ocid1.autonomousdatabase.oc1.iad.aaaa' })).rejects.toThrow(/needs a password or the OCID of the Vault secret holding it; got neither/);
  });

  test('fails with the Vault error when the secret cannot be read', async () => {
    await expect(resolveDatabaseCredentials({ passwordSecretId: 'ocid1.vaultsecret.oc1..gone' }, { getAuth: async () => server.auth, endpoints: { secrets: `${endpoint}/missing` }, clientOptions: { maxAttempts: 1 } }))
      .rejects.toThrow(/secretbundles\/ocid1\.vaultsecret\.oc1\.\.gone/);
    expect(server.requests).toEqual([expect.objectContaining({ method: 'GET', signatureError: null })]);
  });
});
