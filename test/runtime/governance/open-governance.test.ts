import { join } from 'node:path';
import { governanceConfigFromEnv, openGovernance } from '../../../runtime/governance/adapters/open-governance';
import { sha256Hex } from '../../../runtime/governance/sha256-hex';
import { closedPortWallet, vaultAndDatabaseHandler } from '../../support/adb-stand-in';
import { OciTestServer } from '../../support/oci-test-server';
import { ALICE, BOB, tempDir, withRiskTier } from './support';

describe('governanceConfigFromEnv', () => {
  test('reads a SQLite setup with topic, catalog updates, anchor bucket and delivery settings', () => {
    expect(governanceConfigFromEnv({
      OCI_MLOPS_GOVERNANCE_DB: '/data/gov.db', OCI_MLOPS_GOVERNANCE_TOPIC_ID: 'ocid1.onstopic.oc1..t', OCI_MLOPS_GOVERNANCE_CATALOG_UPDATES: 'true',
      OCI_MLOPS_GOVERNANCE_ANCHOR_BUCKET: 'anchors', OCI_MLOPS_GOVERNANCE_ANCHOR_NAMESPACE: 'ns', OCI_MLOPS_GOVERNANCE_DELIVERY_MAX_RETRIES: '2',
      OCI_MLOPS_GOVERNANCE_POLICY: 'operator_group: release-managers',
    })).toMatchObject({
      store: { kind: 'sqlite', file: '/data/gov.db' }, topicId: 'ocid1.onstopic.oc1..t', catalogUpdates: true,
      anchor: { bucket: 'anchors', namespace: 'ns' }, delivery: { maxRetries: 2 }, policyYaml: 'operator_group: release-managers',
    });
  });

  test('reads Autonomous Database settings and prefers --db over the environment', () => {
    expect(governanceConfigFromEnv({ OCI_MLOPS_GOVERNANCE_STORE: 'adb', OCI_MLOPS_GOVERNANCE_ADB_USER: 'gov', OCI_MLOPS_GOVERNANCE_ADB_PASSWORD: 'pw', OCI_MLOPS_GOVERNANCE_ADB_CONNECT_STRING: 'tcps://adb' }).store)
      .toEqual({ kind: 'adb', user: 'gov', password: 'pw', passwordSecretId: undefined, connectString: 'tcps://adb', walletLocation: undefined, walletPassword: undefined });
    expect(governanceConfigFromEnv({ OCI_MLOPS_GOVERNANCE_STORE: 'adb', OCI_MLOPS_GOVERNANCE_ADB_USER: 'gov', OCI_MLOPS_GOVERNANCE_ADB_PASSWORD_SECRET_ID: 'ocid1.vaultsecret.oc1..s', OCI_MLOPS_GOVERNANCE_ADB_CONNECT_STRING: 'tcps://adb' }).store)
      .toMatchObject({ password: undefined, passwordSecretId: 'ocid1.vaultsecret.oc1..s' });
    expect(governanceConfigFromEnv({ OCI_MLOPS_GOVERNANCE_DB: 'env.db' }, { dbFile: 'flag.db' }).store).toEqual({ kind: 'sqlite', file: 'flag.db' });
  });

  test('reads the database OCID whose wallet is fetched for mTLS', () => {
    expect(governanceConfigFromEnv({
      OCI_MLOPS_GOVERNANCE_STORE: 'adb', OCI_MLOPS_GOVERNANCE_ADB_USER: 'gov', OCI_MLOPS_GOVERNANCE_ADB_PASSWORD_SECRET_ID: 'ocid1.vaultsecret.oc1..s',
      OCI_MLOPS_GOVERNANCE_ADB_CONNECT_STRING: 'gov_tp', OCI_MLOPS_GOVERNANCE_ADB_ID: 'ocid1.autonomousdatabase.oc1.iad.aaaa',
    }).store).toMatchObject({ kind: 'adb', autonomousDatabaseId: 'ocid1.autonomousdatabase.oc1.iad.aaaa', walletLocation: undefined });
  });

  test.each([
    [{}, /pass --db FILE or set OCI_MLOPS_GOVERNANCE_DB/],
    [{ OCI_MLOPS_GOVERNANCE_STORE: 'adb', OCI_MLOPS_GOVERNANCE_ADB_USER: 'u' }, /OCI_MLOPS_GOVERNANCE_STORE=adb needs OCI_MLOPS_GOVERNANCE_ADB_PASSWORD_SECRET_ID \(a Vault secret\) or OCI_MLOPS_GOVERNANCE_ADB_PASSWORD/],
    [{ OCI_MLOPS_GOVERNANCE_STORE: 'adb', OCI_MLOPS_GOVERNANCE_ADB_PASSWORD: 'p' }, /OCI_MLOPS_GOVERNANCE_STORE=adb needs OCI_MLOPS_GOVERNANCE_ADB_USER/],
    [{ OCI_MLOPS_GOVERNANCE_STORE: 'postgres' }, /OCI_MLOPS_GOVERNANCE_STORE must be sqlite or adb, got "postgres"/],
    [{ OCI_MLOPS_GOVERNANCE_DB: 'x', OCI_MLOPS_GOVERNANCE_ANCHOR_BUCKET: 'b' }, /ANCHOR_NAMESPACE is not/],
    [{ OCI_MLOPS_GOVERNANCE_DB: 'x', OCI_MLOPS_GOVERNANCE_DELIVERY_BASE_DELAY_MS: 'soon' }, /DELIVERY_BASE_DELAY_MS must be a number >= 0, got "soon"/],
  ])('fails on %j naming the variable', (env, message) => {
    expect(() => governanceConfigFromEnv(env)).toThrow(message);
  });
});

describe('openGovernance', () => {
  const { dir, cleanup } = tempDir();
  // One signed-request server stands in for both services; the API paths tell them apart.
  const oci = new OciTestServer((req) => {
    if (req.url.startsWith('/20181201/topics/')) return { status: 200, json: { messageId: 'm', timeStamp: '2026-11-01T00:00:00Z' } };
    return req.method === 'GET' ? { status: 200, json: { customMetadataList: [] }, headers: { etag: 'e1' } } : { status: 200, json: {} };
  });
  afterAll(async () => { await oci.stop(); cleanup(); });

  test('wires the Notifications topic and the model catalog to a policy read from the configuration', async () => {
    const endpoint = await oci.start();
    const rt = await openGovernance({
      store: { kind: 'sqlite', file: join(dir, 'wired.db') }, topicId: 'ocid1.onstopic.oc1.iad.t', catalogUpdates: true,
      policyYaml: 'required_approvals: {low: [technical], medium: [technical], high: [technical]}',
      auth: oci.auth, endpoints: { ons: endpoint, dataScience: endpoint }, delivery: { baseDelayMs: 1 },
    });
    const m = await rt.service.register(ALICE, withRiskTier('medium'));
    const r = await rt.service.requestApproval(ALICE, m.modelId, 'technical');
    expect((await rt.service.decide(BOB, r.requestId, 'approve')).model.state).toBe('approved');
    await rt.close();
    expect(oci.requests.every((q) => q.signatureError === null)).toBe(true);
    expect(oci.requests.filter((q) => q.url.startsWith('/20181201/topics/ocid1.onstopic.oc1.iad.t/messages'))).toHaveLength(4);
    expect(oci.requests.filter((q) => q.url.startsWith('/20190101/models/')).map((q) => q.method)).toEqual(['GET', 'PUT']);
  });
});

describe('openGovernance on Autonomous Database', () => {
  // oracledb reaching the closed port of the wallet's alias shows it used the fetched wallet.
  const oci = new OciTestServer(vaultAndDatabaseHandler(closedPortWallet('gov_tp')));
  afterAll(() => oci.stop());

  test('reads the password from Vault and connects through the wallet it fetched for the database', async () => {
    const endpoint = await oci.start();
    await expect(openGovernance({
      store: { kind: 'adb', user: 'gov', passwordSecretId: 'ocid1.vaultsecret.oc1..s', connectString: 'gov_tp', autonomousDatabaseId: 'ocid1.autonomousdatabase.oc1.iad.aaaagov' },
      auth: oci.auth, endpoints: { secrets: endpoint, database: endpoint },
    })).rejects.toThrow(/NJS-503: connection to host 127\.0\.0\.1 port 9/);
    expect(oci.requests.map((r) => [r.method, r.url.split('/')[2], r.signatureError]).sort()).toEqual([['GET', 'secretbundles', null], ['POST', 'autonomousDatabases', null]]);
  });
});

describe('sha256Hex', () => {
  test('hashes UTF-8 text, as in the JSDoc example', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('é')).toBe(sha256Hex(Buffer.from('é', 'utf8')));
  });
});
