import { FeatureGroupDefinitionSchema } from '../../../runtime/feature-store/feature-group-schema';
import { DRIVER_STATS } from './helpers';

describe('FeatureGroupDefinitionSchema', () => {
  test('accepts a complete definition', () => {
    expect(FeatureGroupDefinitionSchema.parse(DRIVER_STATS)).toEqual(DRIVER_STATS);
  });

  test('accepts a minimal definition without TTL, description or tags', () => {
    const minimal = { name: 'g', entityKeys: ['id'], eventTimeColumn: 'ts', features: [{ name: 'x', type: 'float64' }] };
    expect(FeatureGroupDefinitionSchema.safeParse(minimal).success).toBe(true);
  });

  test.each([
    ['an uppercase group name', { name: 'Driver' }, 'name'],
    ['a feature type it does not know', { features: [{ name: 'x', type: 'decimal' }] }, 'features.0.type'],
    ['a feature named like a key', { features: [{ name: 'DRIVER_ID', type: 'int64' }] }, 'features.0.name'],
    ['a column starting with __', { eventTimeColumn: '__ts' }, 'eventTimeColumn'],
    ['no entity key', { entityKeys: [] }, 'entityKeys'],
    ['a TTL of zero', { ttlSec: 0 }, 'ttlSec'],
    ['a fractional TTL', { ttlSec: 1.5 }, 'ttlSec'],
    ['an unknown property', { owner: 'me' }, ''],
  ])('fails on %s', (_, patch, path) => {
    const res = FeatureGroupDefinitionSchema.safeParse({ ...DRIVER_STATS, ...patch });
    expect(res.success).toBe(false);
    expect(res.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
