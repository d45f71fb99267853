import { openEmbeddedFeatureStore, type EmbeddedFeatureStore } from '../../../runtime/feature-store/adapters/open-embedded-feature-store';
import { getOnlineFeatures } from '../../../runtime/feature-store/get-online-features';
import { ingest } from '../../../runtime/feature-store/ingest';
import { materialize } from '../../../runtime/feature-store/materialize';
import { registerFeatureGroup } from '../../../runtime/feature-store/register-feature-group';
import { DRIVER_STATS, T } from './helpers';

describe('getOnlineFeatures', () => {
  let stores: EmbeddedFeatureStore;
  beforeAll(async () => {
    stores = await openEmbeddedFeatureStore(':memory:');
    await registerFeatureGroup(stores, DRIVER_STATS);
    await ingest(stores, 'driver_stats', [
      { driver_id: 'd1', event_time: T(0), trips_today: 3, rating: 4.5, city: 'Lyon', active: true },
      { driver_id: 'd2', event_time: T(0), trips_today: 7, active: false },
    ]);
    await materialize(stores, 'driver_stats');
  });
  afterAll(() => stores.close());

  test('answers each entity row with its own columns followed by the features, in request order', async () => {
    const rows = await getOnlineFeatures(stores, {
      entityRows: [{ driver_id: 'd2', request_id: 'r1' }, { driver_id: 'd404' }, { driver_id: 'd1' }],
      features: ['driver_stats:trips_today', 'driver_stats:active', 'driver_stats:rating'], asOf: T(60),
    });
    expect(rows).toEqual([
      { driver_id: 'd2', request_id: 'r1', trips_today: 7, active: false, rating: null },
      { driver_id: 'd404', trips_today: null, active: null, rating: null },
      { driver_id: 'd1', trips_today: 3, active: true, rating: 4.5 },
    ]);
  });

  test('copies the entity rows, leaving the request untouched, and keeps an own __proto__ key as data', async () => {
    const entityRows = [JSON.parse('{"driver_id": "d1", "__proto__": {"polluted": true}}') as Record<string, unknown>];
    const [row] = await getOnlineFeatures(stores, { entityRows, features: ['driver_stats:trips_today'], asOf: T(60) });
    expect(Object.keys(row!)).toEqual(['driver_id', '__proto__', 'trips_today']);
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect((row as { polluted?: boolean }).polluted).toBeUndefined();
    expect(entityRows[0]).not.toHaveProperty('trips_today');
  });

  test('answers null for rows older than the group TTL at asOf', async () => {
    const [row] = await getOnlineFeatures(stores, { entityRows: [{ driver_id: 'd1' }], features: ['driver_stats:trips_today'], asOf: T(3601) });
    expect(row).toEqual({ driver_id: 'd1', trips_today: null });
  });

  test('fails on an entity row without its key, naming the row and the column', async () => {
    await expect(getOnlineFeatures(stores, { entityRows: [{ driver_id: 'd1' }, { driver: 'd2' }], features: ['driver_stats:trips_today'] }))
      .rejects.toThrow('getOnlineFeatures: entity row 1 column "driver_id": expected a non-empty string or whole number entity key, got nothing');
  });
});
