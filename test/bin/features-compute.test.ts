import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CliError } from '../../bin/cli-error';
import { registerFeaturesCommand } from '../../bin/commands/features';
import { openEmbeddedFeatureStore } from '../../runtime/feature-store/adapters/open-embedded-feature-store';
import { getHistoricalFeatures } from '../../runtime/feature-store/get-historical-features';
import { getOnlineFeatures } from '../../runtime/feature-store/get-online-features';
import { runCommand } from '../support/run-command';
import { tempDir, writeFiles } from '../support/temp-dir';

const EXAMPLES = join(__dirname, '../../examples/feature-store');
const GROUP = join(EXAMPLES, 'card_activity.yaml');
const EVENTS = join(EXAMPLES, 'card_transactions.csv');

/** Runs `oci-mlops features ...` in this process (the command alone), returning stdout or the CliError. */
async function features(...args: string[]): Promise<{ stdout: string; error?: CliError }> {
  const r = await runCommand(registerFeaturesCommand, ['features', ...args]);
  return { stdout: r.out, error: r.error };
}

const EXPECTED = `card_id,event_time,txn_count_1h,amount_sum_24h,amount_avg_7d,amount_max_24h,amount_std_7d,merchants_7d,foreign_count_24h
c1,2024-05-01T08:00:00Z,1,12.5,12.5,12.5,,1,0
c1,2024-05-01T08:40:00Z,3,95.7,31.900000000000002,80.0,41.914555944206306,3,1
c1,2024-05-01T08:40:00Z,3,95.7,31.900000000000002,80.0,41.914555944206306,3,1
c1,2024-05-01T10:15:00Z,1,95.7,31.900000000000002,80.0,41.914555944206306,3,1
c1,2024-05-03T08:00:00Z,1,45.0,35.175,45.0,34.84426064648237,4,1
c2,2024-05-01T09:00:00Z,1,5.0,5.0,5.0,,1,0
c2,2024-05-02T09:30:00Z,1,7.5,6.25,7.5,1.7677669529663689,1,1
`;

describe('oci-mlops features compute', () => {
  test('computes the example group: one row per event, ordered by card, time and file order', async () => {
    const out = join(tempDir(), 'card_activity.csv');
    expect((await features('compute', '--group', GROUP, '--source', EVENTS, '--out', out)).stdout).toBe(`computed "card_activity": 7 rows (one per event) written to ${out}\n`);
    expect(readFileSync(out, 'utf8')).toBe(EXPECTED);
  });

  test('computes per entity as of a time, in the order of the entity file, with count 0 and nulls for an unknown card', async () => {
    const dir = tempDir();
    const out = join(dir, 'now.csv');
    await features('compute', '--group', GROUP, '--source', EVENTS, '--as-of', '2024-05-03T12:00:00Z', '--entities', join(EXAMPLES, 'card_ids.csv'), '--out', out);
    expect(readFileSync(out, 'utf8')).toBe(`card_id,event_time,txn_count_1h,amount_sum_24h,amount_avg_7d,amount_max_24h,amount_std_7d,merchants_7d,foreign_count_24h
c2,2024-05-03T12:00:00Z,0,,6.25,,1.7677669529663689,1,0
c1,2024-05-03T12:00:00Z,0,45.0,35.175,45.0,34.84426064648237,4,1
c9,2024-05-03T12:00:00Z,0,,,,,0,0
`);
  });

  test('reads Parquet and writes Parquet, giving the same values', async () => {
    const dir = tempDir();
    await features('compute', '--group', GROUP, '--source', EVENTS, '--out', join(dir, 'events-copy.parquet'));
    // The computed Parquet is itself a source with an event time column of type TIMESTAMP WITH TIME ZONE.
    const group = writeFiles(dir, { 'g.yaml': readFileSync(GROUP, 'utf8').replace('eventTimeColumn: ts ', 'eventTimeColumn: event_time ').replace(/aggregations:[\s\S]*/, 'aggregations:\n  - { name: n_1h, function: count, window: 1h }\n  - { name: s_1h, function: sum, column: amount_sum_24h, window: 1h }\n') });
    await features('compute', '--group', join(group, 'g.yaml'), '--source', join(dir, 'events-copy.parquet'), '--out', join(dir, 'again.csv'));
    expect(readFileSync(join(dir, 'again.csv'), 'utf8').split('\n').slice(0, 3)).toEqual(['card_id,event_time,n_1h,s_1h', 'c1,2024-05-01T08:00:00Z,1,12.5', 'c1,2024-05-01T08:40:00Z,3,203.9']);
  });

  test('--store writes the rows into the offline store, so materialize, point-in-time joins and online reads serve the group', async () => {
    const store = join(tempDir(), 'store');
    expect((await features('compute', '--group', GROUP, '--source', EVENTS, '--store', store)).stdout)
      .toBe(`computed "card_activity": 7 rows (one per event), 6 (entity, time) rows stored in ${store} as batch 1, 0 replaced\n`);
    expect((await features('materialize', '--store', store, '--group', 'card_activity')).stdout).toBe('materialized "card_activity": 2 entity rows written from batches 1..1\n');
    const stores = await openEmbeddedFeatureStore(store);
    try {
      expect(await getOnlineFeatures(stores, { entityRows: [{ card_id: 'c1' }], features: ['card_activity:amount_sum_24h', 'card_activity:merchants_7d'], asOf: '2024-05-04T00:00:00Z' }))
        .toEqual([{ card_id: 'c1', amount_sum_24h: 45, merchants_7d: 4 }]);
      const historical = await getHistoricalFeatures(stores, { entityRows: [{ card_id: 'c1', event_time: '2024-05-01T09:00:00Z' }, { card_id: 'c2', event_time: '2024-05-01T08:59:59Z' }], features: ['card_activity:txn_count_1h', 'card_activity:foreign_count_24h'] });
      expect(historical.rows).toEqual([
        { card_id: 'c1', event_time: '2024-05-01T09:00:00Z', txn_count_1h: 3, foreign_count_24h: 1 },
        { card_id: 'c2', event_time: '2024-05-01T08:59:59Z', txn_count_1h: null, foreign_count_24h: null },
      ]);
    } finally {
      await stores.close();
    }
  });

  test.each([
    ['an unknown function', '  - { name: n, function: median, column: amount, window: 1h }\n', /g\.yaml:8:\d+ aggregations\.0\.function: must be one of .*got "median"/],
    ['a window out of range', '  - { name: n, function: count, window: 400d }\n', /g\.yaml:8:\d+ aggregations\.0\.window: window must be at most 366d, got "400d"/],
    ['a window without a unit', '  - { name: n, function: count, window: 90 }\n', /g\.yaml:8:\d+ aggregations\.0\.window: /],
    ['a name clash with the entity key', '  - { name: card_id, function: count, window: 1h }\n', /g\.yaml:8:\d+ aggregations\.0\.name: "card_id" is already used as an entity key/],
    ['a filter with two comparisons', '  - { name: n, function: count, window: 1h, where: { column: amount, lt: 3, gt: 1 } }\n', /g\.yaml:8:\d+ aggregations\.0\.where: a filter takes exactly one of equals, in, lt, lte, gt, gte, got lt, gt/],
    ['sum without a column', '  - { name: n, function: sum, window: 1h }\n', /g\.yaml:8:\d+ aggregations\.0\.column: function sum needs a column/],
  ])('fails on %s with file:line:col', async (_, aggregation, message) => {
    const dir = writeFiles(tempDir(), { 'g.yaml': `name: g\nentityKeys: [card_id]\neventTimeColumn: event_time\nsource:\n  eventTimeColumn: ts\n# computed\naggregations:\n${aggregation}` });
    const { error } = await features('compute', '--group', join(dir, 'g.yaml'), '--source', EVENTS, '--out', join(dir, 'out.csv'));
    expect(error?.exitCode).toBe(1);
    expect(error?.message).toMatch(message);
    expect(existsSync(join(dir, 'out.csv'))).toBe(false);
  });

  test('fails on a column missing from the source, pointing at the definition line', async () => {
    const dir = writeFiles(tempDir(), { 'g.yaml': 'name: g\nentityKeys: [card_id]\neventTimeColumn: event_time\nsource: { eventTimeColumn: ts }\naggregations:\n  - { name: n, function: count, window: 1h }\n  - { name: p, function: max, column: price, window: 1h }\n' });
    const { error } = await features('compute', '--group', join(dir, 'g.yaml'), '--source', EVENTS, '--out', join(dir, 'out.csv'));
    expect(error?.message).toBe(`oci-mlops features compute: ${join(dir, 'g.yaml')}:7:39 aggregations.1.column: ${EVENTS}: has no column "price" (aggregated or filtered column); columns: card_id, ts, amount, merchant, is_foreign`);
    expect(existsSync(join(dir, 'out.csv'))).toBe(false);
  });

  test.each([
    [['--out', 'x.csv', '--as-of', '2024-05-01T00:00:00Z'], /--as-of and --entities go together/],
    [[], /pass --out, --store or both/],
    [['--out', 'x.csv', '--as-of', 'yesterday', '--entities', 'ids.csv'], /--as-of: "yesterday" is neither epoch seconds nor an ISO 8601 date-time/],
  ])('fails on bad options %#', async (args, message) => {
    const { error } = await features('compute', '--group', GROUP, '--source', EVENTS, ...args);
    expect(error?.message).toMatch(message);
  });

  test('fails on a bad cell of the source, naming the file and line, and writes nothing', async () => {
    const dir = writeFiles(tempDir(), { 'e.csv': 'card_id,ts,amount,merchant,is_foreign\nc1,2024-05-01T08:00:00Z,12.50,grocer,false\nc1,2024-05-01T08:40:00Z,12.50,grocer,sometimes\n' });
    const { error } = await features('compute', '--group', GROUP, '--source', join(dir, 'e.csv'), '--out', join(dir, 'out.csv'));
    expect(error?.message).toBe(`oci-mlops features compute: ${join(dir, 'e.csv')}: line 3: column "is_foreign": "sometimes" is not a boolean (true or false)`);
    expect(existsSync(join(dir, 'out.csv'))).toBe(false);
  });
});
