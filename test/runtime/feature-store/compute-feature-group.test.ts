import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { DataSession, TableInputError } from '../../../runtime/data';
import { type Aggregation } from '../../../runtime/feature-store/aggregation-schema';
import { asOfAggregationSql, rollingAggregationSql } from '../../../runtime/feature-store/aggregation-sql';
import { computedRowsSql, computeFeatureGroup, dropComputedRows } from '../../../runtime/feature-store/compute-feature-group';
import { FeatureGroupDefinitionSchema, type FeatureGroupDefinition } from '../../../runtime/feature-store/feature-group-schema';
import { SourceColumnError } from '../../../runtime/feature-store/load-source-events';
import { tempDir } from '../../support/temp-dir';
import { referenceAggregate, sameValue, type TestEvent } from './aggregation-reference';

const BASE_SEC = 1_714_521_600;

/** The issue's seven aggregations (windows in seconds here, so generated times collide with window edges) and a last. */
const aggregationArb: fc.Arbitrary<Aggregation> = fc.oneof(
  fc.record({ function: fc.constantFrom('count' as const), window: fc.integer({ min: 1, max: 12 }) }).map((a) => ({ name: 'x', ...a, window: `${a.window}s` })),
  fc
    .record({ function: fc.constantFrom('count' as const, 'sum' as const, 'avg' as const, 'min' as const, 'max' as const, 'stddev' as const, 'last' as const), window: fc.integer({ min: 1, max: 12 }) })
    .map((a) => ({ name: 'x', ...a, column: 'amount', window: `${a.window}s` })),
  fc.record({ window: fc.integer({ min: 1, max: 12 }) }).map((a) => ({ name: 'x', function: 'count_distinct' as const, column: 'merchant', window: `${a.window}s` })),
);
const whereArb = fc.option(
  fc.oneof(
    fc.boolean().map((b) => ({ column: 'foreign', equals: b })),
    fc.subarray(['m1', 'm2', 'm3'], { minLength: 1 }).map((values) => ({ column: 'merchant', in: values })),
    fc.constantFrom('lt', 'gte').chain((op) => fc.integer({ min: -5, max: 5 }).map((v) => ({ column: 'amount', [op]: v }))),
  ),
  { nil: undefined },
);
const eventArb: fc.Arbitrary<TestEvent> = fc.record({
  card: fc.constantFrom('a', 'b', 'c'),
  t: fc.integer({ min: 0, max: 30 }),
  amount: fc.option(fc.integer({ min: -8, max: 8 }).map((x) => x / 2), { nil: null }),
  merchant: fc.option(fc.constantFrom('m1', 'm2', 'm3'), { nil: null }),
  foreign: fc.option(fc.boolean(), { nil: null }),
});

function definitionOf(aggregations: Aggregation[]): FeatureGroupDefinition {
  return FeatureGroupDefinitionSchema.parse({
    name: 'card_activity', entityKeys: ['card'], eventTimeColumn: 'event_time', source: { eventTimeColumn: 'ts' },
    aggregations: aggregations.map((a, i) => ({ ...a, name: `f${i}` })),
  });
}

/** Events as a CSV file with times as ISO 8601 or epoch seconds (both accepted), empty cells for nulls. */
function writeEvents(dir: string, events: readonly TestEvent[]): string {
  const file = join(dir, `events-${Math.random().toString(36).slice(2)}.csv`);
  const cell = (v: unknown) => (v === null ? '' : String(v));
  const time = (t: number, i: number) => (i % 2 ? String(BASE_SEC + t) : new Date((BASE_SEC + t) * 1000).toISOString());
  writeFileSync(file, ['card,ts,amount,merchant,foreign', ...events.map((e, i) => [e.card, time(e.t, i), cell(e.amount), cell(e.merchant), cell(e.foreign)].join(','))].join('\n') + '\n');
  return file;
}

describe('computeFeatureGroup: declared time-window aggregations on DuckDB', () => {
  let session: DataSession;
  let dir: string;
  beforeAll(async () => {
    session = await DataSession.create();
    dir = tempDir();
  });
  afterAll(() => session.close());

  async function rolling(definition: FeatureGroupDefinition, events: readonly TestEvent[]) {
    const rows = await computeFeatureGroup(session.connection, definition, await session.open(writeEvents(dir, events)));
    try {
      return (await session.connection.runAndReadAll(`SELECT * FROM "${rows.table}" ORDER BY rowid`)).getRowObjectsJson();
    } finally {
      await dropComputedRows(session.connection, rows);
    }
  }

  test('gives, per event, each aggregation over its entity\'s events in (t - window, t], as a straightforward loop does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(eventArb, { minLength: 1, maxLength: 40 }), fc.array(fc.tuple(aggregationArb, whereArb), { minLength: 1, maxLength: 4 }), async (events, specs) => {
        const definition = definitionOf(specs.map(([a, where]) => ({ ...a, ...(where ? { where } : {}) })));
        const got = await rolling(definition, events);
        // Expected order: entity, time, source order.
        const order = events.map((e, i) => ({ e, i })).sort((x, y) => (x.e.card < y.e.card ? -1 : x.e.card > y.e.card ? 1 : x.e.t - y.e.t || x.i - y.i));
        expect(got.map((r) => [r.card, Number(r.__event_time_us) / 1e6 - BASE_SEC, Number(r.__i)])).toEqual(order.map(({ e, i }) => [e.card, e.t, i]));
        got.forEach((row, r) => {
          const e = order[r]!.e;
          definition.aggregations!.forEach((a) => {
            const want = referenceAggregate(events, a, e.card, e.t);
            if (!sameValue(row[a.name], want)) throw new Error(`${a.function}(${a.column ?? '*'}) over ${a.window}${a.where ? ` where ${JSON.stringify(a.where)}` : ''} for ${e.card}@${e.t}: got ${String(row[a.name])}, expected ${want}`);
          });
        });
      }),
      { numRuns: 60 },
    );
  });

  test('never lets an event later than a row\'s time into its values: dropping every later event changes nothing before the cut', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(eventArb, { minLength: 2, maxLength: 40 }), fc.integer({ min: 0, max: 30 }), fc.array(fc.tuple(aggregationArb, whereArb), { minLength: 1, maxLength: 3 }), async (events, cut, specs) => {
        const before = events.filter((e) => e.t <= cut);
        fc.pre(before.length > 0);
        const definition = definitionOf(specs.map(([a, where]) => ({ ...a, ...(where ? { where } : {}) })));
        const all = (await rolling(definition, events)).filter((r) => Number(r.__event_time_us) / 1e6 - BASE_SEC <= cut);
        const strip = (rows: Record<string, unknown>[]) => rows.map(({ __i: _, ...rest }) => rest);
        expect(strip(all)).toEqual(strip(await rolling(definition, before)));
      }),
      { numRuns: 30 },
    );
  });

  test('gives each aggregation per entity at one as-of time, in the order of the entity table, 0 and nulls for an entity without events', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(eventArb, { minLength: 1, maxLength: 40 }), fc.integer({ min: -2, max: 34 }), fc.array(fc.tuple(aggregationArb, whereArb), { minLength: 1, maxLength: 4 }), async (events, at, specs) => {
        const definition = definitionOf(specs.map(([a, where]) => ({ ...a, ...(where ? { where } : {}) })));
        const cards = ['c', 'zz', 'a', 'b', 'a'];
        const entities = join(dir, `ids-${Math.random().toString(36).slice(2)}.csv`);
        writeFileSync(entities, `card\n${cards.join('\n')}\n`);
        const rows = await computeFeatureGroup(session.connection, definition, await session.open(writeEvents(dir, events)), { asOfUs: (BASE_SEC + at) * 1e6, entities: await session.open(entities) });
        const got = (await session.connection.runAndReadAll(`SELECT * FROM "${rows.table}" ORDER BY rowid`)).getRowObjectsJson();
        await dropComputedRows(session.connection, rows);
        expect(got.map((r) => r.card)).toEqual(cards);
        got.forEach((row, r) => {
          for (const a of definition.aggregations!) {
            const want = referenceAggregate(events, a, cards[r]!, at);
            if (!sameValue(row[a.name], want)) throw new Error(`${a.function} over ${a.window} for ${cards[r]} at ${at}: got ${String(row[a.name])}, expected ${want}`);
          }
        });
      }),
      { numRuns: 40 },
    );
  });

  test('renders the same results in the Autonomous Database dialect, run on DuckDB with booleans as 0/1', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(eventArb, { minLength: 1, maxLength: 40 }), fc.array(fc.tuple(aggregationArb, whereArb), { minLength: 1, maxLength: 4 }), async (events, specs) => {
        const definition = definitionOf(specs.map(([a, where]) => ({ ...a, ...(where ? { where } : {}) })));
        const c = session.connection;
        await c.run('CREATE OR REPLACE TEMP TABLE ev_duck (card VARCHAR, "__t" BIGINT, "__i" BIGINT, amount DOUBLE, merchant VARCHAR, "foreign" BOOLEAN)');
        for (const [i, e] of events.entries()) await c.run('INSERT INTO ev_duck VALUES ($1, $2, $3, $4, $5, $6)', [e.card, e.t * 1e6, i, e.amount, e.merchant, e.foreign]);
        await c.run('CREATE OR REPLACE TEMP TABLE ev_ora AS SELECT card, "__t", "__i", amount, merchant, CAST("foreign" AS INTEGER) AS "foreign" FROM ev_duck');
        const spec = { keyColumns: ['card'], aggregations: definition.aggregations! };
        const duck = rollingAggregationSql({ ...spec, dialect: 'duckdb', events: 'ev_duck' });
        const ora = rollingAggregationSql({ ...spec, dialect: 'oracle', events: 'ev_ora' });
        expect((await c.runAndReadAll(ora)).getRowsJson()).toEqual((await c.runAndReadAll(duck)).getRowsJson());
        await c.run('CREATE OR REPLACE TEMP TABLE ents AS SELECT * FROM (VALUES (0, \'b\'), (1, \'q\'), (2, \'a\')) v("__idx", card)');
        expect((await c.runAndReadAll(asOfAggregationSql({ ...spec, dialect: 'oracle', events: 'ev_ora' }, 'ents', 20e6))).getRowsJson())
          .toEqual((await c.runAndReadAll(asOfAggregationSql({ ...spec, dialect: 'duckdb', events: 'ev_duck' }, 'ents', 20e6))).getRowsJson());
      }),
      { numRuns: 25 },
    );
  });

  test('takes as last the latest non-null value, among tied events the last in source order, per event and as of a time', async () => {
    const definition = definitionOf([{ name: 'x', function: 'last', column: 'amount', window: '10s' }]);
    const events: TestEvent[] = [
      { card: 'a', t: 5, amount: 1, merchant: null, foreign: null },
      { card: 'a', t: 5, amount: 3, merchant: null, foreign: null },
      { card: 'a', t: 5, amount: null, merchant: null, foreign: null },
      { card: 'a', t: 5, amount: 2, merchant: null, foreign: null },
      { card: 'a', t: 7, amount: null, merchant: null, foreign: null },
      { card: 'a', t: 20, amount: null, merchant: null, foreign: null },
    ];
    expect((await rolling(definition, events)).map((r) => r.f0)).toEqual([2, 2, 2, 2, 2, null]);
    const file = join(dir, 'ids-last.csv');
    writeFileSync(file, 'card\na\n');
    for (const [at, want] of [[5, 2], [14, 2], [15, null]] as const) {
      const rows = await computeFeatureGroup(session.connection, definition, await session.open(writeEvents(dir, events)), { asOfUs: (BASE_SEC + at) * 1e6, entities: await session.open(file) });
      expect((await session.connection.runAndReadAll(`SELECT f0 FROM "${rows.table}"`)).getRowsJson()).toEqual([[want]]);
      await dropComputedRows(session.connection, rows);
    }
  });

  test('writes CSV with ISO 8601 UTC times and Parquet with TIMESTAMP WITH TIME ZONE, in entity, time, source order', async () => {
    const definition = definitionOf([{ name: 'n', function: 'count', window: '1h' }, { name: 's', function: 'sum', column: 'amount', window: '1h' }]);
    const file = join(dir, 'small.csv');
    writeFileSync(file, 'card,ts,amount,merchant,foreign\nb,2024-05-01T00:00:00.5Z,1,,\na,2024-05-01T02:00:00+02:00,2,,\na,1714521600,,,\n');
    const rows = await computeFeatureGroup(session.connection, definition, await session.open(file));
    await session.write(computedRowsSql(definition, rows, 'csv'), join(dir, 'out.csv'));
    await session.write(computedRowsSql(definition, rows, 'parquet'), join(dir, 'out.parquet'));
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe(
      'card,event_time,f0,f1\na,2024-05-01T00:00:00Z,2,2.0\na,2024-05-01T00:00:00Z,2,2.0\nb,2024-05-01T00:00:00.500000Z,1,1.0\n',
    );
    const parquet = await session.open(join(dir, 'out.parquet'));
    expect(parquet.typeOf('event_time')).toBe('TIMESTAMP WITH TIME ZONE');
    expect((await session.connection.runAndReadAll(`SELECT epoch_us(event_time) FROM ${parquet.relation()}`)).getRowsJson()).toEqual([['1714521600000000'], ['1714521600000000'], ['1714521600500000']]);
  });

  test.each([
    ['an empty entity key', 'card,ts,amount,merchant,foreign\na,1714521600,1,m1,true\n,1714521600,1,m1,true\n', /line 3: entity key "card" is empty/],
    ['an event time without a zone', 'card,ts,amount,merchant,foreign\na,2024-05-01T00:00:00,1,m1,true\n', /line 2: event time "ts": "2024-05-01T00:00:00" is neither epoch seconds nor an ISO 8601 date-time with a zone/],
    ['an empty event time', 'card,ts,amount,merchant,foreign\na,,1,m1,true\n', /line 2: event time "ts" is empty/],
    ['epoch seconds beyond 1e11 (milliseconds, say), as pit-join refuses them', 'card,ts,amount,merchant,foreign\na,1714521600000,1,m1,true\n', /line 2: event time "ts": "1714521600000" is neither epoch seconds nor an ISO 8601 date-time/],
    ['a bad amount before a bad time: the first bad row wins', 'card,ts,amount,merchant,foreign\na,1714521600,x,m1,true\na,soon,1,m1,true\n', /line 2: column "amount": "x" is not a finite number/],
    ['an amount that is not a number', 'card,ts,amount,merchant,foreign\na,1714521600,1,m1,true\na,1714521601,ten,m1,true\n', /line 3: column "amount": "ten" is not a finite number/],
    ['an infinite amount', 'card,ts,amount,merchant,foreign\na,1714521600,inf,m1,true\n', /line 2: column "amount": "inf" is not a finite number/],
    ['a flag that is not a boolean', 'card,ts,amount,merchant,foreign\na,1714521600,1,m1,maybe\n', /line 2: column "foreign": "maybe" is not a boolean/],
  ])('fails on %s, naming the file, line and column', async (_, csv, message) => {
    const definition = definitionOf([{ name: 'x', function: 'sum', column: 'amount', window: '1h', where: { column: 'foreign', equals: true } }]);
    const file = join(dir, 'bad.csv');
    writeFileSync(file, csv);
    const error = await computeFeatureGroup(session.connection, definition, await session.open(file)).catch((e: Error) => e);
    expect(error).toBeInstanceOf(TableInputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain(file);
  });

  test('reads times as pit-join does: a time the SQL cannot settle (a tab around it) is parsed by parseEventTime; a Parquet decimal time is refused', async () => {
    const definition = definitionOf([{ name: 'f0', function: 'count', window: '1h' }]);
    writeFileSync(join(dir, 'tab.csv'), 'card,ts,amount,merchant,foreign\na,"\t2024-05-01T00:00:00Z",1,m1,true\na,1714521600,1,m1,true\n');
    const rows = await computeFeatureGroup(session.connection, definition, await session.open(join(dir, 'tab.csv')));
    expect((await session.connection.runAndReadAll(`SELECT "__event_time_us", "f0" FROM ${rows.table}`)).getRowsJson()).toEqual([['1714521600000000', '2'], ['1714521600000000', '2']]);
    await session.connection.run(`COPY (SELECT 'a' AS card, 1714521600.5 AS ts) TO '${join(dir, 'double.parquet')}' (FORMAT parquet)`);
    const error = await computeFeatureGroup(session.connection, definition, await session.open(join(dir, 'double.parquet'))).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/double\.parquet column "ts" is DECIMAL\(11,1\); a time must be text \(epoch seconds or ISO 8601 with a zone\), whole epoch seconds, or a timestamp with a time zone/);
  });

  test('fails on a column the source does not have, with where the definition names it', async () => {
    const definition = definitionOf([{ name: 'x', function: 'count', window: '1h' }, { name: 'y', function: 'max', column: 'price', window: '1h' }]);
    const file = join(dir, 'nocol.csv');
    writeFileSync(file, 'card,ts,amount\na,1714521600,1\n');
    const error = (await computeFeatureGroup(session.connection, definition, await session.open(file)).catch((e: Error) => e)) as SourceColumnError;
    expect(error).toBeInstanceOf(SourceColumnError);
    expect(error.message).toMatch(/has no column "price" \(aggregated or filtered column\); columns: card, ts, amount/);
    expect(error.path).toEqual(['aggregations', 1, 'column']);
  });
});
