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

describe('FeatureGroupDefinitionSchema: computed groups (source and aggregations)', () => {
  const CARD = {
    name: 'card_activity', entityKeys: ['card_id'], eventTimeColumn: 'event_time', ttlSec: 604800, source: { eventTimeColumn: 'ts' },
    aggregations: [
      { name: 'txn_count_1h', function: 'count', window: '1h' },
      { name: 'amount_sum_24h', function: 'sum', column: 'amount', window: '24h' },
      { name: 'merchants_7d', function: 'count_distinct', column: 'merchant', window: '7d' },
      { name: 'foreign_count_24h', function: 'count', window: '24h', where: { column: 'is_foreign', equals: true } },
    ],
  };

  test('lists a feature per aggregation after the plain ones: int64 for counts, float64 otherwise', () => {
    const parsed = FeatureGroupDefinitionSchema.parse({ ...CARD, features: [{ name: 'segment', type: 'string' }] });
    expect(parsed.features).toEqual([
      { name: 'segment', type: 'string' },
      { name: 'txn_count_1h', type: 'int64', description: 'computed: count(*) over 1h' },
      { name: 'amount_sum_24h', type: 'float64', description: 'computed: sum(amount) over 24h' },
      { name: 'merchants_7d', type: 'int64', description: 'computed: count_distinct(merchant) over 7d' },
      { name: 'foreign_count_24h', type: 'int64', description: 'computed: count(*) over 24h where is_foreign equals true' },
    ]);
  });

  test('gives a parsed definition back unchanged when parsed again (the ingestion job parses what the team config parsed)', () => {
    const once = FeatureGroupDefinitionSchema.parse(CARD);
    expect(FeatureGroupDefinitionSchema.parse(JSON.parse(JSON.stringify(once)))).toEqual(once);
  });

  test.each([
    ['aggregations without a source', { source: undefined }, 'source', /aggregations need a source/],
    ['a source without aggregations', { aggregations: undefined, features: [{ name: 'x', type: 'int64' }] }, 'aggregations', /a source is only used by aggregations/],
    ['no features and no aggregations', { source: undefined, aggregations: undefined }, 'features', /declare at least one feature, or aggregations/],
    ['an aggregation named like a plain feature', { features: [{ name: 'merchants_7d', type: 'int64' }] }, 'aggregations.2.name', /already used as a feature/],
    ['two aggregations of one name', { aggregations: [CARD.aggregations[0], CARD.aggregations[0]] }, 'aggregations.1.name', /already used as an aggregation/],
    ['a window in weeks', { aggregations: [{ name: 'n', function: 'count', window: '1w' }] }, 'aggregations.0.window', /a whole number and a unit s, m, h or d/],
    ['a column read as a number and compared with text', { aggregations: [{ name: 's', function: 'sum', column: 'amount', window: '1h' }, { name: 'n', function: 'count', window: '1h', where: { column: 'amount', equals: 'high' } }] }, 'aggregations.1.where.column', /column "amount" is read as text here but as number at aggregations.0.column/],
    ['an aggregation over the entity key', { aggregations: [{ name: 'n', function: 'count_distinct', column: 'card_id', window: '1h' }] }, 'aggregations.0.column', /"card_id" is an entity key or the source event time/],
    ['a filter on the source event time', { aggregations: [{ name: 'n', function: 'count', window: '1h', where: { column: 'ts', gt: 0 } }] }, 'aggregations.0.where.column', /"ts" is an entity key or the source event time/],
    ['an in-list of mixed types', { aggregations: [{ name: 'n', function: 'count', window: '1h', where: { column: 'm', in: ['a', 1] } }] }, 'aggregations.0.where.in', /must all be strings, all numbers or all booleans/],
    ['a filter comparing text with lt', { aggregations: [{ name: 'n', function: 'count', window: '1h', where: { column: 'm', lt: 'b' } }] }, 'aggregations.0.where.lt', /expected number/],
  ])('fails on %s', (_, patch, path, message) => {
    const res = FeatureGroupDefinitionSchema.safeParse({ ...CARD, ...patch });
    expect(res.success).toBe(false);
    const issue = res.error!.issues.find((i) => i.path.join('.') === path);
    expect(issue?.message).toMatch(message);
  });
});
