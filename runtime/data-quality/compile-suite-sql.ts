import { quoteIdent as q, quoteLiteral, type TableColumn } from '../data';
import { COLUMN_CHECKS, type ColumnExpectations, type ColumnType, type DataQualitySuite } from './suite-schema';

/** Aggregate values of the passes, by alias. */
export type AggregateValues = ReadonlyMap<string, unknown>;

/** What an expectation's aggregates say. */
export interface Verdict {
  readonly success: boolean;
  readonly observed: unknown;
  readonly unexpected_count: number | null;
  /**
   * Set when the first pass proved the expectation failed without counting its rows (a minimum
   * below the bound, say): the pass over failed rows counts `rowPredicate` for `unexpected_count`.
   */
  readonly countLater?: true;
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
 * text once per row, and one aggregate per measure for a single pass. The pass reads summaries where
 * they settle an expectation (non-null counts for nulls and unparsed cells, minimum and maximum for
 * ranges, lengths and non-finite numbers) and counts rows with `count(*) FILTER (WHERE ...)` only for
 * allowed values, patterns and compound keys: an expectation whose summary fails gets its rows
 * counted by the pass over failed rows (`Verdict.countLater`), so a suite that holds costs one lean
 * pass. Keys found repeated are counted exactly by a `GROUPING SETS` pass. Nulls never count against
 * range, allowed-value, pattern and length checks. Text cells (CSV) are parsed with `TRY_CAST`: a
 * cell that does not parse fails `type` only.
 *
 * @param suite - the parsed suite
 * @param columns - the table's columns and DuckDB types
 * @param now - the time freshness is measured against
 * @returns the plan `checkSuite` runs
 * @example
 * compileSuiteSql({ name: 's', columns: { x: { min: 0 } } }, [{ name: 'x', type: 'VARCHAR' }], new Date());
 * // { projection: ['"x" AS c0', 'TRY_CAST("x" AS DOUBLE) AS v0'], aggregates: ['count(*) AS a0', 'min(v0) AS a1', 'coalesce(min(v0) < 0, false) AS a2'], ... }
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
  // One aggregate per distinct SQL text: checks of a column share their summaries.
  const shared = new Map<string, string>();
  const summary = (sql: string): string => {
    let alias = shared.get(sql);
    if (!alias) shared.set(sql, (alias = aggregate(sql)));
    return alias;
  };
  const nulls = (name: string) => {
    const present = summary(`count(${project(name).raw})`);
    return (values: AggregateValues) => nRows(values) - num(values.get(present));
  };
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

  /**
   * The type check's verdict from summaries: cells that do not parse are the non-null cells minus
   * the parsed values (exact); non-finite numbers show in the minimum or maximum (DuckDB orders NaN
   * above infinity) and fractions in the largest fractional part, and are counted later.
   */
  const typeVerdict = (name: string, type: ColumnType): ((values: AggregateValues) => { bad: number; more: boolean }) | undefined => {
    const f = family(types.get(name)!);
    const raw = project(name).raw;
    if ((type === 'number' || type === 'integer') && (f === 'text' || f === 'number')) {
      const v = numberOf(name);
      const unparsed = f === 'text' ? summary(`count(${raw}) - count(${v})`) : undefined;
      const nonFinite = summary(`coalesce(NOT (isfinite(min(${v})) AND isfinite(max(${v}))), false)`);
      // Infinities give NaN here, which DuckDB orders above 0: they are counted later either way.
      const fraction = type === 'integer' ? summary(`coalesce(max(abs(${v} - trunc(${v}))) > 0, false)`) : undefined;
      return (values) => ({ bad: unparsed ? num(values.get(unparsed)) : 0, more: values.get(nonFinite) === true || (fraction !== undefined && values.get(fraction) === true) });
    }
    if (type === 'timestamp' && f === 'text') {
      const unparsed = summary(`count(${raw}) - count(${timestampOf(name)})`);
      return (values) => ({ bad: num(values.get(unparsed)), more: false });
    }
    if (type === 'boolean' && f === 'text') {
      const unparsed = summary(`count(${raw}) - count(TRY_CAST(${raw} AS BOOLEAN))`);
      return (values) => ({ bad: num(values.get(unparsed)), more: false });
    }
    return undefined;
  };

  /** An expectation judged by a summary (`breached`, a boolean aggregate); its rows are counted only when it fails. */
  const boundCheck = (column: string, check: string, predicate: string, breached: string, observed: string): PlannedExpectation => ({
    expectation: `${column}.${check}`, column, check, rowPredicate: predicate,
    judge: (values) => {
      const seen = values.get(observed);
      const value = typeof seen === 'bigint' ? Number(seen) : (seen ?? null);
      return values.get(breached) === true ? { success: false, observed: value, unexpected_count: null, countLater: true } : { success: true, observed: value, unexpected_count: 0 };
    },
  });

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
          if (p === 'none') {
            expectations.push({ expectation: `${name}.type`, column: name, check, judge: () => ({ success: true, observed: stored, unexpected_count: 0 }) });
            break;
          }
          const predicate = p === 'all' ? `${raw} IS NOT NULL` : p;
          const cells = p === 'all' ? nulls(name) : undefined;
          const verdict = typeVerdict(name, spec.type!);
          expectations.push({
            expectation: `${name}.type`, column: name, check, rowPredicate: predicate,
            judge: (values) => {
              // A stored type that holds no value of the kind: every non-null cell is unexpected.
              const { bad, more } = cells ? { bad: nRows(values) - cells(values), more: false } : verdict!(values);
              if (more) return { success: false, observed: stored, unexpected_count: null, countLater: true };
              return { success: bad === 0, observed: stored, unexpected_count: bad };
            },
          });
          break;
        }
        case 'notNull': {
          const count = nulls(name);
          expectations.push({
            expectation: `${name}.notNull`, column: name, check, rowPredicate: `${raw} IS NULL`,
            judge: (values) => ({ success: count(values) === 0, observed: count(values), unexpected_count: count(values) }),
          });
          break;
        }
        case 'maxNullFraction': {
          const count = nulls(name);
          const limit = spec.maxNullFraction!;
          expectations.push({
            expectation: `${name}.maxNullFraction`, column: name, check, rowPredicate: `${raw} IS NULL`,
            judge: (values) => {
              const share = nRows(values) ? count(values) / nRows(values) : 0;
              return { success: share <= limit, observed: share, unexpected_count: count(values) };
            },
          });
          break;
        }
        case 'min':
        case 'max': {
          const v = numberOf(name);
          const bound = spec[check]!;
          const [op, predicate] = check === 'min' ? ['<', `${v} < ${bound}`] : ['>', `${v} > ${bound}`];
          // Compared in SQL, where NaN is above every number, as the row predicate compares it.
          const reached = summary(`${check}(${v})`);
          expectations.push(boundCheck(name, check, predicate, summary(`coalesce(${check}(${v}) ${op} ${bound}, false)`), reached));
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
          const reached = `${check === 'minLength' ? 'min' : 'max'}(length(${t}))`;
          const [op, predicate] = check === 'minLength' ? ['<', `length(${t}) < ${bound}`] : ['>', `length(${t}) > ${bound}`];
          const observed = summary(reached);
          expectations.push(boundCheck(name, check, predicate, summary(`coalesce(${reached} ${op} ${bound}, false)`), observed));
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
    const present = key.length === 1 ? summary(`count(${key[0]})`) : aggregate(`count(*) FILTER (WHERE ${notNull})`);
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
