import { quoteIdent as q, quoteLiteral, type TableColumn } from '../data';
import { COLUMN_CHECKS, type ColumnExpectations, type ColumnType, type DataQualitySuite } from './suite-schema';

/** Aggregate values of the passes, by alias. */
export type AggregateValues = ReadonlyMap<string, unknown>;

/** What an expectation's aggregates say. */
export interface Verdict {
  readonly success: boolean;
  readonly observed: unknown;
  readonly unexpected_count: number | null;
}

/** One expectation compiled to SQL over the projection of the scan. */
export interface PlannedExpectation {
  readonly expectation: string;
  readonly column: string | null;
  readonly check: string;
  /** Reads the verdict from the aggregates of the first pass (and of the unique pass). */
  readonly judge: (values: AggregateValues) => Verdict;
  /** SQL predicate over the projection true for each unexpected row; absent for checks of the whole table or column. */
  readonly rowPredicate?: string;
  /** For failed `allowedValues`: the projection's value whose distinct unexpected values are observed. */
  readonly unexpectedValues?: string;
  /** For `unique` and `uniqueColumns`: the projection's key columns. */
  readonly key?: readonly string[];
  /** For `unique` and `uniqueColumns`: whether the first pass saw a repeated key (then the unique pass counts rows `u<i>_rows`). */
  readonly duplicated?: (values: AggregateValues) => boolean;
  /** For `unique` and `uniqueColumns`: the key's index in `uniqueKeys`. */
  readonly keyIndex?: number;
  /** For drift: the column and its reading. */
  readonly drift?: { readonly column: string };
}

/** The SQL of a suite over one table: a projection of the scan, one aggregate per measure, the unique keys. */
export interface SuitePlan {
  /** `SELECT` items computed once per row (typed values, texts), aliased `c0`, `v0`, `t0`... */
  readonly projection: readonly string[];
  /** `SELECT` items of the first pass over the projection, aliased `a0`, `a1`... */
  readonly aggregates: readonly string[];
  /**
   * Keys of `unique` and `uniqueColumns` (each a list of projection aliases). The first pass compares
   * `count` with `count(DISTINCT)`; only repeated keys need the `GROUPING SETS` pass counting the rows in duplicates.
   */
  readonly uniqueKeys: readonly (readonly string[])[];
  readonly expectations: readonly PlannedExpectation[];
}

const NUMERIC = new Set(['TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'HUGEINT', 'UTINYINT', 'USMALLINT', 'UINTEGER', 'UBIGINT', 'UHUGEINT', 'FLOAT', 'DOUBLE']);
const TEMPORAL = new Set(['DATE', 'TIMESTAMP', 'TIMESTAMP WITH TIME ZONE', 'TIMESTAMP_S', 'TIMESTAMP_MS', 'TIMESTAMP_NS']);
type Family = 'text' | 'number' | 'boolean' | 'timestamp' | 'other';

function family(duckType: string): Family {
  if (duckType === 'VARCHAR') return 'text';
  if (NUMERIC.has(duckType) || duckType.startsWith('DECIMAL')) return 'number';
  if (duckType === 'BOOLEAN') return 'boolean';
  if (TEMPORAL.has(duckType)) return 'timestamp';
  return 'other';
}

const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : (v as number));

/**
 * Compiles a suite to SQL for one table: a projection that computes each column's typed value and
 * text once per row, and one aggregate per measure (unexpected counts as `count(*) FILTER (WHERE ...)`,
 * minimum, maximum, null count, newest timestamp, distinct keys) for a single pass; keys found
 * repeated are counted exactly by a `GROUPING SETS` pass. Nulls never count against range, allowed-value, pattern and length checks.
 * Text cells (CSV) are parsed with `TRY_CAST`: a cell that does not parse fails `type` only.
 *
 * @param suite - the parsed suite
 * @param columns - the table's columns and DuckDB types
 * @param now - the time freshness is measured against
 * @returns the plan `checkSuite` runs
 * @example
 * compileSuiteSql({ name: 's', columns: { x: { min: 0 } } }, [{ name: 'x', type: 'VARCHAR' }], new Date());
 * // { projection: ['"x" AS c0', 'TRY_CAST("x" AS DOUBLE) AS v0'], aggregates: ['count(*) AS a0', 'min(v0) AS a1', 'count(*) FILTER (WHERE v0 < 0) AS a2'], ... }
 */
export function compileSuiteSql(suite: DataQualitySuite, columns: readonly TableColumn[], now: Date): SuitePlan {
  const projection: string[] = [];
  const aggregates: string[] = [];
  const uniqueKeys: string[][] = [];
  const expectations: PlannedExpectation[] = [];
  const types = new Map(columns.map((c) => [c.name, c.type]));
  const aggregate = (sql: string): string => {
    const alias = `a${aggregates.length}`;
    aggregates.push(`${sql} AS ${alias}`);
    return alias;
  };
  const rows = aggregate('count(*)');
  const nRows = (values: AggregateValues) => num(values.get(rows));
  const countWhere = (predicate: string) => aggregate(`count(*) FILTER (WHERE ${predicate})`);
  const missing = (column: string, check: string, expectation = `${column}.${check}`): PlannedExpectation => ({
    expectation, column, check, judge: () => ({ success: false, observed: null, unexpected_count: null }),
  });

  // Per column: its projection aliases, created on first use.
  const projected = new Map<string, { raw: string; text?: string; value?: string; timestamp?: string }>();
  const project = (name: string) => {
    let p = projected.get(name);
    if (!p) {
      p = { raw: `c${projected.size}` };
      projection.push(`${q(name)} AS ${p.raw}`);
      projected.set(name, p);
    }
    return p;
  };
  const index = (alias: string) => alias.slice(1);
  const textOf = (name: string): string => {
    const p = project(name);
    if (!p.text) {
      if (types.get(name) === 'VARCHAR') p.text = p.raw;
      else {
        p.text = `t${index(p.raw)}`;
        projection.push(`CAST(${q(name)} AS VARCHAR) AS ${p.text}`);
      }
    }
    return p.text;
  };
  const numberOf = (name: string): string => {
    const p = project(name);
    if (!p.value) {
      p.value = `v${index(p.raw)}`;
      const f = family(types.get(name)!);
      const sql = f === 'text' ? `TRY_CAST(${q(name)} AS DOUBLE)` : f === 'number' ? `CAST(${q(name)} AS DOUBLE)` : 'CAST(NULL AS DOUBLE)';
      projection.push(`${sql} AS ${p.value}`);
    }
    return p.value;
  };
  const timestampOf = (name: string): string => {
    const p = project(name);
    if (!p.timestamp) {
      p.timestamp = `ts${index(p.raw)}`;
      const f = family(types.get(name)!);
      const sql = f === 'text' ? `TRY_CAST(${q(name)} AS TIMESTAMPTZ)` : f === 'timestamp' ? `CAST(${q(name)} AS TIMESTAMPTZ)` : 'CAST(NULL AS TIMESTAMPTZ)';
      projection.push(`${sql} AS ${p.timestamp}`);
    }
    return p.timestamp;
  };

  /** Rows whose non-null value is not of the type; `null` when the stored type settles it for every row. */
  const typePredicate = (name: string, type: ColumnType): string | 'all' | 'none' => {
    const f = family(types.get(name)!);
    const raw = project(name).raw;
    switch (type) {
      case 'string':
        return f === 'text' ? 'none' : 'all';
      case 'number':
      case 'integer': {
        if (f !== 'text' && f !== 'number') return 'all';
        const v = numberOf(name);
        const whole = type === 'integer' ? ` OR ${v} <> trunc(${v})` : '';
        return f === 'text' ? `${raw} IS NOT NULL AND (${v} IS NULL OR NOT isfinite(${v})${whole})` : `${raw} IS NOT NULL AND (NOT isfinite(${v})${whole})`;
      }
      case 'boolean':
        if (f === 'boolean') return 'none';
        return f === 'text' ? `${raw} IS NOT NULL AND TRY_CAST(${raw} AS BOOLEAN) IS NULL` : 'all';
      case 'timestamp':
        if (f === 'timestamp') return 'none';
        return f === 'text' ? `${raw} IS NOT NULL AND ${timestampOf(name)} IS NULL` : 'all';
    }
  };

  const rowCheck = (column: string, check: string, predicate: string, observed?: { alias: string; read?: (v: unknown) => unknown }, extra: Partial<PlannedExpectation> = {}): PlannedExpectation => {
    const alias = countWhere(predicate);
    return {
      expectation: `${column}.${check}`, column, check, rowPredicate: predicate, ...extra,
      judge: (values) => {
        const unexpected = num(values.get(alias));
        const seen = observed ? (observed.read ?? ((v: unknown) => (typeof v === 'bigint' ? Number(v) : v)))(values.get(observed.alias)) : unexpected;
        return { success: unexpected === 0, observed: seen ?? null, unexpected_count: unexpected };
      },
    };
  };

  for (const [name, spec] of Object.entries(suite.columns) as [string, ColumnExpectations][]) {
    if (!types.has(name)) {
      expectations.push(missing(name, 'exists'));
      continue;
    }
    const raw = project(name).raw;
    const numeric = spec.type === 'number' || spec.type === 'integer';
    for (const check of COLUMN_CHECKS) {
      if (spec[check] === undefined || spec[check] === false) continue;
      switch (check) {
        case 'type': {
          const p = typePredicate(name, spec.type!);
          const stored = types.get(name)!;
          if (p === 'none') expectations.push({ expectation: `${name}.type`, column: name, check, judge: () => ({ success: true, observed: stored, unexpected_count: 0 }) });
          else if (p === 'all') expectations.push(rowCheck(name, check, `${raw} IS NOT NULL`, { alias: aggregate(quoteLiteral(stored)) }));
          else expectations.push(rowCheck(name, check, p, { alias: aggregate(quoteLiteral(stored)) }));
          break;
        }
        case 'notNull':
          expectations.push(rowCheck(name, check, `${raw} IS NULL`));
          break;
        case 'maxNullFraction': {
          const nulls = countWhere(`${raw} IS NULL`);
          const limit = spec.maxNullFraction!;
          expectations.push({
            expectation: `${name}.maxNullFraction`, column: name, check, rowPredicate: `${raw} IS NULL`,
            judge: (values) => {
              const share = nRows(values) ? num(values.get(nulls)) / nRows(values) : 0;
              return { success: share <= limit, observed: share, unexpected_count: num(values.get(nulls)) };
            },
          });
          break;
        }
        case 'min':
        case 'max': {
          const v = numberOf(name);
          const bound = spec[check]!;
          const reached = aggregate(`${check}(${v})`);
          expectations.push(rowCheck(name, check, check === 'min' ? `${v} < ${bound}` : `${v} > ${bound}`, { alias: reached }));
          break;
        }
        case 'allowedValues': {
          const values = spec.allowedValues!;
          const value = numeric ? numberOf(name) : textOf(name);
          const list = values.map((v) => (numeric ? String(v) : quoteLiteral(String(v)))).join(', ');
          const predicate = `${value} IS NOT NULL AND ${value} NOT IN (${list})`;
          // The unexpected values themselves are listed by the pass that numbers failed rows.
          const plain = rowCheck(name, check, predicate, undefined, { unexpectedValues: value });
          expectations.push({ ...plain, judge: (v) => ({ ...plain.judge(v), observed: [] }) });
          break;
        }
        case 'regex': {
          const t = textOf(name);
          expectations.push(rowCheck(name, check, `${t} IS NOT NULL AND NOT regexp_matches(${t}, ${quoteLiteral(spec.regex!)})`));
          break;
        }
        case 'minLength':
        case 'maxLength': {
          const t = textOf(name);
          const bound = spec[check]!;
          const reached = aggregate(`${check === 'minLength' ? 'min' : 'max'}(length(${t}))`);
          expectations.push(rowCheck(name, check, check === 'minLength' ? `length(${t}) < ${bound}` : `length(${t}) > ${bound}`, { alias: reached }));
          break;
        }
        case 'unique':
          expectations.push(uniqueCheck(`${name}.unique`, name, 'unique', [numeric ? numberOf(name) : raw]));
          break;
      }
    }
  }

  function uniqueCheck(expectation: string, column: string | null, check: string, key: string[]): PlannedExpectation {
    const at = uniqueKeys.findIndex((k) => k.join() === key.join());
    const i = at >= 0 ? at : uniqueKeys.push(key) - 1;
    const notNull = key.map((k) => `${k} IS NOT NULL`).join(' AND ');
    // A compound key is compared by its hash (cheaper than a struct); a collision only sends the key
    // to the exact GROUPING SETS pass, which then finds no duplicate.
    const value = key.length === 1 ? key[0]! : `hash(${key.join(', ')})`;
    const present = aggregate(`count(*) FILTER (WHERE ${notNull})`);
    const distinct = aggregate(`count(DISTINCT ${value}) FILTER (WHERE ${notNull})`);
    const duplicated = (values: AggregateValues) => num(values.get(present)) !== num(values.get(distinct));
    return {
      expectation, column, check, key, keyIndex: i, duplicated,
      judge: (values) => {
        if (!duplicated(values)) return { success: true, observed: 0, unexpected_count: 0 };
        const rowsInDuplicates = num(values.get(`u${i}_rows`));
        return { success: rowsInDuplicates === 0, observed: num(values.get(`u${i}_keys`)), unexpected_count: rowsInDuplicates };
      },
    };
  }

  const table = suite.table;
  if (table?.rowCount) {
    const { min, max } = table.rowCount;
    expectations.push({
      expectation: 'table.rowCount', column: null, check: 'rowCount',
      judge: (values) => {
        const n = nRows(values);
        return { success: (min === undefined || n >= min) && (max === undefined || n <= max), observed: n, unexpected_count: null };
      },
    });
  }
  for (const key of table?.uniqueColumns ?? []) {
    const expectation = `table.uniqueColumns[${key.join(',')}]`;
    const absent = key.find((c) => !types.has(c));
    if (absent !== undefined) expectations.push(missing(absent, 'exists', expectation));
    else expectations.push(uniqueCheck(expectation, null, 'uniqueColumns', key.map((c) => project(c).raw)));
  }
  if (table?.freshness) {
    const { column, maxAgeHours } = table.freshness;
    if (!types.has(column)) expectations.push(missing(column, 'exists', 'table.freshness'));
    else {
      const newest = aggregate(`epoch_ms(max(${timestampOf(column)}))`);
      expectations.push({
        expectation: 'table.freshness', column: null, check: 'freshness',
        judge: (values) => {
          const ms = values.get(newest);
          if (ms === null || ms === undefined) return { success: false, observed: { newest: null, age_hours: null }, unexpected_count: null };
          const ageHours = (now.getTime() - num(ms)) / 3_600_000;
          return { success: ageHours <= maxAgeHours, observed: { newest: new Date(num(ms)).toISOString(), age_hours: Math.round(ageHours * 1000) / 1000 }, unexpected_count: null };
        },
      });
    }
  }
  for (const column of suite.drift?.columns ?? []) {
    if (!types.has(column)) expectations.push(missing(column, 'exists', `drift.${column}`));
    else expectations.push({ expectation: `drift.${column}`, column, check: 'drift', drift: { column }, judge: () => ({ success: false, observed: null, unexpected_count: null }) });
  }
  return { projection, aggregates, uniqueKeys, expectations };
}
