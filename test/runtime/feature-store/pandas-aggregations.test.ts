import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSession } from '../../../runtime/data';
import { computedRowsSql, computeFeatureGroup } from '../../../runtime/feature-store/compute-feature-group';
import { FeatureGroupDefinitionSchema } from '../../../runtime/feature-store/feature-group-schema';
import { AGGREGATION_FIXTURE_DIR, writeAggregationCase } from '../../../scripts/fixtures/feature-store/make-aggregation-fixtures';
import { tempDir } from '../../support/temp-dir';
import { hasPandas, readCsvFile } from './helpers';

/** Computes the case in `dir` with `features compute`'s runtime path and compares it with pandas' expected.csv, cell by cell. */
async function expectSameAsPandas(dir: string): Promise<void> {
  const definition = FeatureGroupDefinitionSchema.parse(JSON.parse(readFileSync(join(dir, 'group.json'), 'utf8')));
  const session = await DataSession.create();
  const out = join(tempDir(), 'ours.csv');
  try {
    const rows = await computeFeatureGroup(session.connection, definition, await session.open(join(dir, 'events.csv')));
    await session.write(computedRowsSql(definition, rows, 'csv'), out);
  } finally {
    await session.close();
  }
  const [ourHeader, ...ours] = readCsvFile(out);
  const [header, ...expected] = readCsvFile(join(dir, 'expected.csv'));
  expect(ourHeader).toEqual(header);
  expect(ours.length).toBe(expected.length);
  const mismatches: string[] = [];
  expected.forEach((row, r) => {
    row.forEach((want, c) => {
      const got = ours[r]![c]!;
      const same = c < 2 ? got === want : want === '' ? got === '' : got !== '' && Math.abs(Number(got) - Number(want)) <= 1e-9 * Math.max(1, Math.abs(Number(want)));
      if (!same && mismatches.length < 5) mismatches.push(`line ${r + 2} ${header![c]}: ours ${JSON.stringify(got)}, pandas ${JSON.stringify(want)} (${row.slice(0, 2).join(' ')})`);
    });
  });
  expect(mismatches).toEqual([]);
}

describe('declared aggregations against pandas groupby + rolling(closed="right")', () => {
  test('give the committed pandas output (scripts/fixtures/feature-store/make-aggregation-fixtures.ts) for 3000 events over 40 cards', async () => {
    await expectSameAsPandas(AGGREGATION_FIXTURE_DIR);
  });

  const pandas = hasPandas();
  (pandas ? test : test.skip)(`give the same output as live pandas on freshly generated events${pandas ? '' : ' (SKIPPED: /usr/bin/python3 cannot import pandas)'}`, async () => {
    const dir = tempDir();
    writeAggregationCase(dir, { seed: Date.now() % 100_000, events: 2000, cards: 25 });
    await expectSameAsPandas(dir);
  }, 60_000);
});
