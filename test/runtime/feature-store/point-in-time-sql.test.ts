import { DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import { pointInTimeSql, type PointInTimeSqlSpec } from '../../../runtime/feature-store/point-in-time-sql';

describe('pointInTimeSql', () => {
  test('covers the JSDoc example', () => {
    const sql = pointInTimeSql({ entityTable: 'ents', method: 'asof', groups: [{ table: 'fg__trips', keyColumns: ['driver_id'], features: ['trips'], ttlUs: null }] });
    expect(sql).toBe('SELECT g0."trips" AS "c0"\nFROM "ents" e\nASOF LEFT JOIN "fg__trips" g0 ON e."driver_id" = g0."driver_id" AND e."__ts" >= g0."__event_time_us"\nORDER BY e."__idx"');
  });

  test('applies the TTL after the join as an inclusive bound and casts with the given integer type', () => {
    const sql = pointInTimeSql({ entityTable: 'E', method: 'analytic', integerType: 'NUMBER(19)', groups: [{ table: 'T', keyColumns: ['k'], features: ['f'], ttlUs: 5 }] });
    expect(sql).toContain('CASE WHEN e."__ts" - g0."__event_time_us" <= 5 THEN g0."f" END AS "c0"');
    expect(sql).toContain('CAST(NULL AS NUMBER(19))');
    expect(sql).not.toContain('ASOF');
  });

  test.each([
    [{ entityTable: 'e', method: 'asof', groups: [] }, /at least one feature group is required/],
    [{ entityTable: 'e', method: 'asof', groups: [{ table: 't', keyColumns: ['k'], features: ['f'], ttlUs: -1 }] }, /ttlUs of table "t" must be a non-negative safe integer or null, got -1/],
    [{ entityTable: 'e', method: 'asof', groups: [{ table: 't', keyColumns: ['k'], features: ['f'], ttlUs: 0.5 }] }, /got 0.5/],
  ] as [PointInTimeSqlSpec, RegExp][])('fails on a bad spec (%#)', (spec, message) => {
    expect(() => pointInTimeSql(spec)).toThrow(message);
  });

  test('removes duplicate (key, time) rows first with dedupe, keeping the highest __seq, in both forms', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const c = await instance.connect();
    try {
      await c.run('CREATE TABLE ents ("__idx" INTEGER, k VARCHAR, "__ts" BIGINT)');
      await c.run("INSERT INTO ents VALUES (0, 'a', 10), (1, 'b', 10), (2, 'a', 4)");
      await c.run('CREATE TABLE feats (k VARCHAR, "__event_time_us" BIGINT, v INTEGER, "__seq" BIGINT)');
      await c.run("INSERT INTO feats VALUES ('a', 5, 1, 1), ('a', 5, 3, 3), ('a', 5, 2, 2), ('b', 9, 7, 1), ('a', 4, 9, 1), ('a', 4, 8, 1)");
      for (const method of ['asof', 'analytic'] as const) {
        const rows = (await c.runAndReadAll(pointInTimeSql({ entityTable: 'ents', method, dedupe: true, groups: [{ table: 'feats', keyColumns: ['k'], features: ['v'], ttlUs: null }] }))).getRows();
        expect(rows.slice(0, 2)).toEqual([[3], [7]]);
        expect(rows).toHaveLength(3); // the tie at (a, 4) with equal __seq gives one of its rows, never two
        expect([9, 8]).toContain(rows[2]![0]);
      }
    } finally {
      c.closeSync();
      instance.closeSync();
    }
  });

  test('gives the same rows with ASOF JOIN and with window functions, on random data with ties and TTLs', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const c = await instance.connect();
    const row = fc.record({ k: fc.constantFrom('a', 'b', 'c'), t: fc.integer({ min: 0, max: 30 }) });
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(row, { maxLength: 25 }), fc.array(row, { maxLength: 25 }), fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), async (ents, feats, ttl) => {
          await c.run('CREATE OR REPLACE TABLE ents ("__idx" INTEGER, k VARCHAR, "__ts" BIGINT)');
          await c.run('CREATE OR REPLACE TABLE feats (k VARCHAR, "__event_time_us" BIGINT, v INTEGER)');
          for (const [i, e] of ents.entries()) await c.run('INSERT INTO ents VALUES ($1, $2, $3)', [i, e.k, e.t]);
          // One row per (key, time), as the stores guarantee.
          const unique = [...new Map(feats.map((f, i) => [`${f.k}/${f.t}`, { ...f, v: i }])).values()];
          for (const f of unique) await c.run('INSERT INTO feats VALUES ($1, $2, $3)', [f.k, f.t, f.v]);
          const run = async (method: 'asof' | 'analytic') =>
            (await c.runAndReadAll(pointInTimeSql({ entityTable: 'ents', method, groups: [{ table: 'feats', keyColumns: ['k'], features: ['v'], ttlUs: ttl }] }))).getRows();
          const expected = ents.map((e) => {
            const best = unique.filter((f) => f.k === e.k && f.t <= e.t).sort((a, b) => b.t - a.t)[0];
            return [best && (ttl === null || e.t - best.t <= ttl) ? best.v : null];
          });
          expect(await run('asof')).toEqual(expected);
          expect(await run('analytic')).toEqual(expected);
        }),
        { numRuns: 60 },
      );
    } finally {
      c.closeSync();
      instance.closeSync();
    }
  });
});
