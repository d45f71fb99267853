import { randomBytes } from 'node:crypto';
import { openEmbeddedFeatureStore } from '../../../runtime/feature-store/adapters/open-embedded-feature-store';
import { oracleSettingsFromEnv, openOracleFeatureStore } from '../../../runtime/feature-store/adapters/open-oracle-feature-store';
import { type FeatureGroupDefinition } from '../../../runtime/feature-store/feature-group-schema';
import { getHistoricalFeatures } from '../../../runtime/feature-store/get-historical-features';
import { getOnlineFeatures } from '../../../runtime/feature-store/get-online-features';
import { ingest } from '../../../runtime/feature-store/ingest';
import { materialize } from '../../../runtime/feature-store/materialize';
import { registerFeatureGroup } from '../../../runtime/feature-store/register-feature-group';
import { type FeatureStores } from '../../../runtime/feature-store/types';
import { OracleOnDuckDb, openOracleStoresOnDuckDb } from '../../support/oracle-on-duckdb';
import { DRIVER_STATS, historicalAsCsv, loadFixture, T } from './helpers';

type Store = FeatureStores & { close(): Promise<void> };

/**
 * One contract for every store: the embedded stores (DuckDB ASOF JOIN, and DuckDB running the
 * window-function SQL of the Autonomous Database store) and the Autonomous Database stores with their
 * Oracle SQL run on DuckDB (`OracleOnDuckDb`, where the dialects meet) always; Autonomous Database
 * when OCI_MLOPS_ADB_USER, OCI_MLOPS_ADB_PASSWORD and OCI_MLOPS_ADB_CONNECT_STRING are set.
 */
const adb = oracleSettingsFromEnv(process.env);
const stores: [string, (() => Promise<Store>) | null][] = [
  ['embedded DuckDB ASOF JOIN + SQLite', () => openEmbeddedFeatureStore(':memory:')],
  ['embedded DuckDB with the Autonomous Database window-function SQL', () => openEmbeddedFeatureStore(':memory:', { pointInTimeMethod: 'analytic' })],
  ['the Autonomous Database stores with their SQL run on DuckDB', async () => {
    const db = await OracleOnDuckDb.create();
    return { ...(await openOracleStoresOnDuckDb(db)), close: () => db.close() };
  }],
  ['Autonomous Database', adb ? () => openOracleFeatureStore(adb) : null],
];

for (const [label, open] of stores) {
  if (!open) {
    describe(`feature store contract on ${label}`, () => {
      test.skip('SKIPPED: set OCI_MLOPS_ADB_USER, OCI_MLOPS_ADB_PASSWORD and OCI_MLOPS_ADB_CONNECT_STRING (and OCI_MLOPS_ADB_WALLET_DIR for mTLS) to run it', () => undefined);
    });
    continue;
  }
  describe(`feature store contract on ${label}`, () => {
    let store: Store;
    // Unique names: a database store keeps its tables between runs.
    const suffix = randomBytes(3).toString('hex');
    const named = (def: FeatureGroupDefinition, name = def.name): FeatureGroupDefinition => ({ ...def, name: `${name}_${suffix}` });
    const drivers = named(DRIVER_STATS);
    const ref = (feature: string, def = drivers) => `${def.name}:${feature}`;

    beforeAll(async () => {
      store = await open();
    });
    afterAll(() => store?.close());

    test('registers a group as version 1, keeps it on an identical definition and versions a change', async () => {
      const first = await registerFeatureGroup(store, drivers);
      expect([first.group.version, first.created]).toEqual([1, true]);
      const again = await registerFeatureGroup(store, { ...drivers, tags: { ...drivers.tags } });
      expect([again.group.version, again.created, again.group.fingerprint]).toEqual([1, false, first.group.fingerprint]);
      const changed = await registerFeatureGroup(store, { ...drivers, description: 'Driver statistics, hourly' });
      expect([changed.group.version, changed.created]).toEqual([2, true]);
      expect((await store.registry.versions(drivers.name)).map((g) => g.definition.description)).toEqual(['Hourly driver statistics', 'Driver statistics, hourly']);
    });

    test('fails to register a definition whose entity keys or feature types changed', async () => {
      await expect(registerFeatureGroup(store, { ...drivers, entityKeys: ['vehicle_id'] })).rejects.toThrow(/has entity keys \[driver_id\], got \[vehicle_id\]; keys cannot change/);
      const retyped = { ...drivers, features: drivers.features.map((f) => (f.name === 'rating' ? { ...f, type: 'string' as const } : f)) };
      await expect(registerFeatureGroup(store, retyped)).rejects.toThrow(/feature "rating" of type float64, got string/);
      await expect(registerFeatureGroup(store, { name: 'Bad' })).rejects.toThrow(/invalid feature group definition:\n {2}name: must be 1-60 characters/);
    });

    test('ingests batches, last ingested wins per entity and time, and reports overwritten rows', async () => {
      const first = await ingest(store, drivers.name, [
        { driver_id: 'd1', event_time: T(0), trips_today: 1, rating: 4.1, city: 'Oslo', active: true },
        { driver_id: 'd1', event_time: T(600), trips_today: 2, rating: 4.2, city: 'Oslo', active: true },
        { driver_id: 'd2', event_time: T(0), trips_today: 7, rating: 3.9, city: 'Rome', active: false },
        { driver_id: 'd2', event_time: T(0), trips_today: 8, rating: 3.8, city: 'Rome', active: false },
      ]);
      expect(first).toMatchObject({ received: 4, written: 3, overwritten: 1, overwrittenInBatch: 1, version: 2, seq: 1 });
      const second = await ingest(store, drivers.name, [
        { driver_id: 'd1', event_time: T(600), trips_today: 20, rating: 4.25, city: 'Bergen', active: false },
        { driver_id: 'd1', event_time: T(1200), trips_today: 3, rating: 4.3, city: 'Bergen', active: true },
      ]);
      expect(second).toMatchObject({ received: 2, written: 2, overwritten: 1, overwrittenInBatch: 0, seq: 2 });
      const { rows } = await getHistoricalFeatures(store, { entityRows: [{ driver_id: 'd1', event_time: T(700) }, { driver_id: 'd2', event_time: T(1) }], features: [ref('*')] });
      expect(rows).toEqual([
        { driver_id: 'd1', event_time: T(700), trips_today: 20, rating: 4.25, city: 'Bergen', active: false },
        { driver_id: 'd2', event_time: T(1), trips_today: 8, rating: 3.8, city: 'Rome', active: false },
      ]);
    });

    test('fails an invalid batch and writes none of its rows', async () => {
      await expect(
        ingest(store, drivers.name, [
          { driver_id: 'd1', event_time: T(1800), trips_today: 99 },
          { driver_id: 'd3', event_time: T(1800), trips_today: 'many' },
        ]),
      ).rejects.toThrow(/row 1 column "trips_today": expected int64, got "many"/);
      await expect(ingest(store, drivers.name, [])).rejects.toThrow(/the batch is empty/);
      await expect(ingest(store, 'nope', [{}])).rejects.toThrow(/feature group "nope" is not registered/);
      const { rows } = await getHistoricalFeatures(store, { entityRows: [{ driver_id: 'd1', event_time: T(1900) }], features: [ref('trips_today')] });
      expect(rows[0]!.trips_today).toBe(3); // the row at T(1200), not the refused one at T(1800)
      expect((await store.offline.latestSince((await store.registry.latest(drivers.name))!, 2)).batch.length).toBe(0);
    });

    test('joins point-in-time correct: never a later row, exact times match, the TTL bound is inclusive', async () => {
      const entityRows = [
        { driver_id: 'd1', event_time: T(599), label: 'before the update at 600' },
        { driver_id: 'd1', event_time: T(600), label: 'exactly at 600' },
        { driver_id: 'd1', event_time: T(-1), label: 'before any row' },
        { driver_id: 'd1', event_time: T(1200 + 3600), label: 'TTL edge: exactly 3600 s after 1200' },
        { driver_id: 'd1', event_time: T(1200 + 3601), label: 'one second past the TTL' },
        { driver_id: 'd9', event_time: T(600), label: 'unknown entity' },
        { driver_id: 'd2', event_time: 1714521600 + 5, label: 'epoch seconds' },
      ];
      const { rows, featureColumns } = await getHistoricalFeatures(store, { entityRows, features: [ref('trips_today'), ref('city')] });
      expect(featureColumns).toEqual(['trips_today', 'city']);
      expect(rows.map((r) => [r.label, r.trips_today, r.city])).toEqual([
        ['before the update at 600', 1, 'Oslo'],
        ['exactly at 600', 20, 'Bergen'],
        ['before any row', null, null],
        ['TTL edge: exactly 3600 s after 1200', 3, 'Bergen'],
        ['one second past the TTL', null, null],
        ['unknown entity', null, null],
        ['epoch seconds', 8, 'Rome'],
      ]);
    });

    test('joins several groups with their own keys and TTLs at once, keeping entity order', async () => {
      const customers = named({ name: 'customer_profile', entityKeys: ['customer_id'], eventTimeColumn: 'updated_at', features: [{ name: 'segment', type: 'string' }, { name: 'city', type: 'string' }] });
      await registerFeatureGroup(store, customers);
      await ingest(store, customers.name, [
        { customer_id: 'c1', updated_at: T(-86400 * 30), segment: 'gold', city: 'Paris' },
        { customer_id: 'c1', updated_at: T(900), segment: 'platinum', city: 'Lyon' },
      ]);
      const entityRows = [
        { driver_id: 'd1', customer_id: 'c1', ts: T(800) },
        { driver_id: 'd2', customer_id: 'c1', ts: T(900) },
        { driver_id: 'd1', customer_id: 'c2', ts: T(1300) },
      ];
      await expect(getHistoricalFeatures(store, { entityRows, eventTimeColumn: 'ts', features: [ref('city'), ref('city', customers)] })).rejects.toThrow(/would share the output column "city"; use full feature names/);
      const { rows, featureColumns } = await getHistoricalFeatures(store, {
        entityRows, eventTimeColumn: 'ts', fullFeatureNames: true, features: [ref('trips_today'), `${customers.name}:*`, ref('city')],
      });
      const [d, c] = [drivers.name, customers.name];
      expect(featureColumns).toEqual([`${d}__trips_today`, `${d}__city`, `${c}__segment`, `${c}__city`]);
      expect(rows.map((r) => featureColumns.map((col) => r[col]))).toEqual([
        [20, 'Bergen', 'gold', 'Paris'],
        [8, 'Rome', 'platinum', 'Lyon'],
        [3, 'Bergen', null, null],
      ]);
    });

    test('fails on entity rows without a key or with a bad time, naming row and column', async () => {
      await expect(getHistoricalFeatures(store, { entityRows: [{ driver_id: 'd1', event_time: T(0) }, { event_time: T(0) }], features: [ref('city')] })).rejects.toThrow(
        'getHistoricalFeatures: entity row 1 column "driver_id": expected a non-empty string or whole number entity key, got nothing',
      );
      await expect(getHistoricalFeatures(store, { entityRows: [{ driver_id: 'd1', event_time: 'yesterday' }], features: [ref('city')] })).rejects.toThrow(/entity row 0 column "event_time": "yesterday" is neither/);
      await expect(getHistoricalFeatures(store, { entityRows: [{ driver_id: 'd1', event_time: T(0) }], features: [ref('speed')] })).rejects.toThrow(/has no feature "speed"/);
      await expect(getHistoricalFeatures(store, { entityRows: [{ driver_id: 'd1', event_time: T(0), city: 'x' }], features: [ref('city')] })).rejects.toThrow(/feature column "city" is also a column of the entity rows/);
    });

    test('adds a feature in a new version: older rows read null for it', async () => {
      const v3 = { ...drivers, description: 'Driver statistics, hourly', features: [...drivers.features, { name: 'cancellations', type: 'int64' as const }] };
      expect((await registerFeatureGroup(store, v3)).group.version).toBe(3);
      await ingest(store, drivers.name, [{ driver_id: 'd1', event_time: T(1500), trips_today: 4, cancellations: 1 }]);
      const { rows } = await getHistoricalFeatures(store, {
        entityRows: [{ driver_id: 'd1', event_time: T(1300) }, { driver_id: 'd1', event_time: T(1500) }],
        features: [ref('trips_today'), ref('cancellations')],
      });
      expect(rows.map((r) => [r.trips_today, r.cancellations])).toEqual([[3, null], [4, 1]]);
    });

    test('materializes the latest row per entity and serves it online, with the TTL at asOf', async () => {
      const full = await materialize(store, drivers.name);
      expect(full).toMatchObject({ rowsWritten: 2, fromSeq: 0, toSeq: 3 });
      const features = [ref('trips_today'), ref('rating'), ref('active'), ref('cancellations')];
      const rows = await getOnlineFeatures(store, { entityRows: [{ driver_id: 'd2' }, { driver_id: 'd1' }, { driver_id: 'd404' }], features, asOf: T(1600) });
      expect(rows).toEqual([
        { driver_id: 'd2', trips_today: 8, rating: 3.8, active: false, cancellations: null },
        { driver_id: 'd1', trips_today: 4, rating: null, active: null, cancellations: 1 },
        { driver_id: 'd404', trips_today: null, rating: null, active: null, cancellations: null },
      ]);
      const later = await getOnlineFeatures(store, { entityRows: [{ driver_id: 'd2' }, { driver_id: 'd1' }], features: [ref('trips_today')], asOf: T(1500 + 3600) });
      expect(later.map((r) => r.trips_today)).toEqual([null, 4]); // d2's row (time 0) is older than the TTL; d1's is exactly at it
    });

    test('materializes incrementally: only new batches, and late data never hides newer values', async () => {
      expect(await materialize(store, drivers.name, { incremental: true })).toMatchObject({ rowsWritten: 0, fromSeq: 3, toSeq: 3 });
      await ingest(store, drivers.name, [
        { driver_id: 'd1', event_time: T(100), trips_today: 100 }, // late: older than d1's online row
        { driver_id: 'd2', event_time: T(2000), trips_today: 9, active: true },
        { driver_id: 'd5', event_time: T(2000), trips_today: 1 },
      ]);
      expect(await materialize(store, drivers.name, { incremental: true })).toMatchObject({ rowsWritten: 2, fromSeq: 3, toSeq: 4 });
      expect(await store.online.watermark(drivers.name)).toBe(4);
      const rows = await getOnlineFeatures(store, { entityRows: [{ driver_id: 'd1' }, { driver_id: 'd2' }, { driver_id: 'd5' }], features: [ref('trips_today'), ref('active')], asOf: T(2000) });
      expect(rows.map((r) => [r.trips_today, r.active])).toEqual([[4, null], [9, true], [1, null]]);
      await expect(materialize(store, 'nope')).rejects.toThrow(/feature group "nope" is not registered/);
    });

    test.each(['no-ttl', 'ttl-3600', 'composite-key-ttl-900'])('gives the same rows as pandas merge_asof on fixture %s', async (name) => {
      const c = loadFixture(name);
      expect(await historicalAsCsv(store, c, `pit_${name.replace(/-/g, '_')}_${suffix}`)).toEqual(c.expected);
    });
  });
}
