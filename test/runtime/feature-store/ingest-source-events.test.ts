import fc from 'fast-check';
import { eventsTableOf, ingestSourceEvents } from '../../../runtime/feature-store/adapters/ingest-source-events';
import { openEmbeddedFeatureStore } from '../../../runtime/feature-store/adapters/open-embedded-feature-store';
import { type Aggregation } from '../../../runtime/feature-store/aggregation-schema';
import { FeatureGroupDefinitionSchema } from '../../../runtime/feature-store/feature-group-schema';
import { registerFeatureGroup } from '../../../runtime/feature-store/register-feature-group';
import { sourceEventColumns } from '../../../runtime/feature-store/source-event-columns';
import { referenceAggregate, sameValue, type TestEvent } from './aggregation-reference';

const BASE_SEC = 1_714_521_600;
const AGGREGATIONS: Aggregation[] = [
  { name: 'n_5s', function: 'count', window: '5s' },
  { name: 'sum_3s', function: 'sum', column: 'amount', window: '3s' },
  { name: 'std_8s', function: 'stddev', column: 'amount', window: '8s' },
  { name: 'last_4s', function: 'last', column: 'amount', window: '4s' },
  { name: 'merchants_6s', function: 'count_distinct', column: 'merchant', window: '6s' },
  { name: 'foreign_10s', function: 'count', window: '10s', where: { column: 'foreign', equals: true } },
];
const DEFINITION = FeatureGroupDefinitionSchema.parse({ name: 'cards', entityKeys: ['card'], eventTimeColumn: 'event_time', source: { eventTimeColumn: 'ts' }, aggregations: AGGREGATIONS });

const eventArb: fc.Arbitrary<TestEvent> = fc.record({
  card: fc.constantFrom('a', 'b'),
  t: fc.integer({ min: 0, max: 25 }),
  amount: fc.option(fc.integer({ min: -6, max: 6 }), { nil: null }),
  merchant: fc.option(fc.constantFrom('m1', 'm2', 'm3'), { nil: null }),
  foreign: fc.option(fc.boolean(), { nil: null }),
});
const asRow = (e: TestEvent) => ({ card: e.card, ts: BASE_SEC + e.t, amount: e.amount, merchant: e.merchant, foreign: e.foreign });

describe('ingestSourceEvents: incremental aggregation of streamed raw events in the embedded store', () => {
  test('stores, poll after poll (late events included), the same feature rows as computing all events at once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(eventArb, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 5 }), async (polls) => {
        const stores = await openEmbeddedFeatureStore(':memory:');
        try {
          const { group } = await registerFeatureGroup(stores, DEFINITION);
          let offset = 0;
          for (const poll of polls) {
            const ids = poll.map(() => `0:${offset++}:0`);
            await ingestSourceEvents(stores.offline, group, sourceEventColumns(DEFINITION, poll.map(asRow)), ids);
          }
          const all = polls.flat();
          const stored = (await stores.offline.connection.runAndReadAll(`SELECT * FROM "fg__cards" ORDER BY card, "__event_time_us"`)).getRowObjectsJson();
          const times = [...new Map(all.map((e) => [`${e.card}/${e.t}`, e])).values()].sort((x, y) => (x.card < y.card ? -1 : x.card > y.card ? 1 : x.t - y.t));
          expect(stored.map((r) => [r.card, Number(r.__event_time_us) / 1e6 - BASE_SEC])).toEqual(times.map((e) => [e.card, e.t]));
          stored.forEach((row, i) => {
            for (const a of AGGREGATIONS) {
              const want = referenceAggregate(all, a, times[i]!.card, times[i]!.t);
              if (!sameValue(row[a.name], want)) throw new Error(`${a.name} at ${times[i]!.card}@${times[i]!.t}: stored ${String(row[a.name])}, expected ${want}`);
            }
          });
        } finally {
          await stores.close();
        }
      }),
      { numRuns: 15 },
    );
  });

  test('skips a replayed poll (same ids), so no event counts twice', async () => {
    const stores = await openEmbeddedFeatureStore(':memory:');
    try {
      const { group } = await registerFeatureGroup(stores, DEFINITION);
      const rows = [{ card: 'a', ts: BASE_SEC, amount: 1, merchant: 'm1', foreign: true }, { card: 'a', ts: BASE_SEC + 1, amount: 2, merchant: 'm2', foreign: false }];
      const first = await ingestSourceEvents(stores.offline, group, sourceEventColumns(DEFINITION, rows), ['0:7:0', '0:7:1']);
      const replay = await ingestSourceEvents(stores.offline, group, sourceEventColumns(DEFINITION, rows), ['0:7:0', '0:7:1']);
      expect([first.events, first.written, replay.events, replay.written]).toEqual([2, 2, 0, 0]);
      expect((await stores.offline.connection.runAndReadAll(`SELECT count(*) FROM "${eventsTableOf('cards')}"`)).getRowsJson()).toEqual([['2']]);
      expect((await stores.offline.connection.runAndReadAll(`SELECT n_5s FROM "fg__cards" ORDER BY "__event_time_us"`)).getRowsJson()).toEqual([['1'], ['2']]);
    } finally {
      await stores.close();
    }
  });

  test('a poll whose feature write fails stores none of its events, so its replay computes them', async () => {
    const stores = await openEmbeddedFeatureStore(':memory:');
    try {
      const { group } = await registerFeatureGroup(stores, DEFINITION);
      const events = sourceEventColumns(DEFINITION, [{ card: 'a', ts: BASE_SEC, amount: 1, merchant: 'm1', foreign: true }]);
      const c = stores.offline.connection;
      const run = c.run.bind(c);
      const spy = jest.spyOn(c, 'run').mockImplementation(async (sql, ...rest) => {
        if (/^INSERT INTO "fg__cards"/.test(sql)) throw new Error('IO Error: disk full');
        return run(sql, ...rest);
      });
      await expect(ingestSourceEvents(stores.offline, group, events, ['0:0:0'])).rejects.toThrow(/disk full/);
      spy.mockRestore();
      expect((await c.runAndReadAll(`SELECT count(*) FROM "${eventsTableOf('cards')}"`)).getRowsJson()).toEqual([['0']]);
      expect(await ingestSourceEvents(stores.offline, group, events, ['0:0:0'])).toMatchObject({ events: 1, written: 1 });
      expect((await c.runAndReadAll('SELECT n_5s, sum_3s FROM "fg__cards"')).getRowsJson()).toEqual([['1', 1]]);
    } finally {
      await stores.close();
    }
  });

  test('reads events as columns: keys as text, the time in microseconds, numbers and booleans also from text', () => {
    expect(sourceEventColumns(DEFINITION, [{ card: 'a', ts: '2024-05-01T00:00:00Z', amount: '2.5', merchant: 'm1', foreign: 'true', extra: [1] }, { card: 7, ts: BASE_SEC }])).toEqual({
      length: 2, keys: [['a', '7']], eventTimeUs: [1714521600000000, 1714521600000000],
      columns: [{ name: 'amount', kind: 'number', values: [2.5, null] }, { name: 'merchant', kind: 'any', values: ['m1', null] }, { name: 'foreign', kind: 'bool', values: [true, null] }],
    });
  });

  test.each([
    [{ card: '', ts: BASE_SEC }, /row 1 column "card": the entity key must be a non-empty string or number, got ""/],
    [{ card: 'a', ts: 'yesterday' }, /row 1 column "ts": "yesterday" is neither epoch seconds nor an ISO 8601/],
    [{ card: 'a', ts: BASE_SEC, amount: 'ten' }, /row 1 column "amount": expected a finite number, got "ten"/],
    [{ card: 'a', ts: BASE_SEC, foreign: 'yes' }, /row 1 column "foreign": expected true or false, got "yes"/],
    [{ card: 'a', ts: BASE_SEC, merchant: { name: 'm1' } }, /row 1 column "merchant": expected a string, number or boolean/],
  ])('fails on a bad event %#, naming the row and column', (row, message) => {
    expect(() => sourceEventColumns(DEFINITION, [row])).toThrow(message);
  });
});
