import { FeatureGroupDefinitionSchema } from '../../../../runtime/feature-store/feature-group-schema';
import { computedGroupRows } from '../../../../runtime/feature-store/jobs/computed-group-rows';
import { type FeatureStores, type OfflineStore, type RegisteredFeatureGroup } from '../../../../runtime/feature-store/types';
import { DRIVER_STATS } from '../helpers';

const CARDS = FeatureGroupDefinitionSchema.parse({
  name: 'cards', entityKeys: ['card'], eventTimeColumn: 'event_time', source: { eventTimeColumn: 'ts' },
  aggregations: [{ name: 'n_1h', function: 'count', window: '1h' }],
});

/** Stores whose registry knows CARDS and whose offline store is of a kind the job does not compute in. */
class ParquetOnlyStore implements Pick<OfflineStore, 'close'> {
  async close(): Promise<void> {}
}
const stores = {
  registry: { latest: async (): Promise<RegisteredFeatureGroup> => ({ definition: CARDS, version: 1, fingerprint: 'f', registeredAt: '2024-05-01T00:00:00Z' }) },
  offline: new ParquetOnlyStore(),
} as unknown as FeatureStores;

describe('computedGroupRows', () => {
  test('leaves a group of plain features to the default ingest (undefined)', () => {
    expect(computedGroupRows(stores, DRIVER_STATS)).toBeUndefined();
  });

  test('checks raw events with the group\'s source columns, naming the row and column', () => {
    expect(() => computedGroupRows(stores, CARDS)!.validate([{ card: 'c1', ts: 'soon' }])).toThrow(/row 1 column "ts"/);
  });

  test('fails to write on an offline store that is neither the embedded one nor Autonomous Database, naming its type', async () => {
    await expect(computedGroupRows(stores, CARDS)!.write([{ card: 'c1', ts: 1714521600 }], ['0:0:0'], () => 'partition 0 offset 0'))
      .rejects.toThrow('feature group "cards" computes aggregations, which the ingestion job runs on the embedded store or Autonomous Database; got an offline store of type ParquetOnlyStore');
  });
});
