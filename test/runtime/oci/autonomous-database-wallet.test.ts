import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { fetchAutonomousDatabaseWallet } from '../../../runtime/oci/autonomous-database-wallet';
import { OciTestServer, type RecordedRequest, type TestResponse } from '../../support/oci-test-server';
import { tempDir } from '../../support/temp-dir';

const WALLET = zipSync({ 'ewallet.pem': strToU8('-----BEGIN ENCRYPTED PRIVATE KEY-----\n'), 'tnsnames.ora': strToU8('mydb_tp = (description=...)\n'), 'cwallet.sso': new Uint8Array([1, 2, 3]) });
const zipAnswer = (body: Uint8Array = WALLET): TestResponse => ({ status: 200, body: Buffer.from(body), headers: { 'content-type': 'application/octet-stream', 'content-length': String(body.length) } });
let n = 0;
/** A fresh database OCID per test: the wallet cache is per process and keyed by it. */
const newDatabaseId = () => `ocid1.autonomousdatabase.oc1.eu-frankfurt-1.aaaatest${++n}`;
const generateWalletPath = (id: string) => `/20160918/autonomousDatabases/${encodeURIComponent(id)}/actions/generateWallet`;

describe('fetchAutonomousDatabaseWallet with a real Database client against a signed-request test server', () => {
  const server = new OciTestServer();
  let endpoint: string;
  const fetchWallet = (autonomousDatabaseId: string, tempRoot = tempDir()) =>
    fetchAutonomousDatabaseWallet({ autonomousDatabaseId, auth: server.auth, endpoint, clientOptions: { maxAttempts: 3, maxDelaySec: 0.01 }, tempRoot });

  beforeAll(async () => {
    endpoint = await server.start();
    // The SDK's retrier logs each retry of the failures these tests cause on purpose.
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await server.stop();
  });
  beforeEach(() => server.requests.splice(0));

  test('generates an instance wallet with a fresh password and unpacks it privately', async () => {
    server.setHandler(() => zipAnswer());
    const id = newDatabaseId();
    const root = tempDir();
    const wallet = await fetchWallet(id, root);

    expect(server.requests).toHaveLength(1);
    const req = server.requests[0]!;
    expect(req).toMatchObject({ method: 'POST', url: generateWalletPath(id), signatureError: null });
    const body = JSON.parse(req.body.toString()) as { password: string; generateType: string };
    expect(body.generateType).toBe('SINGLE');
    expect(body.password).toBe(wallet.walletPassword);
    expect(wallet.walletPassword).toMatch(/^(?=.*[A-Za-z])(?=.*[0-9])[A-Za-z0-9_-]{32}$/);
    expect(req.headers['opc-retry-token']).toEqual(expect.any(String));

    expect(wallet.walletDir.startsWith(join(root, 'oci-mlops-wallet-'))).toBe(true);
    expect(statSync(wallet.walletDir).mode & 0o777).toBe(0o700);
    expect(readdirSync(wallet.walletDir).sort()).toEqual(['cwallet.sso', 'ewallet.pem', 'tnsnames.ora']);
    expect(statSync(join(wallet.walletDir, 'ewallet.pem')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(wallet.walletDir, 'tnsnames.ora'), 'utf8')).toBe('mydb_tp = (description=...)\n');
  });

  test('fetches once per database and process: later and concurrent calls share the wallet', async () => {
    server.setHandler(() => zipAnswer());
    const id = newDatabaseId();
    const [a, b] = await Promise.all([fetchWallet(id), fetchWallet(id)]);
    const c = await fetchWallet(id);
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(server.requests).toHaveLength(1);
    const other = await fetchWallet(newDatabaseId());
    expect(other.walletPassword).not.toBe(a.walletPassword);
    expect(server.requests).toHaveLength(2);
  });

  test.each([[503], [429]])('retries a %i answer with the same password and retry token', async (status) => {
    let calls = 0;
    server.setHandler(() => (++calls === 1 ? { status, json: { code: 'TooManyRequests', message: 'failing on purpose' } } : zipAnswer()));
    const wallet = await fetchWallet(newDatabaseId());
    expect(server.requests).toHaveLength(2);
    const [first, second] = server.requests as [RecordedRequest, RecordedRequest];
    expect(second.signatureError).toBeNull();
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.headers['opc-retry-token']).toBe(first.headers['opc-retry-token']);
    expect(existsSync(join(wallet.walletDir, 'ewallet.pem'))).toBe(true);
  });

  test('fails on a corrupt archive with a clear error, leaving no directory behind, and tries again on the next call', async () => {
    server.setHandler(() => zipAnswer(WALLET.subarray(0, 40)));
    const id = newDatabaseId();
    const root = tempDir();
    await expect(fetchWallet(id, root)).rejects.toThrow(
      new RegExp(`fetchAutonomousDatabaseWallet: the wallet of ${id.replace(/\./g, '\\.')}: extractWalletZip: the wallet archive \\(40 bytes\\) is not a readable zip archive`),
    );
    expect(readdirSync(root)).toEqual([]);
    server.setHandler(() => zipAnswer());
    await expect(fetchWallet(id, root)).resolves.toMatchObject({ walletDir: expect.stringContaining(root) });
  });

  test('fails when the service refuses, naming the database, the status and the permission needed', async () => {
    server.setHandler(() => ({ status: 404, json: { code: 'NotAuthorizedOrNotFound', message: 'Authorization failed or requested resource not found.' } }));
    const id = newDatabaseId();
    await expect(fetchWallet(id)).rejects.toThrow(`fetchAutonomousDatabaseWallet: GenerateAutonomousDatabaseWallet for ${id} failed (404 NotAuthorizedOrNotFound)`);
    await expect(fetchWallet(id)).rejects.toThrow(/needs read autonomous-databases on it/);
    expect(server.requests).toHaveLength(2);
  });

  test('fails on an OCID that is not an Autonomous Database, without calling the service', async () => {
    await expect(fetchWallet('ocid1.vaultsecret.oc1..aaaa')).rejects.toThrow(/autonomousDatabaseId must be an Autonomous Database OCID \(ocid1\.autonomousdatabase\.<realm>\.<region>\.<id>\), got "ocid1\.vaultsecret\.oc1\.\.aaaa"/);
    expect(server.requests).toHaveLength(0);
  });
});
