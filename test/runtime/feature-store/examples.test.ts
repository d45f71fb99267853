import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedFeatureStore, type EmbeddedFeatureStore } from '../../../runtime/feature-store/adapters/open-embedded-feature-store';
import { oracleSettingsFromEnv } from '../../../runtime/feature-store/adapters/open-oracle-feature-store';
import { getHistoricalFeatures } from '../../../runtime/feature-store/get-historical-features';
import { getOnlineFeatures } from '../../../runtime/feature-store/get-online-features';
import { ingest } from '../../../runtime/feature-store/ingest';
import { materialize } from '../../../runtime/feature-store/materialize';
import { registerFeatureGroup } from '../../../runtime/feature-store/register-feature-group';
import { resolveFeatureReferences } from '../../../runtime/feature-store/resolve-feature-references';

/** The JSDoc @example of each feature store function, run in sequence on one store kept on disk. */
describe('feature store JSDoc examples', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fs-examples-'));
  let stores: EmbeddedFeatureStore;
  beforeAll(async () => {
    stores = await openEmbeddedFeatureStore(join(dir, 'store'));
  });
  afterAll(async () => {
    await stores?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('registerFeatureGroup: a new group is version 1, the same definition again is not stored', async () => {
    const def = { name: 'driver_stats', entityKeys: ['driver_id'], eventTimeColumn: 'event_time', ttlSec: 86400, features: [{ name: 'trips_today', type: 'int64' }] };
    const { group, created } = await registerFeatureGroup(stores, def);
    expect([group.version, created]).toEqual([1, true]);
    expect((await registerFeatureGroup(stores, def)).created).toBe(false);
  });

  test('ingest: two rows with the same entity and time write one and overwrite one', async () => {
    const r = await ingest(stores, 'driver_stats', [
      { driver_id: 'd1', event_time: '2024-05-01T00:00:00Z', trips_today: 3 },
      { driver_id: 'd1', event_time: '2024-05-01T00:00:00Z', trips_today: 4 },
    ]);
    expect([r.written, r.overwritten]).toEqual([1, 1]);
  });

  test('getHistoricalFeatures: returns the entity row with the feature as of its time', async () => {
    const { rows } = await getHistoricalFeatures(stores, { entityRows: [{ driver_id: 'd1', event_time: '2024-05-01T12:00:00Z' }], features: ['driver_stats:trips_today'] });
    expect(rows[0]).toEqual({ driver_id: 'd1', event_time: '2024-05-01T12:00:00Z', trips_today: 4 });
  });

  test('materialize and getOnlineFeatures: full, then incremental, then an online read', async () => {
    expect(await materialize(stores, 'driver_stats')).toMatchObject({ rowsWritten: 1 });
    expect(await materialize(stores, 'driver_stats', { incremental: true })).toMatchObject({ rowsWritten: 0 });
    const rows = await getOnlineFeatures(stores, { entityRows: [{ driver_id: 'd1' }], features: ['driver_stats:trips_today'], asOf: '2024-05-01T12:00:00Z' });
    expect(rows).toEqual([{ driver_id: 'd1', trips_today: 4 }]);
  });

  test('resolveFeatureReferences: one group, one feature, its own name', async () => {
    const resolved = await resolveFeatureReferences(stores.registry, ['driver_stats:trips_today'], false);
    expect(resolved.columns).toEqual(['trips_today']);
    expect(resolved.groups.map((g) => [g.group.definition.name, g.features])).toEqual([['driver_stats', ['trips_today']]]);
    await expect(resolveFeatureReferences(stores.registry, ['driver_stats.trips_today'], false)).rejects.toThrow(/is not a feature reference; expected group:feature or group:\*/);
    await expect(resolveFeatureReferences(stores.registry, [], false)).rejects.toThrow(/expected at least one feature reference/);
    await expect(resolveFeatureReferences(stores.registry, ['nope:x'], false)).rejects.toThrow(/feature group "nope" is not registered/);
  });

  test('openEmbeddedFeatureStore: a reopened store has the groups, rows and online values written before', async () => {
    await stores.close();
    stores = await openEmbeddedFeatureStore(join(dir, 'store'));
    expect((await stores.registry.latest('driver_stats'))?.version).toBe(1);
    const rows = await getOnlineFeatures(stores, { entityRows: [{ driver_id: 'd1' }], features: ['driver_stats:*'], asOf: '2024-05-01T12:00:00Z' });
    expect(rows).toEqual([{ driver_id: 'd1', trips_today: 4 }]);
    expect((await ingest(stores, 'driver_stats', [{ driver_id: 'd1', event_time: '2024-05-01T00:00:00Z', trips_today: 5 }])).overwritten).toBe(1);
  });

  test('openEmbeddedFeatureStore fails on a directory it cannot create', async () => {
    writeFileSync(join(dir, 'a-file'), '');
    await expect(openEmbeddedFeatureStore(join(dir, 'a-file', 'store'))).rejects.toThrow(/openEmbeddedFeatureStore: cannot open the store in .*a-file\/store.*ENOTDIR/);
  });

  test('oracleSettingsFromEnv: undefined without settings, the settings with them', () => {
    expect(oracleSettingsFromEnv({})).toBeUndefined();
    expect(oracleSettingsFromEnv({ OCI_MLOPS_ADB_USER: 'fs', OCI_MLOPS_ADB_PASSWORD: 'pw', OCI_MLOPS_ADB_CONNECT_STRING: 'db_tp', OCI_MLOPS_ADB_WALLET_DIR: '/wallet' }))
      .toEqual({ user: 'fs', password: 'pw', connectString: 'db_tp', walletDir: '/wallet', walletPassword: undefined });
  });
});
