import { readFileSync } from 'node:fs';
import { type AuthenticationDetailsProvider } from 'oci-common';
import { DataScienceClient } from 'oci-datascience';
import { ObjectStorageClient } from 'oci-objectstorage';
import { NotificationDataPlaneClient } from 'oci-ons';
import { createAuthProvider } from '../../oci/auth';
import { ociClientConfiguration } from '../../oci/client-configuration';
import { resolveDatabaseCredentials } from '../../oci/resolve-database-credentials';
import { GovernanceService } from '../governance-service';
import { parseApprovalPolicy } from '../parse-approval-policy';
import { type GovernanceStore } from '../store';
import { type AnchorLocation } from './audit-anchor';
import { AutonomousDatabaseStore, type AutonomousDatabaseSettings } from './autonomous-database-store';
import { CatalogSink } from './catalog-sink';
import { DeliveryWorker } from './delivery-worker';
import { OnsSink } from './ons-sink';
import { SqliteGovernanceStore } from './sqlite-store';
import { WebhookSink } from './webhook-sink';

/** Everything a governance process needs, read from the environment (Functions config) or CLI flags. */
export interface GovernanceConfig {
  readonly store:
    | { readonly kind: 'sqlite'; readonly file: string }
    | ({
      readonly kind: 'adb';
      readonly password?: string;
      /** Vault secret holding the password (preferred). */
      readonly passwordSecretId?: string;
      /** The database's OCID: its mTLS wallet is fetched (GenerateAutonomousDatabaseWallet) when walletLocation is not given. */
      readonly autonomousDatabaseId?: string;
    } & Omit<AutonomousDatabaseSettings, 'password'>);
  /** Approval policy YAML text; defaults apply to missing keys. */
  readonly policyYaml?: string;
  /** Notifications topic OCID; no ONS deliveries without it. */
  readonly topicId?: string;
  /** Update the Data Science model catalog entries on approval and deployment. */
  readonly catalogUpdates?: boolean;
  /** Object Storage bucket for audit anchors. */
  readonly anchor?: AnchorLocation;
  /** Retries and first backoff delay of deliveries. */
  readonly delivery?: { readonly maxRetries?: number; readonly baseDelayMs?: number; readonly maxDelayMs?: number };
  /** OCI credentials; default: resource principal in Functions, else the config file. */
  readonly auth?: AuthenticationDetailsProvider;
  /** Service endpoint overrides (tests, private endpoints). */
  readonly endpoints?: { readonly ons?: string; readonly dataScience?: string; readonly objectStorage?: string; readonly secrets?: string; readonly database?: string };
}

/** A wired governance runtime: store, service, delivery worker, and the OCI clients it made. */
export interface GovernanceRuntime {
  readonly store: GovernanceStore;
  readonly service: GovernanceService;
  readonly worker: DeliveryWorker;
  readonly config: GovernanceConfig;
  /** An Object Storage client for anchoring; created on first use. */
  objectStorage(): Promise<ObjectStorageClient>;
  /** Waits for background deliveries, then closes the store. */
  close(): Promise<void>;
}

const ENV = 'OCI_MLOPS_GOVERNANCE_';

async function openAdb(
  settings: Extract<GovernanceConfig['store'], { kind: 'adb' }>,
  getAuth: () => Promise<AuthenticationDetailsProvider>,
  endpoints: GovernanceConfig['endpoints'],
): Promise<AutonomousDatabaseStore> {
  const { kind: _kind, passwordSecretId, autonomousDatabaseId, ...connection } = settings;
  const credentials = await resolveDatabaseCredentials(
    { password: settings.password, passwordSecretId, walletDir: settings.walletLocation, walletPassword: settings.walletPassword, autonomousDatabaseId },
    { getAuth, endpoints: { secrets: endpoints?.secrets, database: endpoints?.database } },
  ).catch((err: Error) => {
    throw new Error(`openGovernance: ${err.message}`);
  });
  return AutonomousDatabaseStore.open({ ...connection, password: credentials.password, walletLocation: credentials.walletDir, walletPassword: credentials.walletPassword });
}

/**
 * Reads the governance configuration from environment variables (the Functions application/function
 * configuration, or the shell). See docs/governance.md for the full list.
 *
 * @throws Error naming the variable that is missing or malformed.
 */
export function governanceConfigFromEnv(env: NodeJS.ProcessEnv = process.env, overrides: { dbFile?: string; policyFile?: string } = {}): GovernanceConfig {
  const kind = env[`${ENV}STORE`] ?? 'sqlite';
  let store: GovernanceConfig['store'];
  if (kind === 'adb') {
    const need = (name: string) => {
      const v = env[`${ENV}ADB_${name}`];
      if (!v) throw new Error(`${ENV}STORE=adb needs ${ENV}ADB_${name}`);
      return v;
    };
    const password = env[`${ENV}ADB_PASSWORD`] || undefined;
    const passwordSecretId = env[`${ENV}ADB_PASSWORD_SECRET_ID`] || undefined;
    if (!password && !passwordSecretId) throw new Error(`${ENV}STORE=adb needs ${ENV}ADB_PASSWORD_SECRET_ID (a Vault secret) or ${ENV}ADB_PASSWORD`);
    store = {
      kind: 'adb', user: need('USER'), password, passwordSecretId, connectString: need('CONNECT_STRING'),
      walletLocation: env[`${ENV}ADB_WALLET_DIR`], walletPassword: env[`${ENV}ADB_WALLET_PASSWORD`],
      ...(env[`${ENV}ADB_ID`] ? { autonomousDatabaseId: env[`${ENV}ADB_ID`] } : {}),
    };
  } else if (kind === 'sqlite') {
    const file = overrides.dbFile ?? env[`${ENV}DB`];
    if (!file) throw new Error(`no governance database: pass --db FILE or set ${ENV}DB (or ${ENV}STORE=adb with its connection settings)`);
    store = { kind: 'sqlite', file };
  } else {
    throw new Error(`${ENV}STORE must be sqlite or adb, got ${JSON.stringify(kind)}`);
  }
  const policyFile = overrides.policyFile ?? env[`${ENV}POLICY_FILE`];
  const policyYaml = policyFile ? readFileSync(policyFile, 'utf8') : env[`${ENV}POLICY`];
  const anchorBucket = env[`${ENV}ANCHOR_BUCKET`];
  const anchorNamespace = env[`${ENV}ANCHOR_NAMESPACE`];
  if (anchorBucket && !anchorNamespace) throw new Error(`${ENV}ANCHOR_BUCKET is set but ${ENV}ANCHOR_NAMESPACE is not`);
  const number = (name: string): number | undefined => {
    const v = env[`${ENV}${name}`];
    if (v === undefined || v === '') return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${ENV}${name} must be a number >= 0, got ${JSON.stringify(v)}`);
    return n;
  };
  return {
    store,
    policyYaml,
    topicId: env[`${ENV}TOPIC_ID`] || undefined,
    catalogUpdates: env[`${ENV}CATALOG_UPDATES`] === 'true',
    anchor: anchorBucket ? { bucket: anchorBucket, namespace: anchorNamespace!, prefix: env[`${ENV}ANCHOR_PREFIX`] } : undefined,
    delivery: { maxRetries: number('DELIVERY_MAX_RETRIES'), baseDelayMs: number('DELIVERY_BASE_DELAY_MS') },
  };
}

/**
 * Opens the store, reads the policy and wires the service to a delivery worker whose sinks match the
 * configuration (webhooks always; Notifications with a topic; the model catalog when enabled).
 *
 * @throws GovernanceError for a bad policy; Error when the store or OCI credentials cannot be opened.
 */
export async function openGovernance(config: GovernanceConfig): Promise<GovernanceRuntime> {
  const policy = parseApprovalPolicy(config.policyYaml, 'approval policy');
  const needsOci = Boolean(config.topicId || config.catalogUpdates);
  let auth = config.auth;
  const getAuth = async () => (auth ??= await createAuthProvider());
  const store: GovernanceStore = config.store.kind === 'sqlite' ? new SqliteGovernanceStore(config.store.file) : await openAdb(config.store, getAuth, config.endpoints);
  const clientConfig = ociClientConfiguration({ maxAttempts: 1 });
  let ons: OnsSink | undefined;
  let catalog: CatalogSink | undefined;
  if (needsOci) {
    const authenticationDetailsProvider = await getAuth();
    if (config.topicId) {
      const client = new NotificationDataPlaneClient({ authenticationDetailsProvider }, clientConfig);
      if (config.endpoints?.ons) client.endpoint = config.endpoints.ons;
      ons = new OnsSink(client, config.topicId);
    }
    if (config.catalogUpdates) {
      const client = new DataScienceClient({ authenticationDetailsProvider }, clientConfig);
      if (config.endpoints?.dataScience) client.endpoint = config.endpoints.dataScience;
      catalog = new CatalogSink(client);
    }
  }
  const worker = new DeliveryWorker(store, { sinks: { ons, catalog, webhook: new WebhookSink(store) }, ...config.delivery });
  const service = new GovernanceService({ store, policy, targets: { ons: Boolean(ons), catalog: Boolean(catalog) }, onDeliveries: (d) => worker.enqueue(d) });
  let objectStorage: ObjectStorageClient | undefined;
  return {
    store, service, worker, config,
    objectStorage: async () => {
      if (!objectStorage) {
        objectStorage = new ObjectStorageClient({ authenticationDetailsProvider: await getAuth() }, ociClientConfiguration());
        if (config.endpoints?.objectStorage) objectStorage.endpoint = config.endpoints.objectStorage;
      }
      return objectStorage;
    },
    close: async () => {
      await worker.idle();
      await store.close();
    },
  };
}
