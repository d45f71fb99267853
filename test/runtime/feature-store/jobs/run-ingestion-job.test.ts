import fc from 'fast-check';
import { openEmbeddedFeatureStore } from '../../../../runtime/feature-store/adapters/open-embedded-feature-store';
import { FeatureGroupDefinitionSchema, type FeatureGroupDefinition } from '../../../../runtime/feature-store/feature-group-schema';
import { getHistoricalFeatures } from '../../../../runtime/feature-store/get-historical-features';
import { getOnlineFeatures } from '../../../../runtime/feature-store/get-online-features';
import { type IngestionJobConfig } from '../../../../runtime/feature-store/jobs/parse-ingestion-job-env';
import { runIngestionJob, type GroupIngestionSummary } from '../../../../runtime/feature-store/jobs/run-ingestion-job';
import { type FeatureStores } from '../../../../runtime/feature-store/types';
import { closedPortWallet, vaultAndDatabaseHandler } from '../../../support/adb-stand-in';
import { OciTestServer } from '../../../support/oci-test-server';
import { OracleOnDuckDb, openOracleStoresOnDuckDb } from '../../../support/oracle-on-duckdb';
import { tempDir } from '../../../support/temp-dir';
import { referenceAggregate, sameValue, type TestEvent } from '../aggregation-reference';
import { FakeStream, routeToStreams } from '../fake-stream';
import { DRIVER_STATS, T } from '../helpers';

const CUSTOMER: FeatureGroupDefinition = { name: 'customer_profile', entityKeys: ['customer_id'], eventTimeColumn: 'ts', features: [{ name: 'segment', type: 'string' }] };
const DRIVER_STREAM = 'ocid1.stream.oc1.eu-frankfurt-1.aaaadriver';
const CUSTOMER_STREAM = 'ocid1.stream.oc1.eu-frankfurt-1.aaaacustomer';

describe('runIngestionJob end to end: embedded store, real Streaming client, signed-request test server', () => {
  const server = new OciTestServer();
  let endpoint: string;
  let drivers: FakeStream;
  let customers: FakeStream;
  let lines: string[];
  const config = (over: Partial<IngestionJobConfig> = {}): IngestionJobConfig => ({
    store: { kind: 'embedded', dir: storeDir }, groups: [DRIVER_STATS, CUSTOMER], streams: { driver_stats: DRIVER_STREAM, customer_profile: CUSTOMER_STREAM },
    streamEndpoint: endpoint, consumerGroup: 'acme-fraud-ingest', consumerInstance: 'feature-ingestion-job', timeBudgetSec: 600, pollLimit: 2, invalidMessages: 'skip', ...over,
  });
  const run = (over: Partial<IngestionJobConfig> = {}) =>
    runIngestionJob(config(over), { getAuth: async () => server.auth, clientOptions: { maxAttempts: 3, maxDelaySec: 0.01 }, log: (l) => lines.push(l) });
  const summaries = () => lines.map((l) => JSON.parse(l) as GroupIngestionSummary | { event: string }).filter((l): l is GroupIngestionSummary => l.event === 'feature_ingestion');
  let storeDir: string;

  beforeAll(async () => {
    endpoint = await server.start();
    // The SDK's retrier logs each retry of the failures these tests cause on purpose.
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await server.stop();
  });
  beforeEach(() => {
    storeDir = tempDir();
    drivers = new FakeStream(DRIVER_STREAM);
    customers = new FakeStream(CUSTOMER_STREAM);
    server.setHandler(routeToStreams(drivers, customers));
    server.requests.splice(0);
    lines = [];
  });

  test("rejects a poll that fails the group's data-quality suite: logged with the results, counted, the rest ingested", async () => {
    const checked: FeatureGroupDefinition = { ...DRIVER_STATS, dataQuality: { name: 'drivers', columns: { trips_today: { type: 'integer', min: 0 } } } };
    drivers.push({ driver_id: 'd1', event_time: T(0), trips_today: 1 }, { driver_id: 'd2', event_time: T(0), trips_today: -1 }, { driver_id: 'd1', event_time: T(60), trips_today: 2 });
    const result = await run({ groups: [checked], streams: { driver_stats: DRIVER_STREAM } });
    expect(result.failed).toBe(false);
    expect(summaries()).toEqual([expect.objectContaining({ group: 'driver_stats', status: 'ok', messages: 3, rowsIngested: 1, batchesRejected: 1 })]);
    const rejected = lines.map((l) => JSON.parse(l) as { event: string; results?: { results: { expectation: string; unexpected_rows: number[] }[] } }).find((l) => l.event === 'feature_batch_rejected')!;
    expect(rejected).toMatchObject({ group: 'driver_stats', source: `stream ${DRIVER_STREAM} partition 0 offset 0 to partition 0 offset 1` });
    expect(rejected.results!.results.find((r) => r.expectation === 'trips_today.min')!.unexpected_rows).toEqual([2]);
    expect(drivers.committed).toBe(2);
  });

  test('registers the groups, drains each stream with the consumer group, materialises, and logs one line per group', async () => {
    drivers.push(
      { driver_id: 'd1', event_time: T(0), trips_today: 1 },
      [{ driver_id: 'd1', event_time: T(60), trips_today: 2 }, { driver_id: 'd2', event_time: T(60), trips_today: 5 }],
      { driver_id: 'd1', event_time: T(60), trips_today: 3 },
      { driver_id: 'd3', event_time: T(60), trips_today: 'many' },
    );
    customers.push({ customer_id: 'c1', ts: T(10), segment: 'gold' });

    const result = await run();

    expect(result.failed).toBe(false);
    expect(summaries()).toEqual([
      expect.objectContaining({ group: 'driver_stats', status: 'ok', version: 1, messages: 4, rowsIngested: 4, rowsOverwritten: 1, messagesRejected: 1, rowsMaterialized: 2, caughtUp: true, durationMs: expect.any(Number) }),
      expect.objectContaining({ group: 'customer_profile', status: 'ok', version: 1, messages: 1, rowsIngested: 1, rowsOverwritten: 0, messagesRejected: 0, rowsMaterialized: 1, caughtUp: true }),
    ]);
    expect(lines.map((l) => JSON.parse(l) as { event: string; offset?: number })).toContainEqual(expect.objectContaining({ event: 'feature_message_rejected', group: 'driver_stats', offset: 3 }));
    expect(result.groups).toEqual(summaries());
    expect([drivers.committed, customers.committed]).toEqual([3, 0]);
    expect([...drivers.cursors, ...customers.cursors]).toEqual([
      { groupName: 'acme-fraud-ingest', instanceName: 'feature-ingestion-job' }, { groupName: 'acme-fraud-ingest', instanceName: 'feature-ingestion-job' },
    ]);
    expect(server.requests.every((r) => r.signatureError === null)).toBe(true);

    const stores = await openEmbeddedFeatureStore(storeDir);
    try {
      expect(await getOnlineFeatures(stores, { entityRows: [{ driver_id: 'd1' }, { driver_id: 'd2' }], features: ['driver_stats:trips_today'], asOf: T(120) }))
        .toEqual([{ driver_id: 'd1', trips_today: 3 }, { driver_id: 'd2', trips_today: 5 }]);
      expect(await getOnlineFeatures(stores, { entityRows: [{ customer_id: 'c1' }], features: ['customer_profile:segment'], asOf: T(120) })).toEqual([{ customer_id: 'c1', segment: 'gold' }]);
    } finally {
      await stores.close();
    }
  });

  test('a later run keeps the registered versions and takes only new messages, materialising them incrementally', async () => {
    drivers.push({ driver_id: 'd1', event_time: T(0), trips_today: 1 }, { driver_id: 'd2', event_time: T(0), trips_today: 2 });
    await run();
    lines = [];
    drivers.push({ driver_id: 'd2', event_time: T(30), trips_today: 7 });
    await run();
    expect(summaries()).toEqual([
      expect.objectContaining({ group: 'driver_stats', status: 'ok', version: 1, messages: 1, rowsIngested: 1, rowsMaterialized: 1 }),
      expect.objectContaining({ group: 'customer_profile', status: 'ok', version: 1, messages: 0, rowsIngested: 0, rowsMaterialized: 0 }),
    ]);
  });

  test('reports a group whose stream keeps failing and still processes the others', async () => {
    drivers.push({ driver_id: 'd1', event_time: T(0), trips_today: 1 });
    customers.push({ customer_id: 'c1', ts: T(10), segment: 'gold' });
    drivers.failNext = { path: '/messages', status: 503, times: 5 };
    const result = await run();
    expect(result.failed).toBe(true);
    const [driverLine, customerLine] = summaries();
    expect(driverLine).toMatchObject({ group: 'driver_stats', status: 'failed', version: 1, rowsIngested: 0, caughtUp: false, error: expect.stringContaining('failing on purpose') });
    expect(customerLine).toMatchObject({ group: 'customer_profile', status: 'ok', rowsIngested: 1, rowsMaterialized: 1 });
    expect(drivers.committed).toBe(-1);
  });

  test('with the invalid-message policy fail, a bad message fails its group without committing it', async () => {
    drivers.push({ driver_id: 'd1', event_time: T(0), trips_today: 'lots' });
    const result = await run({ invalidMessages: 'fail' });
    expect(result.failed).toBe(true);
    expect(summaries()[0]).toMatchObject({ status: 'failed', error: expect.stringMatching(/partition 0 offset 0 column "trips_today": expected int64, got "lots"/) });
    expect(drivers.committed).toBe(-1);
  });

  test('stops draining when the time budget is spent, says it is not caught up, and materialises nothing new', async () => {
    drivers.push({ driver_id: 'd1', event_time: T(0), trips_today: 1 });
    const result = await run({ timeBudgetSec: 0 });
    expect(result.failed).toBe(false);
    expect(summaries()).toEqual([
      expect.objectContaining({ group: 'driver_stats', status: 'ok', messages: 0, rowsIngested: 0, caughtUp: false }),
      expect.objectContaining({ group: 'customer_profile', status: 'ok', messages: 0, caughtUp: false }),
    ]);
    expect(drivers.calls.filter((c) => c === 'GET /messages')).toEqual([]);
  });

  test('fails a group whose definition cannot be registered over the stored one, and processes the rest', async () => {
    await run();
    lines = [];
    const changedKeys = { ...DRIVER_STATS, entityKeys: ['vehicle_id'] };
    const result = await run({ groups: [changedKeys, CUSTOMER] });
    expect(result.failed).toBe(true);
    expect(summaries()).toEqual([
      expect.objectContaining({ group: 'driver_stats', status: 'failed', version: null, error: expect.stringMatching(/keys cannot change/) }),
      expect.objectContaining({ group: 'customer_profile', status: 'ok' }),
    ]);
  });

  test('computes a group of declared aggregations from its stream of raw events, incrementally across runs, and serves it online', async () => {
    const CARDS: FeatureGroupDefinition = FeatureGroupDefinitionSchema.parse({
      name: 'card_activity', entityKeys: ['card_id'], eventTimeColumn: 'event_time', source: { eventTimeColumn: 'ts' },
      aggregations: [
        { name: 'txn_count_1h', function: 'count', window: '1h' },
        { name: 'amount_sum_1h', function: 'sum', column: 'amount', window: '1h' },
        { name: 'merchants_1d', function: 'count_distinct', column: 'merchant', window: '1d' },
        { name: 'foreign_count_1h', function: 'count', window: '1h', where: { column: 'is_foreign', equals: true } },
      ],
    });
    const cardStream = new FakeStream('ocid1.stream.oc1.eu-frankfurt-1.aaaacards');
    server.setHandler(routeToStreams(cardStream));
    const cardRun = () => run({ groups: [CARDS], streams: { card_activity: cardStream.streamId } });
    const at = async (card: string, t: number) => {
      const stores = await openEmbeddedFeatureStore(storeDir);
      try {
        const features = ['card_activity:txn_count_1h', 'card_activity:amount_sum_1h', 'card_activity:merchants_1d', 'card_activity:foreign_count_1h'];
        return {
          historical: (await getHistoricalFeatures(stores, { entityRows: [{ card_id: card, event_time: T(t) }], features })).rows[0],
          online: (await getOnlineFeatures(stores, { entityRows: [{ card_id: card }], features, asOf: T(t) }))[0],
        };
      } finally {
        await stores.close();
      }
    };

    cardStream.push(
      { card_id: 'c1', ts: T(0), amount: 10, merchant: 'm1', is_foreign: false },
      [{ card_id: 'c1', ts: T(600), amount: 20, merchant: 'm2', is_foreign: true }, { card_id: 'c2', ts: T(0), amount: 1, merchant: 'm1', is_foreign: false }],
      { card_id: 'c1', ts: T(900), amount: 'lots', merchant: 'm1', is_foreign: false },
    );
    await cardRun();
    expect(summaries()).toEqual([expect.objectContaining({ group: 'card_activity', status: 'ok', messages: 3, messagesRejected: 1, rowsIngested: 3, rowsMaterialized: 2 })]);
    expect(await at('c1', 600)).toEqual({
      historical: { card_id: 'c1', event_time: T(600), txn_count_1h: 2, amount_sum_1h: 30, merchants_1d: 2, foreign_count_1h: 1 },
      online: { card_id: 'c1', txn_count_1h: 2, amount_sum_1h: 30, merchants_1d: 2, foreign_count_1h: 1 },
    });

    // A later run: a new event an hour on, and a late one that changes the row at T(600) too.
    lines = [];
    cardStream.push({ card_id: 'c1', ts: T(3700), amount: 5, merchant: 'm1', is_foreign: false }, { card_id: 'c1', ts: T(300), amount: 2, merchant: 'm3', is_foreign: true });
    await cardRun();
    // Rows written: the late event's own, the one at T(600) it changes and the new one at T(3700).
    expect(summaries()).toEqual([expect.objectContaining({ group: 'card_activity', status: 'ok', messages: 2, rowsIngested: 3, rowsOverwritten: 1 })]);
    expect((await at('c1', 600)).historical).toEqual({ card_id: 'c1', event_time: T(600), txn_count_1h: 3, amount_sum_1h: 32, merchants_1d: 3, foreign_count_1h: 2 });
    // (T(100), T(3700)]: the events at T(300), T(600) and T(3700); the one at T(0) has left the hour, not the day (m1, m2, m3).
    expect(await at('c1', 3700)).toEqual({
      historical: { card_id: 'c1', event_time: T(3700), txn_count_1h: 3, amount_sum_1h: 27, merchants_1d: 3, foreign_count_1h: 2 },
      online: { card_id: 'c1', txn_count_1h: 3, amount_sum_1h: 27, merchants_1d: 3, foreign_count_1h: 2 },
    });
  });

  test('fails as a whole when the store cannot be opened', async () => {
    await expect(runIngestionJob(config(), { openStore: async () => { throw new Error('cannot open the store: no route to host'); }, log: (l) => lines.push(l) }))
      .rejects.toThrow(/no route to host/);
    expect(lines).toEqual([]);
  });

  describe('runIngestionJob computing a group of aggregations on the Autonomous Database stores, their SQL run on DuckDB', () => {
    // No Autonomous Database is reachable here: the job's Autonomous Database path (registry, offline
    // and online stores, the computed-group step) runs its Oracle SQL on DuckDB (OracleOnDuckDb), and
    // must give what the embedded store gives on the same stream.
    const CARDS = FeatureGroupDefinitionSchema.parse({
      name: 'card_activity', entityKeys: ['card'], eventTimeColumn: 'event_time', source: { eventTimeColumn: 'ts' },
      aggregations: [
        { name: 'txn_count_10m', function: 'count', window: '10m' },
        { name: 'amount_sum_5m', function: 'sum', column: 'amount', window: '5m' },
        { name: 'amount_avg_15m', function: 'avg', column: 'amount', window: '15m' },
        { name: 'amount_min_5m', function: 'min', column: 'amount', window: '5m' },
        { name: 'amount_std_15m', function: 'stddev', column: 'amount', window: '15m' },
        { name: 'amount_last_10m', function: 'last', column: 'amount', window: '10m' },
        { name: 'merchants_20m', function: 'count_distinct', column: 'merchant', window: '20m' },
        { name: 'foreign_count_30m', function: 'count', window: '30m', where: { column: 'foreign', equals: true } },
      ],
    });
    const FEATURES = CARDS.aggregations!.map((a) => a.name);
    const STREAM = 'ocid1.stream.oc1.eu-frankfurt-1.aaaacards';
    const eventArb: fc.Arbitrary<TestEvent> = fc.record({
      card: fc.constantFrom('c1', 'c2', 'c3'),
      // Whole minutes over 40 minutes: ties and events exactly a window apart.
      t: fc.integer({ min: 0, max: 40 }).map((m) => m * 60),
      amount: fc.option(fc.integer({ min: -50, max: 50 }), { nil: null }),
      merchant: fc.option(fc.constantFrom('m1', 'm2', 'm3', 'm4'), { nil: null }),
      foreign: fc.option(fc.boolean(), { nil: null }),
    });
    const messagesArb = fc.array(fc.array(eventArb, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 12 });

    /** Runs the job three times on one store: a first poll whose commit fails (replayed by the second run), then a later batch of (late) events. */
    async function ingestAll(first: TestEvent[][], later: TestEvent[][], openStore: () => Promise<FeatureStores & { close(): Promise<void> }>) {
      const stream = new FakeStream(STREAM);
      server.setHandler(routeToStreams(stream));
      const lines: string[] = [];
      const run = () => runIngestionJob({
        store: { kind: 'adb', user: 'FS', connectString: 'fs_tp', passwordSecretId: 'ocid1.vaultsecret.oc1.iad.aaaapw' }, groups: [CARDS], streams: { card_activity: STREAM },
        streamEndpoint: endpoint, consumerGroup: 'g', consumerInstance: 'i', timeBudgetSec: 600, pollLimit: 2, invalidMessages: 'fail',
      }, { openStore, getAuth: async () => server.auth, clientOptions: { maxAttempts: 2, maxDelaySec: 0.01 }, log: (l) => lines.push(l) });
      const asMessage = (events: TestEvent[]) => events.map((e) => ({ card: e.card, ts: T(e.t), amount: e.amount, merchant: e.merchant, foreign: e.foreign }));
      stream.push(...first.map(asMessage));
      stream.failNext = { path: '/commit', status: 503, times: 2 };
      await run();
      await run();
      stream.push(...later.map(asMessage));
      await run();
      const summaries = lines.map((l) => JSON.parse(l) as GroupIngestionSummary).map(({ durationMs: _, ...rest }) => rest);
      return { summaries, committed: stream.committed };
    }

    async function servedBy(stores: FeatureStores, events: readonly TestEvent[]) {
      const features = FEATURES.map((f) => `card_activity:${f}`);
      const entityRows = [...new Set(events.map((e) => e.t))].flatMap((t) => ['c1', 'c2', 'c3'].map((card) => ({ card, event_time: T(t) })));
      return {
        historical: (await getHistoricalFeatures(stores, { entityRows, features })).rows,
        online: await getOnlineFeatures(stores, { entityRows: ['c1', 'c2', 'c3'].map((card) => ({ card })), features, asOf: T(3600) }),
      };
    }

    test('writes and serves the same feature rows as the embedded store, across runs with late events and a replayed poll', async () => {
      await fc.assert(
        fc.asyncProperty(messagesArb, messagesArb, async (first, later) => {
          const dir = tempDir();
          const embedded = await ingestAll(first, later, () => openEmbeddedFeatureStore(dir));
          const db = await OracleOnDuckDb.create();
          try {
            const adb = await ingestAll(first, later, () => openOracleStoresOnDuckDb(db));
            expect(adb).toEqual(embedded);
            expect(adb.summaries[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('failing on purpose') });
            expect(adb.summaries.slice(1).map((s) => s.status)).toEqual(['ok', 'ok']);

            const all = [...first, ...later].flat();
            const stores = await openEmbeddedFeatureStore(dir);
            try {
              const oracle = await openOracleStoresOnDuckDb(db);
              const want = await servedBy(stores, all);
              expect(await servedBy(oracle, all)).toEqual(want);
              // Both are the computation over all events at once: check the served rows against the reference.
              for (const row of want.historical) {
                const t = Date.parse(String(row.event_time)) / 1000 - 1_714_521_600;
                const latest = Math.max(...all.filter((e) => e.card === row.card && e.t <= t).map((e) => e.t));
                CARDS.aggregations!.forEach((a) => {
                  const ref = Number.isFinite(latest) ? referenceAggregate(all, a, String(row.card), latest) : null;
                  if (!sameValue(row[a.name], ref)) throw new Error(`${a.name} of ${String(row.card)} at ${t}: served ${String(row[a.name])}, reference ${ref}`);
                });
              }
            } finally {
              await stores.close();
            }
          } finally {
            await db.close();
          }
        }),
        { numRuns: 4 },
      );
    });
  });
});

describe('runIngestionJob on Autonomous Database', () => {
  // oracledb reaching the closed port of the wallet's alias shows the job read the password from
  // Vault, fetched the wallet and gave oracledb its directory.
  const oci = new OciTestServer(vaultAndDatabaseHandler(closedPortWallet('fs_tp')));
  afterAll(() => oci.stop());

  test('reads the password from its secret, fetches the wallet and connects through it', async () => {
    const endpoint = await oci.start();
    const config: IngestionJobConfig = {
      store: { kind: 'adb', user: 'FS', connectString: 'fs_tp', passwordSecretId: 'ocid1.vaultsecret.oc1.iad.aaaapw', autonomousDatabaseId: 'ocid1.autonomousdatabase.oc1.iad.aaaafeatures' },
      groups: [DRIVER_STATS], streams: { driver_stats: DRIVER_STREAM }, streamEndpoint: endpoint, consumerGroup: 'g', consumerInstance: 'i', timeBudgetSec: 1, pollLimit: 10, invalidMessages: 'skip',
    };
    await expect(runIngestionJob(config, { getAuth: async () => oci.auth, endpoints: { secrets: endpoint, database: endpoint }, clientOptions: { maxAttempts: 1 }, log: () => undefined }))
      .rejects.toThrow(/openOracleFeatureStore: cannot prepare the feature store tables in "fs_tp": NJS-503: connection to host 127\.0\.0\.1 port 9/);
    expect(oci.requests.map((r) => [r.method, r.url.split('/')[2], r.signatureError]).sort()).toEqual([['GET', 'secretbundles', null], ['POST', 'autonomousDatabases', null]]);
  });
});
