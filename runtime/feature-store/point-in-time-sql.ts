import { quoteIdent as q } from '../data/quote-sql';
/** One feature table to join: its key columns (named as in the entity table), features and TTL. */
export interface PointInTimeSqlGroup {
  /** Table name, unquoted. */
  readonly table: string;
  readonly keyColumns: readonly string[];
  readonly features: readonly string[];
  /** Inclusive maximum age of a matching row, microseconds; null: any older row matches. */
  readonly ttlUs: number | null;
}

export interface PointInTimeSqlSpec {
  /** Entity table: `"__idx"` (row order), the key columns, `"__ts"` (event time, epoch microseconds). */
  readonly entityTable: string;
  /** Feature tables have `"__event_time_us"` and at most one row per (keys, event time). */
  readonly groups: readonly PointInTimeSqlGroup[];
  /**
   * `asof`: DuckDB's `ASOF LEFT JOIN`. `analytic`: standard window functions only (a running MAX over
   * entity and feature rows merged by key and time), for Oracle Autonomous Database, which has no
   * ASOF JOIN; it also runs on DuckDB, where the tests check both give the same rows.
   */
  readonly method: 'asof' | 'analytic';
  /**
   * The engine's name for a 64-bit integer type in `CAST(NULL AS ...)`.
   * @default 'BIGINT'
   */
  readonly integerType?: string;
  /**
   * Remove duplicate (keys, event time) rows first, keeping the highest `"__seq"` (the last
   * ingested), for feature tables not written by a store (Parquet from a pipeline, external tables).
   * @default false
   */
  readonly dedupe?: boolean;
  /**
   * Entity table columns to select first, as they are (files joined with their own columns).
   * @default - none
   */
  readonly entityColumns?: readonly string[];
  /**
   * Output names of the feature columns, group by group, feature by feature.
   * @default - "c0", "c1", ...
   */
  readonly columnNames?: readonly string[];
}


/**
 * Builds the point-in-time join query: one result row per entity row, ordered by `"__idx"`, with
 * columns `"c0"`, `"c1"`, ... holding group by group, feature by feature, the values of the latest
 * feature row whose event time is at or before the entity row's time (ties: the row at that exact
 * time) and at most the TTL older, or NULL. Keys compare by equality, so a NULL key matches nothing.
 *
 * The TTL is applied after the join, not as a join condition: a row outside the TTL must not let an
 * even older row match instead (it cannot: the older row is older still), and DuckDB's ASOF JOIN has
 * no tolerance parameter. Duplicates are removed before the join: the stores keep one row per
 * (keys, event time) already; for other tables pass `dedupe` (ASOF would pick an arbitrary one of
 * tied rows, and the window-function form would return the entity row once per tied row).
 *
 * @param spec tables, features, TTLs and the method
 * @returns the SQL text (identifiers double-quoted; no bind parameters)
 * @throws Error when a TTL is not a non-negative safe integer or no group is given
 * @example
 * pointInTimeSql({ entityTable: 'ents', method: 'asof',
 *   groups: [{ table: 'fg__trips', keyColumns: ['driver_id'], features: ['trips'], ttlUs: null }] });
 * // SELECT g0."trips" AS "c0" FROM "ents" e ASOF LEFT JOIN "fg__trips" g0 ON ... ORDER BY e."__idx"
 */
export function pointInTimeSql(spec: PointInTimeSqlSpec): string {
  if (spec.groups.length === 0) throw new Error('pointInTimeSql: at least one feature group is required, got none');
  for (const g of spec.groups) {
    if (g.ttlUs !== null && !(Number.isSafeInteger(g.ttlUs) && g.ttlUs >= 0)) {
      throw new Error(`pointInTimeSql: ttlUs of table "${g.table}" must be a non-negative safe integer or null, got ${g.ttlUs}`);
    }
  }
  const intType = spec.integerType ?? 'BIGINT';
  // A table reference, or the deduplicated rows of it: ROW_NUMBER in a subquery works on Oracle (no QUALIFY) and DuckDB.
  const source = (g: PointInTimeSqlGroup) =>
    spec.dedupe
      ? `(SELECT * FROM (SELECT d.*, ROW_NUMBER() OVER (PARTITION BY ${[...g.keyColumns, '__event_time_us'].map((k) => `d.${q(k)}`).join(', ')} ORDER BY d."__seq" DESC) AS "__rn" FROM ${q(g.table)} d) dd WHERE dd."__rn" = 1)`
      : q(g.table);
  let column = 0;
  const selects: string[] = [];
  const joins: string[] = [];
  const ctes: string[] = [];
  spec.groups.forEach((g, i) => {
    const alias = `g${i}`;
    const keyMatch = (a: string, b: string) => g.keyColumns.map((k) => `${a}.${q(k)} = ${b}.${q(k)}`).join(' AND ');
    const within = g.ttlUs === null ? null : `e."__ts" - ${alias}."__event_time_us" <= ${g.ttlUs}`;
    for (const feature of g.features) {
      const value = `${alias}.${q(feature)}`;
      const name = spec.columnNames?.[column] ?? `c${column}`;
      column++;
      selects.push(`${within ? `CASE WHEN ${within} THEN ${value} END` : value} AS ${q(name)}`);
    }
    if (spec.method === 'asof') {
      joins.push(`ASOF LEFT JOIN ${source(g)} ${alias} ON ${keyMatch('e', alias)} AND e."__ts" >= ${alias}."__event_time_us"`);
      return;
    }
    const keys = g.keyColumns.map(q).join(', ');
    // Feature rows sort before entity rows at the same time (kind 0 < 1), so an exact-time match counts.
    ctes.push(`m${i} AS (
  SELECT u."__idx", u."__m" FROM (
    SELECT x."__idx", x."__kind", MAX(x."__fts") OVER (PARTITION BY ${g.keyColumns.map((k) => `x.${q(k)}`).join(', ')} ORDER BY x."__ts", x."__kind" ROWS UNBOUNDED PRECEDING) AS "__m"
    FROM (
      SELECT "__idx", ${keys}, "__ts", 1 AS "__kind", CAST(NULL AS ${intType}) AS "__fts" FROM ${q(spec.entityTable)}
      UNION ALL
      SELECT CAST(NULL AS ${intType}), ${g.keyColumns.map((k) => `f.${q(k)}`).join(', ')}, f."__event_time_us", 0, f."__event_time_us" FROM ${source(g)} f
      WHERE EXISTS (SELECT 1 FROM ${q(spec.entityTable)} e2 WHERE ${keyMatch('e2', 'f')})
    ) x
  ) u WHERE u."__kind" = 1
)`);
    joins.push(`LEFT JOIN m${i} ON m${i}."__idx" = e."__idx"`);
    joins.push(`LEFT JOIN ${source(g)} ${alias} ON ${keyMatch(alias, 'e')} AND ${alias}."__event_time_us" = m${i}."__m"`);
  });
  const withClause = ctes.length ? `WITH ${ctes.join(',\n')}\n` : '';
  if (spec.columnNames && spec.columnNames.length !== column) throw new Error(`pointInTimeSql: columnNames has ${spec.columnNames.length} names for ${column} feature columns`);
  selects.unshift(...(spec.entityColumns ?? []).map((c) => `e.${q(c)}`));
  return `${withClause}SELECT ${selects.join(', ')}\nFROM ${q(spec.entityTable)} e\n${joins.join('\n')}\nORDER BY e."__idx"`;
}
