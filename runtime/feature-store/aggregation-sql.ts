import { quoteIdent as q, quoteLiteral } from '../data/quote-sql';
import { type Aggregation, type AggregationFilter, filterComparison, windowSeconds } from './aggregation-schema';

/** The engines the aggregation SQL is written for: DuckDB (local, embedded store) and Oracle Autonomous Database. */
export type AggregationSqlDialect = 'duckdb' | 'oracle';

export interface AggregationSqlSpec {
  readonly dialect: AggregationSqlDialect;
  /**
   * The events to aggregate, as a table name or a parenthesised query: the key columns (text),
   * `"__t"` (event time, epoch microseconds, integer), `"__i"` (source order, integer) and the source
   * columns the aggregations read, typed as `sourceColumnKinds` says (numbers DOUBLE / BINARY_DOUBLE,
   * booleans BOOLEAN on DuckDB and NUMBER(1) 0/1 on Oracle, text VARCHAR / VARCHAR2).
   */
  readonly events: string;
  readonly keyColumns: readonly string[];
  readonly aggregations: readonly Aggregation[];
}


function literal(value: string | number | boolean, dialect: AggregationSqlDialect): string {
  if (typeof value === 'string') return quoteLiteral(value);
  if (typeof value === 'boolean') return dialect === 'oracle' ? (value ? '1' : '0') : value ? 'TRUE' : 'FALSE';
  if (!Number.isFinite(value)) throw new Error(`aggregationSql: a filter value must be a finite number, got ${value}`);
  return String(value);
}

const SQL_OPERATORS = { equals: '=', lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

/** The condition of a typed filter in the dialect's SQL. */
export function filterSql(filter: AggregationFilter, dialect: AggregationSqlDialect, alias = ''): string {
  const { op, value } = filterComparison(filter);
  const column = `${alias}${q(filter.column)}`;
  if (op === 'in') return `${column} IN (${(value as (string | number | boolean)[]).map((v) => literal(v, dialect)).join(', ')})`;
  return `${column} ${SQL_OPERATORS[op]} ${literal(value as string | number | boolean, dialect)}`;
}

/** The value an aggregation reads from an event row: its column (1 for count of rows), null where the filter excludes the row. */
function inputSql(a: Aggregation, dialect: AggregationSqlDialect): string {
  const value = a.column === undefined ? '1' : q(a.column);
  return a.where ? `CASE WHEN ${filterSql(a.where, dialect)} THEN ${value} END` : value;
}

const windowUs = (a: Aggregation) => windowSeconds(a.window) * 1_000_000;

/**
 * Builds the query that gives, for every event row, each aggregation over the rows of the same
 * entity with event time in (t - window, t]: rows at t count (every tied row, so tied rows get the
 * same values), rows at t - window do not. An empty window gives count 0 and null for the other
 * functions; stddev (sample) of one row is null; last is the latest non-null value (ties: the last
 * in source order). Columns: the keys, `"__t"`, `"__i"`, one per aggregation named like it, ordered
 * by keys, event time and source order.
 *
 * Standard window functions only, the same text on both engines but for boolean literals: RANGE
 * frames over the integer microsecond time with `window - 1` PRECEDING (so the lower bound is
 * exclusive, exactly); count_distinct, which neither engine can run as `COUNT(DISTINCT) OVER` a
 * range on Oracle (ORA-30487), counts values whose run of occurrences has started by t and not yet
 * ended: a run starts at an occurrence whose previous one is at least a window earlier and ends a
 * window after an occurrence whose next one is at least a window later (LAG / LEAD per entity and
 * value, then two cumulative RANGE counts).
 *
 * @param spec - the events relation, keys, aggregations and dialect
 * @param opts - `outputFromUs`: only rows at or after this time are returned (the rows before are
 *   context); `columns`: the output columns (default: keys, `"__t"`, `"__i"`, the aggregations)
 * @returns the SQL text (identifiers double-quoted, no bind parameters)
 * @throws Error when there is no aggregation or no key column
 * @example
 * rollingAggregationSql({ dialect: 'duckdb', events: 'ev', keyColumns: ['card_id'],
 *   aggregations: [{ name: 'txn_count_1h', function: 'count', window: '1h' }] });
 * // ... COUNT("v0") OVER (PARTITION BY "card_id" ORDER BY "__t" RANGE BETWEEN 3599999999 PRECEDING AND CURRENT ROW) ...
 */
export function rollingAggregationSql(spec: AggregationSqlSpec, opts: { readonly outputFromUs?: number; readonly columns?: readonly string[] } = {}): string {
  const outputFromUs = opts.outputFromUs;
  check(spec);
  const keys = spec.keyColumns.map(q);
  const partition = `PARTITION BY ${keys.join(', ')}`;
  const range = (a: Aggregation) => `(${partition} ORDER BY "__t" RANGE BETWEEN ${windowUs(a) - 1} PRECEDING AND CURRENT ROW)`;
  // DuckDB sorts tied rows in a different order from run to run when it sorts in parallel, and a
  // floating-point sum depends on the order it adds in: sum, avg and stddev there read the same rows
  // through a ROWS frame over the total order (time, source order), its bounds the row's place and
  // exact counts, so equal inputs give equal bits. Oracle keeps the RANGE frame.
  // Per window (µs): the alias of the place of the window's first row.
  const starts = new Map<number, string>();
  const summed = (a: Aggregation) => spec.dialect === 'duckdb' && FLOATING.has(a.function);
  const frame = (a: Aggregation) => {
    const w = windowUs(a);
    let b = starts.get(w);
    if (b === undefined) starts.set(w, (b = `"__b${starts.size}"`));
    return `(${partition} ORDER BY "__t", "__i" ROWS BETWEEN "__rn" - ${b} PRECEDING AND "__e" - "__rn" FOLLOWING)`;
  };
  const inputs = spec.aggregations.map((a, j) => `${inputSql(a, spec.dialect)} AS "v${j}"`);
  // Level 1: count_distinct run starts and ends.
  const flags: string[] = [];
  // Level 2: the window aggregates; level 3: last's tie step and the final names.
  const windows: string[] = [];
  const finals: string[] = [];
  spec.aggregations.forEach((a, j) => {
    const v = `"v${j}"`;
    const w = windowUs(a);
    switch (a.function) {
      case 'count_distinct': {
        const byValue = `(${partition}, ${v} ORDER BY "__t")`;
        flags.push(`CASE WHEN ${v} IS NOT NULL AND (LAG("__t") OVER ${byValue} IS NULL OR "__t" - LAG("__t") OVER ${byValue} >= ${w}) THEN 1 END AS "s${j}"`);
        flags.push(`CASE WHEN ${v} IS NOT NULL AND (LEAD("__t") OVER ${byValue} IS NULL OR LEAD("__t") OVER ${byValue} - "__t" >= ${w}) THEN 1 END AS "e${j}"`);
        windows.push(
          `COUNT("s${j}") OVER (${partition} ORDER BY "__t" RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - ` +
            `COUNT("e${j}") OVER (${partition} ORDER BY "__t" RANGE BETWEEN UNBOUNDED PRECEDING AND ${w} PRECEDING) AS "a${j}"`,
        );
        finals.push(`"a${j}" AS ${q(a.name)}`);
        return;
      }
      case 'last': {
        const running = `(${partition} ORDER BY "__t", "__i" ROWS UNBOUNDED PRECEDING)`;
        windows.push(`LAST_VALUE(${v} IGNORE NULLS) OVER ${running} AS "lv${j}"`);
        windows.push(`LAST_VALUE(CASE WHEN ${v} IS NOT NULL THEN "__t" END IGNORE NULLS) OVER ${running} AS "lt${j}"`);
        // Every row of a tie takes what the last of the tie saw.
        const tie = `(${partition}, "__t" ORDER BY "__i" ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)`;
        finals.push(`CASE WHEN LAST_VALUE("lt${j}") OVER ${tie} > "__t" - ${w} THEN LAST_VALUE("lv${j}") OVER ${tie} END AS ${q(a.name)}`);
        return;
      }
      default:
        windows.push(`${WINDOW_FUNCTIONS[a.function]}(${v}) OVER ${summed(a) ? frame(a) : range(a)} AS "a${j}"`);
        finals.push(`"a${j}" AS ${q(a.name)}`);
    }
  });
  const base = ['"__t"', '"__i"', ...keys].join(', ');
  const level0 = `SELECT ${base}, ${inputs.join(', ')} FROM ${spec.events}`;
  if (starts.size > 0) {
    flags.push(`ROW_NUMBER() OVER (${partition} ORDER BY "__t", "__i") AS "__rn"`);
    flags.push(`COUNT(*) OVER (${partition} ORDER BY "__t" RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "__e"`);
    for (const [w, b] of starts) flags.push(`COUNT(*) OVER (${partition} ORDER BY "__t" RANGE BETWEEN UNBOUNDED PRECEDING AND ${w} PRECEDING) + 1 AS ${b}`);
  }
  const level1 = flags.length ? `SELECT b0.*, ${flags.join(', ')} FROM (${level0}) b0` : level0;
  const level2 = `SELECT b1.*, ${windows.join(', ')} FROM (${level1}) b1`;
  const level3 = `SELECT ${base}, ${finals.join(', ')} FROM (${level2}) b2`;
  const where = outputFromUs === undefined ? '' : ` WHERE b3."__t" >= ${integer(outputFromUs, 'outputFromUs')}`;
  const columns = opts.columns ?? [...keys, '"__t"', '"__i"', ...spec.aggregations.map((a) => q(a.name))].map((c) => `b3.${c}`);
  return `SELECT ${columns.join(', ')} FROM (${level3}) b3${where} ORDER BY ${[...keys, '"__t"', '"__i"'].map((c) => `b3.${c}`).join(', ')}`;
}

const FLOATING: ReadonlySet<string> = new Set(['sum', 'avg', 'stddev']);

const WINDOW_FUNCTIONS = { count: 'COUNT', sum: 'SUM', avg: 'AVG', min: 'MIN', max: 'MAX', stddev: 'STDDEV_SAMP' } as const;

/**
 * Builds the query that gives each aggregation at one time `asOfUs` for the entities of a table,
 * one row per entity row in its `"__idx"` order: the same windows as `rollingAggregationSql`, as a
 * GROUP BY over the events of the largest window; an entity without events gets count 0 and nulls.
 * Columns: `"__idx"`, then one per aggregation.
 *
 * @param spec - events, keys, aggregations, dialect
 * @param entities - the entity table: `"__idx"` and the key columns
 * @param asOfUs - the time, epoch microseconds
 * @returns the SQL text
 * @throws Error when there is no aggregation, no key column, or the time is not a safe integer
 * @example
 * asOfAggregationSql({ dialect: 'oracle', events: 'EV', keyColumns: ['card_id'], aggregations }, 'ENTS', 1714521600000000);
 */
export function asOfAggregationSql(spec: AggregationSqlSpec, entities: string, asOfUs: number): string {
  check(spec);
  const t = integer(asOfUs, 'asOfUs');
  const keys = spec.keyColumns.map(q);
  const longest = Math.max(...spec.aggregations.map(windowUs));
  const inputs = spec.aggregations.map((a, j) => `CASE WHEN "__t" > ${t - windowUs(a)} THEN ${inputSql(a, spec.dialect)} END AS "v${j}"`);
  const partition = `PARTITION BY ${keys.join(', ')}`;
  const ranks: string[] = [];
  let running = false;
  const aggregates = spec.aggregations.map((a, j) => {
    const v = `"v${j}"`;
    switch (a.function) {
      case 'count':
        return `COUNT(${v}) AS "a${j}"`;
      case 'count_distinct':
        return `COUNT(DISTINCT ${v}) AS "a${j}"`;
      case 'last':
        // The latest non-null value: rank the rows that have one, latest (then last in source order) first.
        ranks.push(`ROW_NUMBER() OVER (${partition}, CASE WHEN ${v} IS NULL THEN 0 ELSE 1 END ORDER BY "__t" DESC, "__i" DESC) AS "r${j}"`);
        return `MAX(CASE WHEN ${v} IS NOT NULL AND "r${j}" = 1 THEN ${v} END) AS "a${j}"`;
      default:
        if (spec.dialect === 'duckdb' && FLOATING.has(a.function)) {
          // DuckDB's parallel GROUP BY adds partial sums in a different order from run to run: take the
          // running aggregate over the total order (time, source order) at each entity's last row instead.
          ranks.push(`${WINDOW_FUNCTIONS[a.function]}(${v}) OVER (${partition} ORDER BY "__t", "__i" ROWS UNBOUNDED PRECEDING) AS "c${j}"`);
          running = true;
          return `MAX(CASE WHEN "__rn" = "__n" THEN "c${j}" END) AS "a${j}"`;
        }
        return `${WINDOW_FUNCTIONS[a.function]}(${v}) AS "a${j}"`;
    }
  });
  if (running) ranks.push(`ROW_NUMBER() OVER (${partition} ORDER BY "__t", "__i") AS "__rn"`, `COUNT(*) OVER (${partition}) AS "__n"`);
  const window = `SELECT ${[...keys, '"__t"', '"__i"'].join(', ')}, ${inputs.join(', ')} FROM ${spec.events} WHERE "__t" <= ${t} AND "__t" > ${t - longest}`;
  const ranked = ranks.length ? `SELECT w0.*, ${ranks.join(', ')} FROM (${window}) w0` : window;
  const grouped = `SELECT ${keys.join(', ')}, ${aggregates.join(', ')} FROM (${ranked}) w1 GROUP BY ${keys.join(', ')}`;
  const values = spec.aggregations.map((a, j) => (a.function === 'count' || a.function === 'count_distinct' ? `COALESCE(g."a${j}", 0)` : `g."a${j}"`) + ` AS ${q(a.name)}`);
  return `SELECT e."__idx", ${values.join(', ')} FROM ${entities} e LEFT JOIN (${grouped}) g ON ${keys.map((k) => `g.${k} = e.${k}`).join(' AND ')} ORDER BY e."__idx"`;
}

function check(spec: AggregationSqlSpec): void {
  if (spec.aggregations.length === 0) throw new Error('aggregationSql: at least one aggregation is required, got none');
  if (spec.keyColumns.length === 0) throw new Error('aggregationSql: at least one key column is required, got none');
}

function integer(value: number, name: string): number {
  if (!Number.isSafeInteger(value)) throw new Error(`aggregationSql: ${name} must be a safe integer of microseconds, got ${value}`);
  return value;
}
