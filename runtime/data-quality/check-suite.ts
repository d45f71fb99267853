import { type DuckDBConnection } from '@duckdb/node-api';
import { quoteIdent as q, readCategoricalColumn, readFloat64Columns, type TableColumn, TableInputError } from '../data';
import { type DriftSettingsInput } from '../monitor/drift-settings';
import { type DriftProfile } from '../monitor/profile/drift-profile-schema';
import { type DriftFeatureInput } from '../monitor/report/compute-drift-report';
import { compileSuiteSql, type PlannedExpectation, type Verdict } from './compile-suite-sql';
import { type ExpectationResult, MAX_UNEXPECTED_ROWS, type SuiteResult } from './suite-result';
import { type DataQualitySuite } from './suite-schema';

/**
 * A table the checks run on: a `DataTable` from `DataSession.open`, or any DuckDB relation that can
 * number its rows (a batch of feature rows, say).
 */
export interface SuiteTable {
  readonly connection: DuckDBConnection;
  /** How messages name the table (path, URI, batch). */
  readonly source: string;
  readonly columns: readonly TableColumn[];
  /** SQL for `FROM`. */
  relation(): string;
  /** `relation()` plus a column `column` holding 1-based row numbers in file order. */
  numberedRelation(column: string): string;
}

export interface CheckSuiteOptions {
  /**
   * The time freshness is measured against.
   * @default - the current time
   */
  readonly now?: Date;
  /**
   * The reference profile of the suite's `drift` section (`oci-mlops profile` output), read by the caller.
   * @default - none: required when the suite has a drift section
   */
  readonly referenceProfile?: DriftProfile;
}

const ROW = '__dq_row';

/**
 * Checks a table against a suite in DuckDB: one aggregate pass for every column and table check
 * (unique keys compared by `count(DISTINCT)`), one pass reading the drift columns (when the suite has
 * a drift section), and only when some expectation failed: one `GROUPING SETS` pass counting the rows
 * in duplicates of every repeated key, one pass that numbers rows to list the first unexpected ones,
 * and one semi-join per repeated key.
 *
 * @param table - the table (a `DataTable`, or a relation of the same shape)
 * @param suite - the parsed suite
 * @param opts - check time, reference profile
 * @returns every expectation's result, in suite order
 * @throws TableInputError naming the table when DuckDB cannot run a check (say, a pattern its regular
 *   expression engine rejects), or when the suite has drift and no profile is given
 * @example
 * const result = await checkSuite(await session.open('transactions.csv'), suite);
 * result.success; // false
 * result.results[0]; // { expectation: 'amount.min', column: 'amount', check: 'min', success: false, observed: -3, unexpected_count: 2, unexpected_rows: [4, 9] }
 */
export async function checkSuite(table: SuiteTable, suite: DataQualitySuite, opts: CheckSuiteOptions = {}): Promise<SuiteResult> {
  if (suite.drift && !opts.referenceProfile) throw new TableInputError(`suite "${suite.name}": has a drift section but no reference profile was read`);
  const plan = compileSuiteSql(suite, table.columns, opts.now ?? new Date());
  const run = async (sql: string) => {
    try {
      return await table.connection.runAndReadAll(sql);
    } catch (err) {
      throw new TableInputError(`${table.source}: cannot check suite "${suite.name}": ${(err as Error).message.split('\n')[0]}`);
    }
  };
  // Timestamps without an offset are UTC, whatever the machine's zone.
  await run("SET TimeZone = 'UTC'");
  const scan = `(SELECT ${plan.projection.length ? plan.projection.join(', ') : '1 AS one'} FROM ${table.relation()}) s`;

  const values = new Map<string, unknown>();
  const first = await run(`SELECT ${plan.aggregates.join(', ')} FROM ${scan}`);
  first.columnNames().forEach((name, i) => values.set(name, first.getColumns()[i]![0]));
  const repeated = [...new Set(plan.expectations.filter((e) => e.duplicated?.(values)).map((e) => e.keyIndex!))];
  if (repeated.length) {
    for (const [k, v] of await uniqueCounts(run, scan, repeated.map((i) => [i, plan.uniqueKeys[i]!] as const))) values.set(k, v);
  }

  const verdicts = new Map<PlannedExpectation, Verdict>();
  for (const e of plan.expectations) if (!e.drift) verdicts.set(e, e.judge(values));
  if (suite.drift) {
    for (const [e, v] of await driftVerdicts(table, plan.expectations.filter((x) => x.drift), suite.drift, opts.referenceProfile!)) verdicts.set(e, v);
  }

  const failed = plan.expectations.filter((e) => !verdicts.get(e)!.success && (e.rowPredicate || e.key));
  const rows = new Map<PlannedExpectation, number[]>();
  const observed = new Map<PlannedExpectation, unknown>();
  const byPredicate = failed.filter((e) => e.rowPredicate);
  if (byPredicate.length) {
    const numbered = `(SELECT ${ROW}, ${plan.projection.join(', ')} FROM ${table.numberedRelation(ROW)}) s`;
    const items = byPredicate.flatMap((e, i) => [
      `min(${ROW}, ${MAX_UNEXPECTED_ROWS}) FILTER (WHERE ${e.rowPredicate}) AS r${i}`,
      ...(verdicts.get(e)!.countLater ? [`count(*) FILTER (WHERE ${e.rowPredicate}) AS n${i}`] : []),
      ...(e.unexpectedValues ? [`list_slice(list_sort(list(DISTINCT ${e.unexpectedValues}) FILTER (WHERE ${e.rowPredicate})), 1, ${MAX_UNEXPECTED_ROWS}) AS d${i}`] : []),
    ]);
    const second = await run(`SELECT ${items.join(', ')} FROM ${numbered}`);
    const names = second.columnNames();
    const cells = second.getColumns().map((c) => c[0]);
    byPredicate.forEach((e, i) => {
      rows.set(e, listOf(cells[names.indexOf(`r${i}`)]).map(Number));
      if (verdicts.get(e)!.countLater) verdicts.set(e, { ...verdicts.get(e)!, unexpected_count: Number(cells[names.indexOf(`n${i}`)]) });
      if (e.unexpectedValues) observed.set(e, listOf(cells[names.indexOf(`d${i}`)]).map(plain));
    });
  }
  for (const e of failed.filter((x) => x.key)) {
    const key = e.key!;
    const notNull = key.map((k) => `${k} IS NOT NULL`).join(' AND ');
    const sql =
      `SELECT min(${ROW}, ${MAX_UNEXPECTED_ROWS}) FROM (SELECT ${ROW}, ${plan.projection.join(', ')} FROM ${table.numberedRelation(ROW)}) s ` +
      `SEMI JOIN (SELECT ${key.join(', ')} FROM ${scan} WHERE ${notNull} GROUP BY ${key.join(', ')} HAVING count(*) > 1) d USING (${key.join(', ')})`;
    rows.set(e, listOf((await run(sql)).getColumns()[0]![0]).map(Number));
  }

  const results: ExpectationResult[] = plan.expectations.map((e) => {
    const v = verdicts.get(e)!;
    return {
      expectation: e.expectation, column: e.column, check: e.check, success: v.success,
      observed: observed.has(e) ? observed.get(e) : v.observed, unexpected_count: v.unexpected_count, unexpected_rows: rows.get(e) ?? [],
    };
  });
  return { suite: suite.name, success: results.every((r) => r.success), n_rows: Number(values.get('a0')), results };
}

/** Rows taking part in duplicates and duplicated keys, per key (by its index), in one pass: `u<i>_rows`, `u<i>_keys`. */
async function uniqueCounts(
  run: (sql: string) => Promise<{ getRows(): unknown[][] }>,
  scan: string,
  indexed: readonly (readonly [number, readonly string[]])[],
): Promise<Map<string, unknown>> {
  const keys = indexed.map(([, k]) => k);
  const all = [...new Set(keys.flat())];
  // GROUPING(all) has a bit per column, the first most significant, set when the column is not grouped.
  const gid = (key: readonly string[]) => all.reduce((bits, c, i) => bits | (key.includes(c) ? 0 : 1 << (all.length - 1 - i)), 0);
  const sets = keys.map((k) => `(${k.join(', ')})`).join(', ');
  const kept = keys.map((k) => `(g = ${gid(k)} AND ${k.map((c) => `${c} IS NOT NULL`).join(' AND ')})`).join(' OR ');
  const sql =
    `SELECT g, count(*), sum(n) FROM (SELECT GROUPING(${all.join(', ')}) AS g, count(*) AS n, ${all.join(', ')} FROM ${scan} GROUP BY GROUPING SETS (${sets})) ` +
    `WHERE n > 1 AND (${kept}) GROUP BY g`;
  const found = new Map<number, [unknown, unknown]>((await run(sql)).getRows().map((r) => [Number(r[0]), [r[1], r[2]]]));
  const out = new Map<string, unknown>();
  indexed.forEach(([i, k]) => {
    const hit = found.get(gid(k));
    out.set(`u${i}_keys`, hit ? hit[0] : 0);
    out.set(`u${i}_rows`, hit ? hit[1] : 0);
  });
  return out;
}

/** Reads each drift column's values (numbers as a Float64Array, categories by dictionary) and runs the monitor's drift report. */
async function driftVerdicts(
  table: SuiteTable,
  planned: readonly PlannedExpectation[],
  drift: NonNullable<DataQualitySuite['drift']>,
  profile: DriftProfile,
): Promise<Map<PlannedExpectation, Verdict>> {
  const out = new Map<PlannedExpectation, Verdict>();
  const inputs: DriftFeatureInput[] = [];
  const features: NonNullable<DriftSettingsInput['features']> = {};
  for (const e of planned) {
    const name = e.drift!.column;
    const reference = profile.features[name];
    if (!reference) {
      out.set(e, { success: false, observed: { error: `the reference profile has no feature "${name}"; it has ${Object.keys(profile.features).join(', ')}` }, unexpected_count: null });
      continue;
    }
    if (reference.type === 'numerical') {
      const v = `TRY_CAST(${q(name)} AS DOUBLE)`;
      const [column] = await readFloat64Columns(table.connection, `SELECT ${v} FROM ${table.relation()} WHERE ${v} IS NOT NULL AND isfinite(${v})`);
      inputs.push({ name, type: 'numerical', reference, current: column!.values });
    } else {
      const { codes, dictionary } = await readCategoricalColumn(table.connection, `SELECT CAST(${q(name)} AS VARCHAR) FROM ${table.relation()}`);
      const current: string[] = [];
      for (const code of codes) if (code >= 0) current.push(dictionary[code]!);
      inputs.push({ name, type: 'categorical', reference, current });
    }
    features[name] = { ...(drift.method ? { method: drift.method } : {}), ...(drift.threshold ? { threshold: drift.threshold } : {}) };
  }
  if (!inputs.length) return out;
  let report;
  // Loaded only for a suite with a drift section: the statistics modules cost about 0.2 s of start-up.
  const { computeDriftReport } = await import('../monitor/report/compute-drift-report');
  try {
    report = computeDriftReport(inputs, { alpha: drift.alpha, correction: 'none', minSamples: drift.minSamples, features });
  } catch (err) {
    throw new TableInputError(`${table.source}: drift: ${(err as Error).message.replace(/^computeDriftReport: /, '')}`);
  }
  for (const f of report.features) {
    const e = planned.find((p) => p.drift!.column === f.name)!;
    out.set(e, {
      success: f.status === 'no_drift',
      observed: { method: f.method, statistic: f.statistic, p_value: f.p_value, threshold: f.threshold, status: f.status, n_reference: f.n_reference, n_current: f.n_current },
      unexpected_count: null,
    });
  }
  return out;
}

function listOf(v: unknown): unknown[] {
  if (v === null || v === undefined) return [];
  return (v as { items: unknown[] }).items ?? [];
}

/** A DuckDB value as JSON-friendly JavaScript (BIGINT as number). */
function plain(v: unknown): unknown {
  return typeof v === 'bigint' ? Number(v) : v;
}
