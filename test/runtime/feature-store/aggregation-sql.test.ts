import { type AggregationFilter, windowSeconds } from '../../../runtime/feature-store/aggregation-schema';
import { type AggregationSqlDialect, asOfAggregationSql, filterSql, rollingAggregationSql } from '../../../runtime/feature-store/aggregation-sql';
import { sourceColumnKinds } from '../../../runtime/feature-store/source-column-kinds';

describe('aggregation SQL', () => {
  test('covers the JSDoc example: a RANGE frame one microsecond short of the window, so its lower bound is exclusive', () => {
    const sql = rollingAggregationSql({ dialect: 'duckdb', events: 'ev', keyColumns: ['card_id'], aggregations: [{ name: 'txn_count_1h', function: 'count', window: '1h' }] });
    expect(sql).toContain('COUNT("v0") OVER (PARTITION BY "card_id" ORDER BY "__t" RANGE BETWEEN 3599999999 PRECEDING AND CURRENT ROW) AS "a0"');
    expect(sql).toMatch(/ORDER BY b3\."card_id", b3\."__t", b3\."__i"$/);
  });

  test.each([
    [{ column: 'is_foreign', equals: true }, 'duckdb', '"is_foreign" = TRUE'],
    [{ column: 'is_foreign', equals: true }, 'oracle', '"is_foreign" = 1'],
    [{ column: 'merchant', in: ["o'hara", 'cafe'] }, 'oracle', `"merchant" IN ('o''hara', 'cafe')`],
    [{ column: 'amount', gte: 50 }, 'duckdb', '"amount" >= 50'],
    [{ column: 'amount', lt: -0.5 }, 'oracle', '"amount" < -0.5'],
  ] as [AggregationFilter, AggregationSqlDialect, string][])('renders the filter %j in %s as %s', (filter, dialect, sql) => {
    expect(filterSql(filter, dialect)).toBe(sql);
  });

  test('uses only what both engines share in the Autonomous Database text: no QUALIFY, no :: casts, no WINDOW clause, no ASOF', () => {
    const aggregations = (['count', 'sum', 'avg', 'min', 'max', 'stddev', 'last', 'count_distinct'] as const).map((fn, i) => ({ name: `f${i}`, function: fn, column: 'amount', window: '7d' }));
    for (const sql of [rollingAggregationSql({ dialect: 'oracle', events: 'EV', keyColumns: ['k'], aggregations }), asOfAggregationSql({ dialect: 'oracle', events: 'EV', keyColumns: ['k'], aggregations }, 'ENTS', 0)]) {
      expect(sql).not.toMatch(/QUALIFY|::|\bWINDOW\b|ASOF|TRUE|FALSE/);
      expect(sql).not.toMatch(/COUNT\(DISTINCT [^)]*\) OVER/);
    }
  });

  test('as of a time: a GROUP BY over the largest window, counts of an unknown entity 0', () => {
    const sql = asOfAggregationSql({ dialect: 'oracle', events: 'EV', keyColumns: ['card_id'], aggregations: [{ name: 'n', function: 'count', window: '1h' }, { name: 'd', function: 'count_distinct', column: 'm', window: '2h' }] }, 'ENTS', 7_200_000_000);
    expect(sql).toContain('WHERE "__t" <= 7200000000 AND "__t" > 0');
    expect(sql).toContain('CASE WHEN "__t" > 3600000000 THEN 1 END AS "v0"');
    expect(sql).toContain('COALESCE(g."a0", 0) AS "n", COALESCE(g."a1", 0) AS "d"');
  });

  test.each([
    [() => rollingAggregationSql({ dialect: 'duckdb', events: 'e', keyColumns: ['k'], aggregations: [] }), /at least one aggregation is required/],
    [() => rollingAggregationSql({ dialect: 'duckdb', events: 'e', keyColumns: [], aggregations: [{ name: 'n', function: 'count', window: '1h' }] }), /at least one key column is required/],
    [() => asOfAggregationSql({ dialect: 'duckdb', events: 'e', keyColumns: ['k'], aggregations: [{ name: 'n', function: 'count', window: '1h' }] }, 'x', 1.5), /asOfUs must be a safe integer of microseconds, got 1.5/],
    [() => windowSeconds('0h'), /a whole number and a unit s, m, h or d \(30s, 15m, 1h, 7d\), got "0h"/],
    [() => windowSeconds('367d'), /at most 366d, got "367d"/],
  ])('fails on bad input (%#)', (run, message) => {
    expect(run).toThrow(message);
  });

  test('reads windows and source column kinds as the JSDoc examples say', () => {
    expect([windowSeconds('30s'), windowSeconds('15m'), windowSeconds('24h'), windowSeconds('7d')]).toEqual([30, 900, 86400, 604800]);
    expect([...sourceColumnKinds([{ name: 'n', function: 'sum', column: 'amount', window: '1h' }, { name: 'c', function: 'count_distinct', column: 'm', window: '1h', where: { column: 'f', equals: false } }])].map(([c, u]) => [c, u.kind])).toEqual([['amount', 'number'], ['m', 'any'], ['f', 'bool']]);
  });
});

describe('aggregation SQL on DuckDB', () => {
  test('gives the same bits on every run for sum, avg and stddev over tied rows, though DuckDB sorts ties in parallel', async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
    const connection = await instance.connect();
    try {
      // 600,000 events of 2,000 entities at 30 distinct times: every row has about 10 ties, values of many magnitudes.
      // The rolling query reads the first 300,000 (enough for RANGE frames to differ from run to run), as-of all of them.
      await connection.run(`CREATE TABLE ev AS SELECT CAST(hash(range) % 2000 AS VARCHAR) AS k, CAST(hash(range * 7) % 30 AS BIGINT) * 60000000 AS "__t", range AS "__i", (hash(range * 13) % 1000000) / 7.0 * pow(10, CAST(hash(range) % 9 AS INTEGER) - 4) AS amount FROM range(600000)`);
      const aggregations = (['sum', 'avg', 'stddev'] as const).map((fn) => ({ name: fn, function: fn, column: 'amount', window: '10m' }));
      const sql = rollingAggregationSql({ dialect: 'duckdb', events: '(SELECT * FROM ev WHERE "__i" < 300000)', keyColumns: ['k'], aggregations });
      await connection.run('CREATE TABLE ents AS SELECT CAST(range AS VARCHAR) AS k, range AS "__idx" FROM range(2000)');
      const asOf = asOfAggregationSql({ dialect: 'duckdb', events: 'ev', keyColumns: ['k'], aggregations }, 'ents', 20 * 60_000_000);
      for (const [query, row] of [[sql, '"__i"'], [asOf, '"__idx"']]) {
        const digest = `SELECT sum(hash(${row}, "sum", "avg", "stddev")) AS h FROM (${query})`;
        const digests = new Set<string>();
        for (let run = 0; run < 4; run += 1) digests.add(String((await connection.runAndReadAll(digest)).getRows()[0][0]));
        expect(digests.size).toBe(1);
      }
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    // Eight queries over 600,000 rows: a few seconds alone, much longer when the suite shares a loaded machine.
  }, 180_000);
});
