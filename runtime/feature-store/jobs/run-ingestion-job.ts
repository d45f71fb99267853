import { type AuthenticationDetailsProvider } from 'oci-common';
import { lazyAuthProvider } from '../../oci/auth';
import { ociClientConfiguration, type OciClientOptions } from '../../oci/client-configuration';
import { resolveDatabaseCredentials } from '../../oci/resolve-database-credentials';
import { type ConsumeFeatureStreamOptions, consumeFeatureStream, type FeatureStreamClient } from '../adapters/consume-feature-stream';
import { type FeatureGroupDefinition } from '../feature-group-schema';
import { materialize } from '../materialize';
import { registerFeatureGroup } from '../register-feature-group';
import { type FeatureStores } from '../types';
import { computedGroupRows } from './computed-group-rows';
import { type IngestionJobConfig, type IngestionJobStore } from './parse-ingestion-job-env';

/** What the run did for one feature group; the job logs it as one JSON line. */
export interface GroupIngestionSummary {
  readonly event: 'feature_ingestion';
  readonly group: string;
  readonly status: 'ok' | 'failed';
  /** Group version registered (or already current) at the start of the run. */
  readonly version: number | null;
  /** Stream messages read and committed. */
  readonly messages: number;
  /** Rows written to the offline store. */
  readonly rowsIngested: number;
  /** Rows that replaced a stored row with the same (entity, event time), or an earlier row of the same poll. */
  readonly rowsOverwritten: number;
  /** Messages rejected as invalid (not JSON rows, or rows the group's schema refuses); each is logged. */
  readonly messagesRejected: number;
  /** Polls whose rows failed the group's data-quality suite: not ingested, logged with the results. */
  readonly batchesRejected: number;
  /** Entity rows incremental materialisation wrote to the online store. */
  readonly rowsMaterialized: number;
  /** False when the time budget ran out before the stream was drained (the next run goes on from the committed offset). */
  readonly caughtUp: boolean;
  readonly durationMs: number;
  /** Why the group failed. */
  readonly error?: string;
}

/** The outcome of a run: one summary per declared group, in declaration order. */
export interface IngestionJobResult {
  readonly groups: readonly GroupIngestionSummary[];
  /** True when any group failed (the job then exits with status 1). */
  readonly failed: boolean;
}

/** Replaceable parts of the run, for tests and local runs. */
export interface IngestionJobDeps {
  /**
   * Opens the feature store the run writes to.
   * @default - the configured store: Autonomous Database with the password read from Vault and the wallet fetched, or the embedded store directory
   */
  readonly openStore?: (store: IngestionJobStore) => Promise<FeatureStores & { close(): Promise<void> }>;
  /**
   * The Streaming client.
   * @default - a `StreamClient` on `config.streamEndpoint`, signed with `getAuth`, retrying per `clientOptions`
   */
  readonly streamClient?: FeatureStreamClient;
  /**
   * OCI credentials, asked for only when an OCI call is needed.
   * @default - `createAuthProvider()` (the job run's resource principal)
   */
  readonly getAuth?: () => Promise<AuthenticationDetailsProvider>;
  /**
   * Endpoint overrides of the Vault and Database calls (tests, private endpoints).
   * @default - `config.endpoints`, else the region's public endpoints
   */
  readonly endpoints?: { readonly secrets?: string; readonly database?: string };
  /**
   * Retries of every OCI client.
   * @default - `ociClientConfiguration()` (4 attempts, backoff up to 8 s)
   */
  readonly clientOptions?: OciClientOptions;
  /**
   * Where the JSON lines go.
   * @default - standard output (the job run's log)
   */
  readonly log?: (line: string) => void;
}

/**
 * Runs the feature ingestion job once: opens the store, registers the declared groups (a new version
 * only where a definition changed), drains each group's stream with the consumer group until it is
 * caught up or the time budget is spent, then materialises the online store incrementally. A group
 * that fails is reported and the others still run. Logs one JSON line per group (and one per rejected
 * message).
 *
 * @param config - the validated job environment (`parseIngestionJobEnv`)
 * @param deps - the store, clients and logger to use instead of the defaults
 * @returns a summary per group and whether any failed
 * @throws Error naming the store when it cannot be opened (no group can run then)
 * @example
 * const result = await runIngestionJob(parseIngestionJobEnv(process.env));
 * process.exitCode = result.failed ? 1 : 0;
 */
export async function runIngestionJob(config: IngestionJobConfig, deps: IngestionJobDeps = {}): Promise<IngestionJobResult> {
  const log = deps.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const getAuth = lazyAuthProvider(deps.getAuth);
  const deadline = Date.now() + config.timeBudgetSec * 1000;

  const endpoints = deps.endpoints ?? config.endpoints;
  const stores = await (deps.openStore ?? ((store) => openStore(store, getAuth, { ...deps, endpoints })))(config.store);
  try {
    const client = deps.streamClient ?? (await streamClient(config.streamEndpoint, getAuth, deps.clientOptions));
    const summaries: GroupIngestionSummary[] = [];
    for (const definition of config.groups) {
      const started = Date.now();
      const totals = { version: null as number | null, messages: 0, rowsIngested: 0, rowsOverwritten: 0, messagesRejected: 0, batchesRejected: 0, rowsMaterialized: 0, caughtUp: false };
      let error: string | undefined;
      try {
        totals.version = (await registerFeatureGroup(stores, definition)).group.version;
        const remainingMs = deadline - Date.now();
        const budget = new AbortController();
        const timer = setTimeout(() => budget.abort(), Math.max(0, remainingMs));
        if (remainingMs <= 0) budget.abort();
        try {
          const drained = await consumeFeatureStream(stores, {
            client, streamId: config.streams[definition.name]!, featureGroup: definition.name, consumerGroup: config.consumerGroup,
            instanceName: config.consumerInstance, limit: config.pollLimit, invalidMessages: config.invalidMessages, stopWhenIdle: true, signal: budget.signal,
            rows: computedGroupRows(stores, definition),
            onInvalidMessage: (m) => log(JSON.stringify({ event: 'feature_message_rejected', group: definition.name, partition: m.partition, offset: m.offset, reason: m.reason })),
            ...dataQualityHook(definition, (line) => log(line)),
          });
          Object.assign(totals, { messages: drained.messages, rowsIngested: drained.written, rowsOverwritten: drained.overwritten, messagesRejected: drained.skipped, batchesRejected: drained.batchesRejected, caughtUp: !budget.signal.aborted });
        } finally {
          clearTimeout(timer);
        }
      } catch (err) {
        error = (err as Error).message;
      }
      // What was ingested reaches the online store even when draining stopped on an error.
      try {
        if (totals.version !== null) totals.rowsMaterialized = (await materialize(stores, definition.name, { incremental: true })).rowsWritten;
      } catch (err) {
        error = error ? `${error}; materialisation also failed: ${(err as Error).message}` : (err as Error).message;
      }
      const summary: GroupIngestionSummary = {
        event: 'feature_ingestion', group: definition.name, status: error ? 'failed' : 'ok', ...totals, durationMs: Date.now() - started, ...(error ? { error } : {}),
      };
      log(JSON.stringify(summary));
      summaries.push(summary);
    }
    return { groups: summaries, failed: summaries.some((s) => s.status === 'failed') };
  } finally {
    await stores.close();
  }
}

/**
 * The data-quality gate of a group with a `dataQuality` suite: each poll's rows are checked in DuckDB
 * (loaded only then) and a failing poll is logged as `feature_batch_rejected` with the results.
 */
function dataQualityHook(definition: FeatureGroupDefinition, log: (line: string) => void): Pick<ConsumeFeatureStreamOptions, 'checkBatch' | 'onBatchRejected'> {
  const suite = definition.dataQuality;
  if (!suite) return {};
  const columns = [...definition.entityKeys, definition.eventTimeColumn, ...definition.features.map((f) => f.name)];
  return {
    checkBatch: async (rows, source) => (await import('../../data-quality/check-rows')).checkRows(rows, columns, suite, source),
    onBatchRejected: (e) => log(JSON.stringify({ event: 'feature_batch_rejected', group: definition.name, source: e.source, results: e.result })),
  };
}

async function openStore(
  store: IngestionJobStore,
  getAuth: () => Promise<AuthenticationDetailsProvider>,
  deps: IngestionJobDeps,
): Promise<FeatureStores & { close(): Promise<void> }> {
  if (store.kind === 'embedded') {
    // Loaded only here: the job image for Autonomous Database carries no DuckDB or SQLite.
    const { openEmbeddedFeatureStore } = await import('../adapters/open-embedded-feature-store');
    return openEmbeddedFeatureStore(store.dir);
  }
  const credentials = await resolveDatabaseCredentials(store, { getAuth, endpoints: deps.endpoints, clientOptions: deps.clientOptions });
  const { openOracleFeatureStore } = await import('../adapters/open-oracle-feature-store');
  return openOracleFeatureStore({ user: store.user, connectString: store.connectString, ...credentials });
}

async function streamClient(endpoint: string, getAuth: () => Promise<AuthenticationDetailsProvider>, clientOptions?: OciClientOptions): Promise<FeatureStreamClient> {
  const { StreamClient } = await import('oci-streaming');
  const client = new StreamClient({ authenticationDetailsProvider: await getAuth() }, ociClientConfiguration(clientOptions));
  client.endpoint = endpoint;
  return client;
}
