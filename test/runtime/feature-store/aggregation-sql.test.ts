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
