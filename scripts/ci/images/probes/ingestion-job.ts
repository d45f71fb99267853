import { closedPortWallet, vaultAndDatabaseHandler } from '../../../../test/support/adb-stand-in';
import { ociStandIn } from './oci-credentials';
import { expectThat, type Probe } from './probe';
import { jsonLines, runToExit } from './run-to-exit';

const STREAM = 'ocid1.stream.oc1.eu-frankfurt-1.aaaadriver';
const DRIVER_STATS = {
  name: 'driver_stats', entityKeys: ['driver_id'], eventTimeColumn: 'event_time', ttlSec: 3600,
  features: [{ name: 'trips_today', type: 'int64' }, { name: 'rating', type: 'float64' }],
};

/**
 * The feature ingestion job, run twice as the Data Science job runs it:
 * 1. with no configuration it exits 2 with one JSON line naming each missing variable (docs/feature-store-construct.md);
 * 2. with the FeatureStore construct's Autonomous Database environment it reads the password from a
 *    Vault stand-in, downloads the wallet from a Database stand-in (both verify the OCI signature),
 *    and its bundled oracledb (thin mode) connects to the address in the wallet: a closed local
 *    port, so it exits 2 with NJS-503 naming it. That is as far as a job can go without a database.
 */
export const probeIngestionJob: Probe = async (ctx) => {
  const empty = await runToExit(ctx, {});
  const first = jsonLines(empty.output)[0];
  const passed = [
    expectThat(empty.code === 2 && first?.status === 'invalid_environment' && /OCI_MLOPS_FEATURE_GROUPS: must be set/.test(String(first.error)),
      `with no configuration: exit 2 and status invalid_environment naming OCI_MLOPS_FEATURE_GROUPS (got exit ${empty.code})`, () => empty.output),
  ];
  const { server, endpoint, env } = await ociStandIn(ctx.scratch);
  server.setHandler(vaultAndDatabaseHandler(closedPortWallet('fs_tp')));
  try {
    const run = await runToExit(ctx, {
      ...env, OCI_MLOPS_ADB_USER: 'FS', OCI_MLOPS_ADB_CONNECT_STRING: 'fs_tp', OCI_MLOPS_ADB_PASSWORD_SECRET_ID: 'ocid1.vaultsecret.oc1.iad.aaaapw',
      OCI_MLOPS_ADB_ID: 'ocid1.autonomousdatabase.oc1.iad.aaaafs', OCI_MLOPS_FEATURE_SECRETS_ENDPOINT: endpoint, OCI_MLOPS_FEATURE_DATABASE_ENDPOINT: endpoint,
      OCI_MLOPS_FEATURE_GROUPS: JSON.stringify([DRIVER_STATS]), OCI_MLOPS_FEATURE_STREAMS: JSON.stringify({ driver_stats: STREAM }),
      OCI_MLOPS_FEATURE_STREAM_ENDPOINT: endpoint, OCI_MLOPS_FEATURE_CONSUMER_GROUP: 'ingest',
    });
    const last = jsonLines(run.output).at(-1);
    const calls = server.requests.map((r) => `${r.method} ${r.url.split('/')[2]} ${r.signatureError ?? 'signed'}`).sort();
    passed.push(
      expectThat(run.code === 2 && last?.status === 'failed' && /NJS-503: connection to host 127\.0\.0\.1 port 9/.test(String(last.error)),
        `on Autonomous Database: exit 2 with oracledb's NJS-503 for the wallet's address (got exit ${run.code})`, () => run.output),
      expectThat(JSON.stringify(calls) === JSON.stringify(['GET secretbundles signed', 'POST autonomousDatabases signed']),
        `one signed Vault GetSecretBundle and one signed GenerateAutonomousDatabaseWallet (got ${calls.join(', ')})`, () => run.output),
    );
    return passed;
  } finally {
    await server.stop();
  }
};
