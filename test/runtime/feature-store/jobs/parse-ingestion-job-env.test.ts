import { parseIngestionJobEnv } from '../../../../runtime/feature-store/jobs/parse-ingestion-job-env';
import { DRIVER_STATS } from '../helpers';

const STREAM = 'ocid1.stream.oc1.eu-frankfurt-1.aaaadriver';
/** The environment the FeatureStore construct sets, resolved. */
const CONSTRUCT_ENV = {
  OCI_MLOPS_ADB_USER: 'ADMIN',
  OCI_MLOPS_ADB_PASSWORD_SECRET_ID: 'ocid1.vaultsecret.oc1.eu-frankfurt-1.aaaapw',
  OCI_MLOPS_ADB_CONNECT_STRING: '(description=(address=(protocol=tcps)(port=1522)(host=adb.eu-frankfurt-1.oraclecloud.com))(connect_data=(service_name=x_tp.adb.oraclecloud.com)))',
  OCI_MLOPS_ADB_ID: 'ocid1.autonomousdatabase.oc1.eu-frankfurt-1.aaaadb',
  OCI_MLOPS_FEATURE_GROUPS: JSON.stringify([DRIVER_STATS]),
  OCI_MLOPS_FEATURE_STREAMS: JSON.stringify({ driver_stats: STREAM }),
  OCI_MLOPS_FEATURE_STREAM_ENDPOINT: 'https://cell-1.streaming.eu-frankfurt-1.oci.oraclecloud.com',
  OCI_MLOPS_FEATURE_CONSUMER_GROUP: 'acme-mlops-fraud-detection-ingest',
  OCI_MLOPS_FEATURE_OFFLINE_BUCKET: 'acme-mlops-fraud-detection-features',
  OCI_MLOPS_FEATURE_OFFLINE_NAMESPACE: 'acmens',
};

describe('parseIngestionJobEnv', () => {
  test('reads the environment the construct sets, with the defaults of the optional settings', () => {
    expect(parseIngestionJobEnv(CONSTRUCT_ENV)).toEqual({
      store: {
        kind: 'adb', user: 'ADMIN', connectString: CONSTRUCT_ENV.OCI_MLOPS_ADB_CONNECT_STRING, password: undefined, passwordSecretId: CONSTRUCT_ENV.OCI_MLOPS_ADB_PASSWORD_SECRET_ID,
        walletDir: undefined, walletPassword: undefined, autonomousDatabaseId: CONSTRUCT_ENV.OCI_MLOPS_ADB_ID,
      },
      groups: [DRIVER_STATS], streams: { driver_stats: STREAM }, streamEndpoint: CONSTRUCT_ENV.OCI_MLOPS_FEATURE_STREAM_ENDPOINT,
      consumerGroup: 'acme-mlops-fraud-detection-ingest', consumerInstance: 'feature-ingestion-job', timeBudgetSec: 600, pollLimit: 1000, invalidMessages: 'skip',
      offlineBucket: { bucket: 'acme-mlops-fraud-detection-features', namespace: 'acmens' },
    });
  });

  test('reads an embedded store directory instead of the database, and the optional limits', () => {
    const { OCI_MLOPS_ADB_USER: _u, OCI_MLOPS_ADB_PASSWORD_SECRET_ID: _p, OCI_MLOPS_ADB_CONNECT_STRING: _c, ...rest } = CONSTRUCT_ENV;
    expect(parseIngestionJobEnv({
      ...rest, OCI_MLOPS_FEATURE_STORE_DIR: '/data/fs', OCI_MLOPS_FEATURE_TIME_BUDGET_SEC: '120', OCI_MLOPS_FEATURE_POLL_LIMIT: '50',
      OCI_MLOPS_FEATURE_INVALID_MESSAGES: 'fail', OCI_MLOPS_FEATURE_CONSUMER_INSTANCE: 'run-7', OCI_MLOPS_FEATURE_DATABASE_ENDPOINT: 'https://database.private.example',
    })).toMatchObject({
      store: { kind: 'embedded', dir: '/data/fs' }, timeBudgetSec: 120, pollLimit: 50, invalidMessages: 'fail', consumerInstance: 'run-7',
      endpoints: { database: 'https://database.private.example', secrets: undefined },
    });
  });

  test.each<[string, Record<string, string | undefined>, RegExp]>([
    ['groups that are not JSON', { OCI_MLOPS_FEATURE_GROUPS: '[{' }, /OCI_MLOPS_FEATURE_GROUPS: must be a non-empty array of feature group definitions in JSON \(.*\) \(got "\[\{"\)/],
    ['an invalid group definition', { OCI_MLOPS_FEATURE_GROUPS: JSON.stringify([{ ...DRIVER_STATS, name: 'Driver Stats' }]) }, /OCI_MLOPS_FEATURE_GROUPS: 0\.name: must be 1-60 characters: a lowercase letter/],
    ['no groups', { OCI_MLOPS_FEATURE_GROUPS: '[]' }, /OCI_MLOPS_FEATURE_GROUPS: declare at least one feature group \(got "\[\]"\)/],
    ['a group declared twice', { OCI_MLOPS_FEATURE_GROUPS: JSON.stringify([DRIVER_STATS, DRIVER_STATS]) }, /OCI_MLOPS_FEATURE_GROUPS: group names must be unique; "driver_stats" is declared twice/],
    ['unset groups', { OCI_MLOPS_FEATURE_GROUPS: undefined }, /OCI_MLOPS_FEATURE_GROUPS: must be set to a non-empty array of feature group definitions \(got unset\)/],
    ['a group without a stream', { OCI_MLOPS_FEATURE_STREAMS: '{}' }, /OCI_MLOPS_FEATURE_STREAMS: every declared group needs a stream; none for driver_stats \(declared: driver_stats\) \(got "\{\}"\)/],
    ['a stream of an undeclared group', { OCI_MLOPS_FEATURE_STREAMS: JSON.stringify({ driver_stats: STREAM, trips: STREAM }) }, /OCI_MLOPS_FEATURE_STREAMS: names groups that OCI_MLOPS_FEATURE_GROUPS does not declare: trips/],
    ['a stream id that is not a stream OCID', { OCI_MLOPS_FEATURE_STREAMS: JSON.stringify({ driver_stats: 'driver-stream' }) }, /OCI_MLOPS_FEATURE_STREAMS: driver_stats: must be a stream OCID/],
    ['an endpoint that is not a URL', { OCI_MLOPS_FEATURE_STREAM_ENDPOINT: 'cell-1.streaming' }, /OCI_MLOPS_FEATURE_STREAM_ENDPOINT: must be an http\(s\) URL .* \(got "cell-1\.streaming"\)/],
    ['a secrets endpoint that is not a URL', { OCI_MLOPS_FEATURE_SECRETS_ENDPOINT: 'vault' }, /OCI_MLOPS_FEATURE_SECRETS_ENDPOINT: must be an http\(s\) URL \(got "vault"\)/],
    ['a consumer group with spaces', { OCI_MLOPS_FEATURE_CONSUMER_GROUP: 'my group' }, /OCI_MLOPS_FEATURE_CONSUMER_GROUP: must be 1-256 letters, digits, "\.", "_" or "-" \(got "my group"\)/],
    ['a consumer instance with spaces', { OCI_MLOPS_FEATURE_CONSUMER_INSTANCE: 'run 7' }, /OCI_MLOPS_FEATURE_CONSUMER_INSTANCE: must be 1-256 letters/],
    ['a time budget that is not a whole number', { OCI_MLOPS_FEATURE_TIME_BUDGET_SEC: '10m' }, /OCI_MLOPS_FEATURE_TIME_BUDGET_SEC: must be a whole number from 0 to 86400 \(got "10m"\)/],
    ['a poll limit out of range', { OCI_MLOPS_FEATURE_POLL_LIMIT: '0' }, /OCI_MLOPS_FEATURE_POLL_LIMIT: must be a whole number from 1 to 10000 \(got "0"\)/],
    ['an unknown invalid-message policy', { OCI_MLOPS_FEATURE_INVALID_MESSAGES: 'ignore' }, /OCI_MLOPS_FEATURE_INVALID_MESSAGES: must be skip or fail \(got "ignore"\)/],
    ['a bucket without its namespace', { OCI_MLOPS_FEATURE_OFFLINE_NAMESPACE: undefined }, /OCI_MLOPS_FEATURE_OFFLINE_NAMESPACE: must be set together with its pair/],
    ['no database user', { OCI_MLOPS_ADB_USER: undefined }, /OCI_MLOPS_ADB_USER: must name the database user \(or set OCI_MLOPS_FEATURE_STORE_DIR for an embedded store\) \(got unset\)/],
    ['no connect string', { OCI_MLOPS_ADB_CONNECT_STRING: ' ' }, /OCI_MLOPS_ADB_CONNECT_STRING: must be the database connect string/],
    ['neither a password nor its secret', { OCI_MLOPS_ADB_PASSWORD_SECRET_ID: undefined }, /OCI_MLOPS_ADB_PASSWORD_SECRET_ID: must name the Vault secret of the database password \(or set OCI_MLOPS_ADB_PASSWORD\) \(got unset\)/],
    ['a secret OCID of another kind', { OCI_MLOPS_ADB_PASSWORD_SECRET_ID: 'ocid1.key.oc1..aaaa' }, /OCI_MLOPS_ADB_PASSWORD_SECRET_ID: must be a Vault secret OCID \(ocid1\.vaultsecret\.<realm>\.<region>\.<id>\) \(got "ocid1\.key\.oc1\.\.aaaa"\)/],
    ['a database OCID of another kind', { OCI_MLOPS_ADB_ID: 'ocid1.database.oc1..aaaa' }, /OCI_MLOPS_ADB_ID: must be an Autonomous Database OCID/],
    ['a wallet directory without its password', { OCI_MLOPS_ADB_WALLET_DIR: '/wallet' }, /OCI_MLOPS_ADB_WALLET_PASSWORD: must be set with OCI_MLOPS_ADB_WALLET_DIR/],
  ])('fails on %s, naming the variable, the value and what is allowed', (_case, change, message) => {
    expect(() => parseIngestionJobEnv({ ...CONSTRUCT_ENV, ...change })).toThrow(message);
  });

  test('lists every malformed variable at once, then every inconsistency at once, and never shows a password', () => {
    let error = '';
    try {
      parseIngestionJobEnv({ ...CONSTRUCT_ENV, OCI_MLOPS_ADB_PASSWORD: 's3cret!', OCI_MLOPS_ADB_WALLET_PASSWORD: 'w4llet!', OCI_MLOPS_FEATURE_POLL_LIMIT: 'x', OCI_MLOPS_FEATURE_STREAM_ENDPOINT: 'nowhere' });
    } catch (err) {
      error = (err as Error).message;
    }
    expect(error.split('\n').slice(1).map((l) => l.trim().split(':')[0])).toEqual(['OCI_MLOPS_FEATURE_STREAM_ENDPOINT', 'OCI_MLOPS_FEATURE_POLL_LIMIT']);
    expect(error).not.toMatch(/s3cret|w4llet/);
    try {
      parseIngestionJobEnv({ ...CONSTRUCT_ENV, OCI_MLOPS_ADB_USER: undefined, OCI_MLOPS_ADB_WALLET_DIR: '/w', OCI_MLOPS_ADB_PASSWORD: 's3cret!', OCI_MLOPS_FEATURE_STREAMS: '{}' });
    } catch (err) {
      error = (err as Error).message;
    }
    expect(error.split('\n').slice(1).map((l) => l.trim().split(':')[0])).toEqual(['OCI_MLOPS_FEATURE_STREAMS', 'OCI_MLOPS_ADB_USER', 'OCI_MLOPS_ADB_WALLET_PASSWORD']);
    expect(error).not.toMatch(/s3cret/);
  });
});
