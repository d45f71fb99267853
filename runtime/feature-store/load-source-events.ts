import { type DuckDBConnection } from '@duckdb/node-api';
import { type DataTable, quoteIdent as q, quoteLiteral, TableInputError } from '../data';
import { type FeatureGroupDefinition } from './feature-group-schema';
import { type SourceColumnKind, sourceColumnKinds } from './source-column-kinds';

/** A source column the definition names that the table does not have; `path` locates the name in the definition. */
export class SourceColumnError extends TableInputError {
  constructor(
    message: string,
    /** Where the definition names the column (`aggregations.3.column`), for file:line:col messages. */
    readonly path: readonly (string | number)[],
  ) {
    super(message);
  }
}

/** Source events loaded into a DuckDB table, ready for `rollingAggregationSql` / `asOfAggregationSql`. */
export interface SourceEvents {
  /** The relation to pass as `events`: keys, `"__t"`, `"__i"` and the typed columns. */
  readonly relation: string;
  /** The table itself, to drop when done. */
  readonly table: string;
  readonly rows: number;
}

let counter = 0;

/**
 * Loads the raw events of a computed feature group from a table into a temporary DuckDB table with
 * the columns the aggregation SQL reads: the entity keys as text, `"__t"` (epoch microseconds, from
 * epoch seconds or an ISO 8601 date-time with a zone in text, or a Parquet timestamp or integer of
 * seconds), `"__i"` (the row's place in the file) and each source column the aggregations read, as a
 * number, a boolean or text. Every row is checked in the same scan; the first bad cell is reported.
 *
 * @param connection - the DuckDB connection the table was opened on
 * @param table - the source table (`DataSession.open`)
 * @param definition - a feature group with `source` and `aggregations`
 * @returns the loaded events
 * @throws SourceColumnError when the table lacks a column the definition names (with its path in the
 *   definition); TableInputError naming the table, the column and the line (CSV) or row (Parquet) of
 *   an empty entity key, a bad or empty event time, a cell that is not a finite number or a boolean
 * @example
 * const events = await loadSourceEvents(session.connection, await session.open('events.csv'), definition);
 */
export async function loadSourceEvents(connection: DuckDBConnection, table: DataTable, definition: FeatureGroupDefinition): Promise<SourceEvents> {
  if (!definition.source || !definition.aggregations) throw new Error(`loadSourceEvents: feature group "${definition.name}" declares no source and aggregations`);
  const timeColumn = definition.source.eventTimeColumn;
  const kinds = sourceColumnKinds(definition.aggregations);
  const need: [string, string, readonly (string | number)[]][] = [
    ...definition.entityKeys.map((k, i) => [k, 'entity key', ['entityKeys', i]] as [string, string, (string | number)[]]),
    [timeColumn, 'source event time', ['source', 'eventTimeColumn']],
    ...[...kinds].map(([c, use]) => [c, 'aggregated or filtered column', use.path] as [string, string, readonly (string | number)[]]),
  ];
  for (const [column, role, path] of need) {
    if (!table.has(column)) throw new SourceColumnError(`${table.source}: has no column "${column}" (${role}); columns: ${table.columnNames.join(', ')}`, path);
  }

  // The outer query reads raw cells as s."column": its own aliases reuse the names.
  const checks: string[] = definition.entityKeys.map((k) => `WHEN s.${q(k)} IS NULL THEN ${quoteLiteral(`entity key "${k}" is empty`)}`);
  const time = timeSql(table, timeColumn);
  checks.push(`WHEN s.${q(timeColumn)} IS NULL THEN ${quoteLiteral(`event time "${timeColumn}" is empty`)}`);
  checks.push(`WHEN s."__t" IS NULL THEN ${quoteLiteral(`event time "${timeColumn}": "`)} || CAST(s.${q(timeColumn)} AS VARCHAR) || '" is neither epoch seconds nor an ISO 8601 date-time with a zone (Z or an offset such as +02:00)'`);
  const typed: string[] = [];
  for (const [column, { kind }] of kinds) {
    const { sql, bad } = typedSql(table, column, kind);
    typed.push(`${sql} AS ${q(column)}`);
    if (bad) checks.push(`WHEN ${bad} THEN ${quoteLiteral(`column "${column}": "`)} || CAST(s.${q(column)} AS VARCHAR) || ${quoteLiteral(`" is not ${kind === 'bool' ? 'a boolean (true or false)' : 'a finite number'}`)}`);
  }
  const name = `__events_${process.pid}_${++counter}`;
  const keys = definition.entityKeys.map((k) => `CAST(s.${q(k)} AS VARCHAR) AS ${q(k)}`);
  // The checks read the raw cells, so they run in an inner query beside the typed values.
  const inner = `SELECT *, ${time} AS "__t" FROM ${table.relation()}`;
  const outer = `SELECT ${[...keys, 's."__t"', ...typed].join(', ')}, CASE ${checks.join(' ')} END AS "__bad" FROM (${inner}) s`;
  try {
    await connection.run(`CREATE TEMP TABLE ${q(name)} AS ${outer}`);
  } catch (err) {
    throw new TableInputError(`${table.source}: ${(err as Error).message.split('\n')[0]}`);
  }
  const bad = (await connection.runAndReadAll(`SELECT rowid, "__bad" FROM ${q(name)} WHERE "__bad" IS NOT NULL ORDER BY rowid LIMIT 1`)).getRows()[0];
  if (bad) {
    await connection.run(`DROP TABLE ${q(name)}`);
    throw new TableInputError(`${table.source}: ${table.rowLabel(Number(bad[0]))}: ${String(bad[1])}`);
  }
  const rows = Number((await connection.runAndReadAll(`SELECT count(*) FROM ${q(name)}`)).getColumns()[0]![0]);
  const columns = [...definition.entityKeys, '__t', ...kinds.keys()].map(q).join(', ');
  return { relation: `(SELECT ${columns}, rowid AS "__i" FROM ${q(name)})`, table: name, rows };
}

const INTEGER_TYPES = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/;
const ISO_WITH_ZONE = String.raw`^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6}0{0,3})?)?(Z|z|[+-][0-9]{2}(:?[0-9]{2})?)$`;

/** Epoch microseconds of the event time column, NULL where the cell is not a time. */
function timeSql(table: DataTable, column: string): string {
  const c = q(column);
  const type = table.typeOf(column);
  if (type === 'VARCHAR') {
    const text = `trim(${c})`;
    return `CASE WHEN regexp_full_match(${text}, '[+-]?[0-9]{1,12}') THEN CAST(${text} AS BIGINT) * 1000000 ` +
      `WHEN regexp_matches(${text}, '${ISO_WITH_ZONE}') THEN epoch_us(TRY_CAST(${text} AS TIMESTAMPTZ)) END`;
  }
  if (type.startsWith('TIMESTAMP')) return `epoch_us(${c})`;
  if (INTEGER_TYPES.test(type)) return `CAST(${c} AS BIGINT) * 1000000`;
  if (type === 'DOUBLE' || type === 'FLOAT' || type.startsWith('DECIMAL')) return `CAST(round(${c} * 1000000) AS BIGINT)`;
  throw new TableInputError(`${table.source}: event time column "${column}" is ${type}; expected a timestamp, epoch seconds or text`);
}

/** The column read as its kind, and the condition of a cell that does not convert (none when the type already fits). */
function typedSql(table: DataTable, column: string, kind: SourceColumnKind): { sql: string; bad?: string } {
  const c = `s.${q(column)}`;
  const type = table.typeOf(column);
  if (kind === 'any') return { sql: c };
  if (kind === 'text') return { sql: `CAST(${c} AS VARCHAR)` };
  if (kind === 'number') {
    const sql = type === 'VARCHAR' ? `TRY_CAST(${c} AS DOUBLE)` : `CAST(${c} AS DOUBLE)`;
    return { sql, bad: `${c} IS NOT NULL AND (${sql} IS NULL OR NOT isfinite(${sql}))` };
  }
  if (type === 'BOOLEAN') return { sql: c };
  const sql = type === 'VARCHAR' ? `TRY_CAST(trim(${c}) AS BOOLEAN)` : `(${c} <> 0)`;
  return { sql, bad: `${c} IS NOT NULL AND ${sql} IS NULL` };
}
