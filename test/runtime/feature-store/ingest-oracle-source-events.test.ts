import fc from 'fast-check';
import { ingestOracleSourceEvents, oracleEventsTableOf } from '../../../runtime/feature-store/adapters/ingest-oracle-source-events';
import { ingestSourceEvents } from '../../../runtime/feature-store/adapters/ingest-source-events';
import { openEmbeddedFeatureStore } from '../../../runtime/feature-store/adapters/open-embedded-feature-store';
import { OracleOfflineStore } from '../../../runtime/feature-store/adapters/oracle-offline-store';
import { type Aggregation } from '../../../runtime/feature-store/aggregation-schema';
import { FeatureGroupDefinitionSchema } from '../../../runtime/feature-store/feature-group-schema';
import { registerFeatureGroup } from '../../../runtime/feature-store/register-feature-group';
import { sourceEventColumns } from '../../../runtime/feature-store/source-event-columns';
import { type RegisteredFeatureGroup } from '../../../runtime/feature-store/types';
import { FakeOracle } from '../../support/fake-oracle';
import { OracleOnDuckDb, openOracleStoresOnDuckDb, STAND_IN_TYPES } from '../../support/oracle-on-duckdb';
import { referenceAggregate, sameValue, type TestEvent } from './aggregation-reference';

/**
 * The computed-group path of the ingestion job on Autonomous Database, tested as the Autonomous
 * Database stores are: against a recording fake connection (what is sent, in which transaction), and
 * with its Oracle SQL run on DuckDB (`OracleOnDuckDb`, where the dialects meet) against the embedded
 * path on the same polls. No Autonomous Database is reachable here.
 */
const BASE_SEC = 1_714_521_600;
const AGGREGATIONS: Aggregation[] = [
  { name: 'n_5s', function: 'count', window: '5s' },
  { name: 'sum_3s', function: 'sum', column: 'amount', window: '3s' },
  { name: 'avg_7s', function: 'avg', column: 'amount', window: '7s' },
  { name: 'max_2s', function: 'max', column: 'amount', window: '2s' },
  { name: 'std_8s', function: 'stddev', column: 'amount', window: '8s' },
  { name: 'last_4s', function: 'last', column: 'amount', window: '4s' },
  { name: 'merchants_6s', function: 'count_distinct', column: 'merchant', window: '6s' },
  { name: 'foreign_10s', function: 'count', window: '10s', where: { column: 'foreign', equals: true } },
];
const DEFINITION = FeatureGroupDefinitionSchema.parse({ name: 'cards', entityKeys: ['card'], eventTimeColumn: 'event_time', source: { eventTimeColumn: 'ts' }, aggregations: AGGREGATIONS });
const FEATURES = AGGREGATIONS.map((a) => a.name);

const eventArb: fc.Arbitrary<TestEvent> = fc.record({
  card: fc.constantFrom('a', 'b', 'c'),
  t: fc.integer({ min: 0, max: 25 }),
  amount: fc.option(fc.integer({ min: -6, max: 6 }), { nil: null }),
  merchant: fc.option(fc.constantFrom('m1', 'm2', 'm3'), { nil: null }),
  foreign: fc.option(fc.boolean(), { nil: null }),
});
const asRow = (e: TestEvent) => ({ card: e.card, ts: BASE_SEC + e.t, amount: e.amount, merchant: e.merchant, foreign: e.foreign });

/** A poll: its events and their stream ids; a replay repeats an earlier poll's ids. */
interface Poll {
  readonly events: readonly TestEvent[];
  readonly ids: readonly string[];
}

/** Polls of generated events (times in any order, so later polls bring late events), some polls replayed after later ones. */
const pollsArb: fc.Arbitrary<Poll[]> = fc
  .tuple(fc.array(fc.array(eventArb, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 5 }), fc.array(fc.nat(), { maxLength: 3 }))
  .map(([batches, replays]) => {
    let offset = 0;
    const polls: Poll[] = batches.map((events) => ({ events, ids: events.map((_, i) => `0:${offset++}:${i}`) }));
    for (const r of replays) polls.push(polls[r % polls.length]!);
    return polls;
  });

/** The feature rows of the group as stored, as JSON-able arrays (keys, time, features), sorted. */
const ORDERED_ROWS = `SELECT "card", "__event_time_us", ${FEATURES.map((f) => `"${f}"`).join(', ')} FROM "fg__cards" ORDER BY "card", "__event_time_us"`;

async function oracleStores() {
  const db = await OracleOnDuckDb.create();
  return { db, stores: await openOracleStoresOnDuckDb(db) };
}

function expectSameRows(got: unknown[][], want: unknown[][]): void {
  expect(got.map((r) => r.slice(0, 2).map(String))).toEqual(want.map((r) => r.slice(0, 2).map(String)));
  got.forEach((row, i) => row.slice(2).forEach((v, j) => {
    const w = want[i]![j + 2];
    if (!sameValue(v, w === null ? null : Number(w))) throw new Error(`${FEATURES[j]} at ${String(row[0])}@${String(row[1])}: Autonomous Database path ${String(v)}, embedded ${String(w)}`);
  }));
}

describe('ingestOracleSourceEvents: the computed-group step on Autonomous Database (Oracle SQL run on DuckDB)', () => {
  test('stores, poll after poll (late events and replayed polls included), the same feature rows as the embedded path and as all events at once', async () => {
    await fc.assert(
      fc.asyncProperty(pollsArb, async (polls) => {
        const embedded = await openEmbeddedFeatureStore(':memory:');
        const { db, stores } = await oracleStores();
        try {
          const duckGroup = (await registerFeatureGroup(embedded, DEFINITION)).group;
          const oraGroup = (await registerFeatureGroup(stores, DEFINITION)).group;
          for (const poll of polls) {
            const events = sourceEventColumns(DEFINITION, poll.events.map(asRow));
            const [duck, ora] = [await ingestSourceEvents(embedded.offline, duckGroup, events, poll.ids), await ingestOracleSourceEvents(stores.offline, oraGroup, events, poll.ids)];
            expect(ora).toEqual(duck);
          }
          const want = (await embedded.offline.connection.runAndReadAll(ORDERED_ROWS)).getRowsJson() as unknown[][];
          const got = await rowsOf(db);
          expectSameRows(got, want);
          // And both are the computation over every distinct event at once.
          const all = [...new Map(polls.flatMap((p) => p.events.map((e, i) => [p.ids[i]!, e] as const))).values()];
          got.forEach((row) => {
            const card = String(row[0]);
            const t = Number(row[1]) / 1e6 - BASE_SEC;
            AGGREGATIONS.forEach((a, j) => {
              const ref = referenceAggregate(all, a, card, t);
              if (!sameValue(row[j + 2], ref)) throw new Error(`${a.name} at ${card}@${t}: ${String(row[j + 2])}, reference ${ref}`);
            });
          });
        } finally {
          await embedded.close();
          await db.close();
        }
      }),
      { numRuns: 20 },
    );
  });

  test('skips a replayed poll (same ids): no event stored or counted twice, no batch written', async () => {
    const { db, stores } = await oracleStores();
    try {
      const { group } = await registerFeatureGroup(stores, DEFINITION);
      const events = sourceEventColumns(DEFINITION, [asRow({ card: 'a', t: 0, amount: 1, merchant: 'm1', foreign: true }), asRow({ card: 'a', t: 1, amount: 2, merchant: 'm2', foreign: false })]);
      const first = await ingestOracleSourceEvents(stores.offline, group, events, ['0:7:0', '0:7:1']);
      const replay = await ingestOracleSourceEvents(stores.offline, group, events, ['0:7:0', '0:7:1']);
      expect([first.events, first.written, first.seq, replay.events, replay.written]).toEqual([2, 2, 1, 0, 0]);
      expect(await query(db, `SELECT COUNT(*) FROM "${oracleEventsTableOf('cards')}"`)).toEqual([[2]]);
      expect(await query(db, 'SELECT "n_5s", "foreign_10s" FROM "fg__cards" ORDER BY "__event_time_us"')).toEqual([[1, 1], [2, 1]]);
      expect(await query(db, "SELECT seq, written FROM fs_batches WHERE group_name = 'cards'")).toEqual([[1, 2]]);
    } finally {
      await db.close();
    }
  });

  test('a poll whose feature write fails stores none of its events, so its replay computes them', async () => {
    const { db, stores } = await oracleStores();
    try {
      const { group } = await registerFeatureGroup(stores, DEFINITION);
      const events = sourceEventColumns(DEFINITION, [asRow({ card: 'a', t: 0, amount: 1, merchant: 'm1', foreign: true })]);
      const failing = failingOn(stores.offline, /^INSERT INTO "fg__cards"/, 'ORA-01653: unable to extend table');
      await expect(ingestOracleSourceEvents(failing, group, events, ['0:0:0'])).rejects.toThrow(/ORA-01653/);
      expect(await query(db, `SELECT COUNT(*) FROM "${oracleEventsTableOf('cards')}"`)).toEqual([[0]]);
      expect(await ingestOracleSourceEvents(stores.offline, group, events, ['0:0:0'])).toMatchObject({ events: 1, written: 1 });
      expect(await query(db, 'SELECT "n_5s", "sum_3s" FROM "fg__cards"')).toEqual([[1, 1]]);
    } finally {
      await db.close();
    }
  });

  test('adds a column a newer definition reads to the stored events table (null for the events before)', async () => {
    const { db, stores } = await oracleStores();
    try {
      const narrow = FeatureGroupDefinitionSchema.parse({ ...DEFINITION, aggregations: [AGGREGATIONS[0]] });
      const first = (await registerFeatureGroup(stores, narrow)).group;
      await ingestOracleSourceEvents(stores.offline, first, sourceEventColumns(narrow, [asRow({ card: 'a', t: 0, amount: 4, merchant: null, foreign: null })]), ['0:0:0']);
      const wide = (await registerFeatureGroup(stores, DEFINITION)).group;
      const res = await ingestOracleSourceEvents(stores.offline, wide, sourceEventColumns(DEFINITION, [asRow({ card: 'a', t: 1, amount: 2, merchant: 'm1', foreign: true })]), ['0:1:0']);
      expect(res).toMatchObject({ events: 1, written: 1 });
      expect(await query(db, 'SELECT "n_5s", "sum_3s", "merchants_6s" FROM "fg__cards" ORDER BY "__event_time_us"')).toEqual([[1, null, null], [2, 2, 1]]);
    } finally {
      await db.close();
    }
  });

  test('sends one transaction: events bulk-bound into a private temporary table (booleans as 0/1), the events table locked, the feature batch merged', async () => {
    const db = new FakeOracle((sql) => {
      if (/^SELECT column_name FROM user_tab_columns/.test(sql)) return { rows: [] };
      if (/^SELECT COUNT\(\*\), MIN/.test(sql)) return { rows: [[2, 1714521600000000]] };
      if (/NVL\(MAX\(seq\), 0\) \+ 1/.test(sql)) return { rows: [[4]] };
      if (/^INSERT INTO ORA\$PTT_FS_STAGE/.test(sql)) return { rowsAffected: 2 };
      return {};
    });
    const offline = await OracleOfflineStore.create(db, STAND_IN_TYPES);
    db.log.length = 0;
    const rows = [asRow({ card: 'a', t: 0, amount: 1.5, merchant: 'm1', foreign: true }), asRow({ card: 'b', t: 0, amount: null, merchant: null, foreign: false })];
    const res = await ingestOracleSourceEvents(offline, groupOf(DEFINITION), sourceEventColumns(DEFINITION, rows), ['3:10:0', '3:10:1']);
    expect(res).toEqual({ events: 2, written: 2, overwritten: 0, seq: 4 });
    expect(db.log).toEqual([
      'SELECT column_name FROM user_tab_columns',
      'CREATE TABLE "fe__cards" ("card"',
      'CREATE INDEX "fe__cards__k" ON',
      'COMMIT', 'CLOSE',
      'CREATE PRIVATE TEMPORARY TABLE',
      'MANY INSERT INTO ORA$PTT_FS_EVENTS VALUES',
      'LOCK TABLE "fe__cards" IN',
      'DELETE FROM "ORA$PTT_FS_EVENTS" s',
      'SELECT COUNT(*), MIN("__event_time_us") FROM',
      'INSERT INTO "fe__cards" ("card",',
      'CREATE PRIVATE TEMPORARY TABLE',
      'INSERT INTO ORA$PTT_FS_STAGE ("card",',
      'LOCK TABLE fs_batches IN',
      'SELECT NVL(MAX(seq), 0) +',
      'DELETE FROM "fg__cards" t',
      'INSERT INTO "fg__cards" ("card",',
      'INSERT INTO fs_batches (group_name,',
      'COMMIT', 'CLOSE',
    ]);
    expect(db.many[0]!.binds).toEqual([['a', 1714521600000000, 1.5, 'm1', 1, '3:10:0', 0], ['b', 1714521600000000, null, null, 0, '3:10:1', 1]]);
    expect((db.many[0]!.options!.bindDefs as { type: string }[]).map((d) => d.type)).toEqual(['VARCHAR', 'NUMBER', 'BINARY_DOUBLE', 'VARCHAR', 'NUMBER', 'VARCHAR', 'NUMBER']);
  });

  test('fails the poll on a database error, rolling the transaction back and releasing the connection', async () => {
    const db = new FakeOracle((sql) => (/^SELECT column_name/.test(sql) ? { rows: [['card']] } : /^LOCK TABLE "fe__/.test(sql) ? new Error('ORA-00054: resource busy and acquire with NOWAIT specified') : {}));
    const offline = await OracleOfflineStore.create(db, STAND_IN_TYPES);
    await expect(ingestOracleSourceEvents(offline, groupOf(DEFINITION), sourceEventColumns(DEFINITION, [asRow({ card: 'a', t: 0, amount: 1, merchant: null, foreign: null })]), ['0:0:0'])).rejects.toThrow(/ORA-00054/);
    expect(db.log.slice(-2)).toEqual(['ROLLBACK', 'CLOSE']);
  });

  test('fails when events and ids differ in number, or the group declares no aggregations', async () => {
    const { db, stores } = await oracleStores();
    try {
      const events = sourceEventColumns(DEFINITION, [asRow({ card: 'a', t: 0, amount: 1, merchant: null, foreign: null })]);
      await expect(ingestOracleSourceEvents(stores.offline, groupOf(DEFINITION), events, [])).rejects.toThrow('ingestOracleSourceEvents: 1 events but 0 ids');
      const plain = FeatureGroupDefinitionSchema.parse({ name: 'plain', entityKeys: ['card'], eventTimeColumn: 'event_time', features: [{ name: 'x', type: 'int64' }] });
      await expect(ingestOracleSourceEvents(stores.offline, groupOf(plain), events, ['0:0:0'])).rejects.toThrow('ingestOracleSourceEvents: feature group "plain" declares no aggregations');
    } finally {
      await db.close();
    }
  });
});

function groupOf(definition: RegisteredFeatureGroup['definition']): RegisteredFeatureGroup {
  return { definition, version: 1, fingerprint: 'f', registeredAt: '2024-05-01T00:00:00Z' };
}

async function query(db: OracleOnDuckDb, sql: string): Promise<unknown[][]> {
  const c = await db.getConnection();
  try {
    return (await c.execute(sql)).rows ?? [];
  } finally {
    await c.close();
  }
}

const rowsOf = (db: OracleOnDuckDb) => query(db, ORDERED_ROWS);

/** The store with a pool whose connections fail the first statement matching `pattern`. */
function failingOn(offline: OracleOfflineStore, pattern: RegExp, message: string): OracleOfflineStore {
  let failed = false;
  return new Proxy(offline, {
    get(target, prop, receiver) {
      if (prop !== 'transaction') return Reflect.get(target, prop, receiver) as unknown;
      return <T>(work: Parameters<OracleOfflineStore['transaction']>[0]) =>
        target.transaction((c) => work({
          ...c,
          execute: async (sql, binds, options) => {
            if (!failed && pattern.test(sql.trim())) {
              failed = true;
              throw new Error(message);
            }
            return c.execute(sql, binds, options);
          },
          executeMany: (sql, binds, options) => c.executeMany(sql, binds, options),
          commit: () => c.commit(),
          rollback: () => c.rollback(),
          close: () => c.close(),
        }) as Promise<T>);
    },
  });
}
