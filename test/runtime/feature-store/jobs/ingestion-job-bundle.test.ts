import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildIngestionJob } from '../../../../scripts/build-ingestion-job';
import { closedPortWallet, vaultAndDatabaseHandler } from '../../../support/adb-stand-in';
import { OciTestServer } from '../../../support/oci-test-server';
import { tempDir } from '../../../support/temp-dir';
import { FakeStream, routeToStreams } from '../fake-stream';
import { DRIVER_STATS, T } from '../helpers';

const STREAM = 'ocid1.stream.oc1.eu-frankfurt-1.aaaadriver';

/** Runs the bundle with `env` as its whole environment (plus PATH); resolves with its exit code and stdout lines. */
function runBundle(bundle: string, env: Record<string, string>): Promise<{ code: number | null; lines: string[]; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, lines: out.trim().split('\n').filter(Boolean), stderr: err }));
  });
}

describe('the ingestion job bundle (what the job image runs)', () => {
  // Inside the repository's node_modules, so the embedded stores' native modules (left out of the
  // bundle) resolve for the local-store run below, as they would beside the bundle in a local install.
  const cache = join(__dirname, '../../../../node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const buildDir = mkdtempSync(join(cache, 'ingestion-job-test-'));
  const bundle = join(buildDir, 'main.js');
  const server = new OciTestServer();
  let endpoint: string;
  let configFile: string;

  beforeAll(async () => {
    await buildIngestionJob(bundle);
    endpoint = await server.start();
    configFile = server.writeConfigFile(tempDir());
  }, 30_000);
  afterAll(async () => {
    await server.stop();
    rmSync(buildDir, { recursive: true, force: true });
  });

  test('exits 2 with one JSON line naming each missing variable', async () => {
    const { code, lines } = await runBundle(bundle, {});
    expect(code).toBe(2);
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!) as { event: string; status: string; error: string };
    expect(line).toMatchObject({ event: 'feature_ingestion_job', status: 'invalid_environment' });
    expect(line.error).toMatch(/OCI_MLOPS_FEATURE_GROUPS: must be set[\s\S]*OCI_MLOPS_FEATURE_CONSUMER_GROUP: must be set/);
  });

  test('drains the stream with config-file credentials into a local store and exits 0, or 1 when the group fails', async () => {
    const stream = new FakeStream(STREAM);
    stream.push({ driver_id: 'd1', event_time: T(0), trips_today: 1 }, { driver_id: 'd2', event_time: T(0), trips_today: 2 });
    server.setHandler(routeToStreams(stream));
    const env = {
      OCI_CONFIG_FILE: configFile, OCI_MLOPS_FEATURE_STORE_DIR: tempDir(), OCI_MLOPS_FEATURE_GROUPS: JSON.stringify([DRIVER_STATS]),
      OCI_MLOPS_FEATURE_STREAMS: JSON.stringify({ driver_stats: STREAM }), OCI_MLOPS_FEATURE_STREAM_ENDPOINT: endpoint, OCI_MLOPS_FEATURE_CONSUMER_GROUP: 'ingest',
    };
    const ok = await runBundle(bundle, env);
    expect(ok.code).toBe(0);
    expect(ok.lines.map((l) => JSON.parse(l) as unknown)).toEqual([expect.objectContaining({ event: 'feature_ingestion', group: 'driver_stats', status: 'ok', rowsIngested: 2, rowsMaterialized: 2 })]);
    expect(stream.committed).toBe(1);
    expect(server.requests.every((r) => r.signatureError === null)).toBe(true);

    server.setHandler(() => ({ status: 404, json: { code: 'NotAuthorizedOrNotFound', message: 'no such stream' } }));
    const failed = await runBundle(bundle, env);
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.lines.at(-1)!)).toMatchObject({ group: 'driver_stats', status: 'failed', error: expect.stringContaining('no such stream') });
  });

  test('on Autonomous Database, reads the password from Vault, fetches the wallet and connects through it with oracledb thin mode', async () => {
    // oracledb reaching the closed port of the wallet's alias shows the bundled oracledb read the fetched wallet.
    server.setHandler(vaultAndDatabaseHandler(closedPortWallet('fs_tp')));
    server.requests.splice(0);
    const { code, lines } = await runBundle(bundle, {
      OCI_CONFIG_FILE: configFile, OCI_MLOPS_ADB_USER: 'FS', OCI_MLOPS_ADB_CONNECT_STRING: 'fs_tp', OCI_MLOPS_ADB_PASSWORD_SECRET_ID: 'ocid1.vaultsecret.oc1.iad.aaaapw',
      OCI_MLOPS_ADB_ID: 'ocid1.autonomousdatabase.oc1.iad.aaaafs', OCI_MLOPS_FEATURE_SECRETS_ENDPOINT: endpoint, OCI_MLOPS_FEATURE_DATABASE_ENDPOINT: endpoint,
      OCI_MLOPS_FEATURE_GROUPS: JSON.stringify([DRIVER_STATS]), OCI_MLOPS_FEATURE_STREAMS: JSON.stringify({ driver_stats: STREAM }),
      OCI_MLOPS_FEATURE_STREAM_ENDPOINT: endpoint, OCI_MLOPS_FEATURE_CONSUMER_GROUP: 'ingest',
    });
    expect(code).toBe(2);
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ event: 'feature_ingestion_job', status: 'failed', error: expect.stringMatching(/NJS-503: connection to host 127\.0\.0\.1 port 9/) });
    expect(server.requests.map((r) => [r.method, r.url.split('/')[2], r.signatureError]).sort()).toEqual([['GET', 'secretbundles', null], ['POST', 'autonomousDatabases', null]]);
  });
});
