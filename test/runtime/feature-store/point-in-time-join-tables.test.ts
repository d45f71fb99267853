import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedFeatureStore } from '../../../runtime/feature-store/adapters/open-embedded-feature-store';
import { pointInTimeJoinTables, type PointInTimeJoinTablesInput } from '../../../runtime/feature-store/point-in-time-join-tables';
import { writeCasesWithPandas } from '../../../scripts/fixtures/feature-store/make-pit-fixtures';
import { hasPandas, historicalAsCsv, loadFixture, PIT_CASES, type FixtureCase } from './helpers';

function inputOf(c: FixtureCase): PointInTimeJoinTablesInput {
  const [eh, ...er] = c.entities;
  const [fh, ...fr] = c.features;
  return {
    entities: { name: 'entities.csv', header: eh!, rows: er },
    features: { name: 'features.csv', header: fh!, rows: fr },
    entityKeys: c.entityKeys,
    timestamp: c.timestamp,
    featureTimestamp: c.featureTimestamp,
    ...(c.ttlSec === null ? {} : { ttlSec: c.ttlSec }),
  };
}

const joined = async (c: FixtureCase) => {
  const out = await pointInTimeJoinTables(inputOf(c));
  return [out.header, ...out.rows];
};

describe('pointInTimeJoinTables', () => {
  test('covers the JSDoc example', async () => {
    await expect(
      pointInTimeJoinTables({
        entities: { name: 'e.csv', header: ['id', 'ts'], rows: [['a', '10']] },
        features: { name: 'f.csv', header: ['id', 'at', 'x'], rows: [['a', '5', '1'], ['a', '11', '2']] },
        entityKeys: ['id'], timestamp: 'ts', featureTimestamp: 'at',
      }),
    ).resolves.toEqual({ header: ['id', 'ts', 'x'], rows: [['a', '10', '1']] });
  });

  test('keeps entity order and cells as given, last duplicate wins, TTL inclusive, empty cells when nothing matches', async () => {
    const out = await pointInTimeJoinTables({
      entities: { name: 'e.csv', header: ['ts', 'id', 'label'], rows: [
        ['2024-01-01T01:00:00+01:00', 'a', 'same instant as 0 s, other zone'],
        ['3600', 'a', 'exactly TTL after 0'],
        ['3601', 'a', 'one second past TTL'],
        ['1970-01-01T00:00:00.000001Z', 'b', 'no feature row for b'],
        ['99', 'a', 'between'],
      ] },
      features: { name: 'f.csv', header: ['id', 'at', 'v', 'w'], rows: [
        ['a', '1704067200', 'first', ''],
        ['a', '2024-01-01T00:00:00Z', 'second (same time, later in file)', 'x'],
        ['a', '0', 'epoch 0', 'y'],
      ] },
      entityKeys: ['id'], timestamp: 'ts', featureTimestamp: 'at', ttlSec: 3600,
    });
    expect(out.header).toEqual(['ts', 'id', 'label', 'v', 'w']);
    expect(out.rows).toEqual([
      ['2024-01-01T01:00:00+01:00', 'a', 'same instant as 0 s, other zone', 'second (same time, later in file)', 'x'],
      ['3600', 'a', 'exactly TTL after 0', 'epoch 0', 'y'],
      ['3601', 'a', 'one second past TTL', '', ''],
      ['1970-01-01T00:00:00.000001Z', 'b', 'no feature row for b', '', ''],
      ['99', 'a', 'between', 'epoch 0', 'y'],
    ]);
  });

  test('returns only the header for an entity table without rows', async () => {
    const out = await pointInTimeJoinTables({
      entities: { name: 'e.csv', header: ['id', 'ts'], rows: [] },
      features: { name: 'f.csv', header: ['id', 'at', 'x'], rows: [['a', '5', '1']] },
      entityKeys: ['id'], timestamp: 'ts', featureTimestamp: 'at',
    });
    expect(out).toEqual({ header: ['id', 'ts', 'x'], rows: [] });
  });

  test.each(PIT_CASES)('gives the committed pandas merge_asof output for fixture %s', async (name) => {
    const c = loadFixture(name);
    expect(await joined(c)).toEqual(c.expected);
  });

  const pandas = hasPandas();
  const live = pandas ? test : test.skip;
  live(`pit-join and getHistoricalFeatures give the same output as live pandas merge_asof on fresh data${pandas ? '' : ' (SKIPPED: /usr/bin/python3 cannot import pandas)'}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pit-live-'));
    try {
      const cases = [
        { name: 'live-a', seed: 1001, entities: 1500, featureRows: 2500, ttlSec: 1800 },
        { name: 'live-b', seed: 1002, entities: 800, featureRows: 3000, ttlSec: null },
        { name: 'live-c', seed: 1003, entities: 900, featureRows: 1200, ttlSec: 60, compositeKey: true },
      ];
      writeCasesWithPandas(dir, cases);
      const stores = await openEmbeddedFeatureStore(':memory:');
      try {
        for (const opts of cases) {
          const c = loadFixture(opts.name, join(dir, opts.name));
          expect(await joined(c)).toEqual(c.expected);
          // getHistoricalFeatures too, on the same data.
          expect(await historicalAsCsv(stores, c, opts.name.replace('-', '_'))).toEqual(c.expected);
        }
      } finally {
        await stores.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const base: PointInTimeJoinTablesInput = {
    entities: { name: 'e.csv', header: ['id', 'ts'], rows: [['a', '10']], rowLabel: (i) => `e.csv line ${i + 2}` },
    features: { name: 'f.csv', header: ['id', 'at', 'x'], rows: [['a', '5', '1']] },
    entityKeys: ['id'], timestamp: 'ts', featureTimestamp: 'at',
  };
  test.each<[string, Partial<PointInTimeJoinTablesInput>, RegExp]>([
    ['a missing key column', { entityKeys: ['driver'] }, /e.csv has no entity key column "driver"; its columns are id, ts/],
    ['a missing feature timestamp column', { featureTimestamp: 'time' }, /f.csv has no feature timestamp column "time"/],
    ['a time without a zone', { entities: { ...base.entities, rows: [['a', '2024-01-01T00:00:00']] } }, /e.csv line 2 column "ts": "2024-01-01T00:00:00" is neither epoch seconds nor an ISO 8601/],
    ['an empty feature time', { features: { ...base.features, rows: [['a', '5', '1'], ['a', '', '2']] } }, /f.csv row 2 column "at": the time is empty/],
    ['a feature column named like an entity column', { features: { ...base.features, header: ['id', 'at', 'ts'] } }, /column "ts" is in both e.csv and f.csv/],
    ['a negative TTL', { ttlSec: -1 }, /ttlSec must be a whole number of seconds >= 0, got -1/],
    ['no key column', { entityKeys: [] }, /at least one entity key column is required/],
  ])('fails on %s', async (_, patch, message) => {
    await expect(pointInTimeJoinTables({ ...base, ...patch })).rejects.toThrow(message);
  });
});
