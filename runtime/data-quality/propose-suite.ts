import { quoteIdent as q } from '../data';
import { type SuiteTable } from './check-suite';
import { type ColumnExpectations, type ColumnType, type DataQualitySuite } from './suite-schema';

/** Columns with at most this many distinct values get `allowedValues`. */
export const MAX_PROPOSED_ALLOWED_VALUES = 20;

const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/;
const FLOATING = /^(FLOAT|DOUBLE|DECIMAL.*)$/;
const TEMPORAL = /^(DATE|TIMESTAMP.*)$/;

/**
 * Proposes a suite from a table, as Deequ's constraint suggestion does: each column's type (text
 * cells are tried as integer, number, boolean, then timestamp), `notNull` where no value is null, the
 * observed `min` and `max` of number columns, `allowedValues` where a column has at most 20 distinct
 * values, `unique` for integer and string columns whose values are all distinct. Two passes: one
 * infers types and counts nulls, one measures the typed values. `checkSuite` with the proposal on the
 * same table passes.
 *
 * @param table - the table
 * @param name - the suite name
 * @returns the suite, ready to be written as YAML
 * @example
 * await proposeSuite(await session.open('transactions.csv'), 'transactions');
 * // { name: 'transactions', columns: { amount: { type: 'number', notNull: true, min: 0.5, max: 9999 }, ... } }
 */
export async function proposeSuite(table: SuiteTable, name: string): Promise<DataQualitySuite> {
  const cols = table.columns;
  const read = async (sql: string) => {
    const reader = await table.connection.runAndReadAll(sql);
    return reader.getRows()[0]!;
  };
  await table.connection.run("SET TimeZone = 'UTC'");
  // Pass 1: per text column, how many non-null cells parse as each type.
  const first: string[] = ['count(*)'];
  for (const c of cols) {
    const x = q(c.name);
    first.push(`count(${x})`);
    if (c.type === 'VARCHAR') {
      first.push(
        `count(*) FILTER (WHERE isfinite(TRY_CAST(${x} AS DOUBLE)))`,
        `count(*) FILTER (WHERE isfinite(TRY_CAST(${x} AS DOUBLE)) AND TRY_CAST(${x} AS DOUBLE) = trunc(TRY_CAST(${x} AS DOUBLE)))`,
        `count(TRY_CAST(${x} AS BOOLEAN))`,
        `count(TRY_CAST(${x} AS TIMESTAMPTZ))`,
      );
    }
  }
  const counts = (await read(`SELECT ${first.join(', ')} FROM ${table.relation()}`)).map(Number);
  let at = 1;
  const types = cols.map((c): { nonNull: number; type?: ColumnType } => {
    const nonNull = counts[at++]!;
    if (c.type !== 'VARCHAR') return { nonNull, type: NUMERIC.test(c.type) ? 'integer' : FLOATING.test(c.type) ? 'number' : c.type === 'BOOLEAN' ? 'boolean' : TEMPORAL.test(c.type) ? 'timestamp' : undefined };
    const [finite, whole, booleans, timestamps] = counts.slice(at, (at += 4));
    if (nonNull === 0) return { nonNull };
    const type: ColumnType = whole === nonNull ? 'integer' : finite === nonNull ? 'number' : booleans === nonNull ? 'boolean' : timestamps === nonNull ? 'timestamp' : 'string';
    return { nonNull, type };
  });
  const rows = counts[0]!;

  // Pass 2: the typed values as the checks will see them: distinct counts, range, the few distinct values.
  const value = (i: number): string => {
    const c = cols[i]!;
    const t = types[i]!.type;
    if (t === 'integer' || t === 'number') return c.type === 'VARCHAR' ? `TRY_CAST(${q(c.name)} AS DOUBLE)` : `CAST(${q(c.name)} AS DOUBLE)`;
    return c.type === 'VARCHAR' ? q(c.name) : `CAST(${q(c.name)} AS VARCHAR)`;
  };
  const second: string[] = [];
  cols.forEach((_, i) => {
    const t = types[i]!.type;
    const v = value(i);
    second.push(`count(DISTINCT ${v})`);
    if (t === 'integer' || t === 'number') second.push(`min(${v})`, `max(${v})`);
    if (t === 'integer' || t === 'number' || t === 'string') {
      second.push(`CASE WHEN count(DISTINCT ${v}) <= ${MAX_PROPOSED_ALLOWED_VALUES} THEN list_sort(list(DISTINCT ${v})) END`);
    }
  });
  const measured = await read(`SELECT ${second.join(', ')} FROM ${table.relation()}`);
  at = 0;
  const columns: Record<string, ColumnExpectations> = {};
  cols.forEach((c, i) => {
    const { nonNull, type } = types[i]!;
    const spec: { -readonly [K in keyof ColumnExpectations]: ColumnExpectations[K] } = {};
    if (type) spec.type = type;
    if (nonNull === rows) spec.notNull = true;
    const distinct = Number(measured[at++]);
    if (type === 'integer' || type === 'number') {
      const [min, max] = [measured[at++], measured[at++]];
      if (min !== null) spec.min = Number(min);
      if (max !== null) spec.max = Number(max);
    }
    if (type === 'integer' || type === 'number' || type === 'string') {
      const list = measured[at++] as { items: unknown[] } | null;
      // A column that is all distinct is a key, not a category.
      if (list && list.items.length > 0 && distinct < nonNull) spec.allowedValues = list.items.map((v) => (type === 'string' ? String(v) : Number(v)));
    }
    if ((type === 'integer' || type === 'string') && nonNull > 0 && distinct === nonNull) spec.unique = true;
    columns[c.name] = spec;
  });
  return { name, columns };
}
