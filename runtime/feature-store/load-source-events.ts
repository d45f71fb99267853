import { type DuckDBConnection } from '@duckdb/node-api';
import { type DataTable, quoteIdent as q, quoteLiteral, TableInputError } from '../data';
import { eventTimeColumnSql, repairEventTimes } from './event-time-column';
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
 * the columns the aggregation SQL reads: the entity keys as text, `"__t"` (epoch microseconds, read
 * as everywhere in the feature store: `eventTimeColumnSql`, then `parseEventTime` for what the SQL
 * cannot settle), `"__i"` (the row's place in the file) and each source column the aggregations read, as a
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
  // Times are read as everywhere in the feature store; the SQL leaves NULL what parseEventTime decides below.
  const time = eventTimeColumnSql({ name: table.source, columns: table.columns }, timeColumn);
  checks.push(`WHEN s.${q(timeColumn)} IS NULL THEN ${quoteLiteral(`event time "${timeColumn}" is empty`)}`);
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
  const raw = `CASE WHEN s."__t" IS NULL THEN CAST(s.${q(timeColumn)} AS VARCHAR) END AS "__raw_t"`;
  const outer = `SELECT ${[...keys, 's."__t"', ...typed, raw].join(', ')}, CASE ${checks.join(' ')} END AS "__bad" FROM (${inner}) s`;
  try {
    await connection.run(`CREATE TEMP TABLE ${q(name)} AS ${outer}`);
  } catch (err) {
    throw new TableInputError(`${table.source}: ${(err as Error).message.split('\n')[0]}`);
  }
  try {
    await repairEventTimes(connection, { table: name, time: '__t', raw: '__raw_t', label: `event time "${timeColumn}"`, failed: '__bad' }, (row) => `${table.source}: ${table.rowLabel(row)}:`);
  } catch (err) {
    await connection.run(`DROP TABLE ${q(name)}`);
    throw err;
  }
  const rows = Number((await connection.runAndReadAll(`SELECT count(*) FROM ${q(name)}`)).getColumns()[0]![0]);
  const columns = [...definition.entityKeys, '__t', ...kinds.keys()].map(q).join(', ');
  return { relation: `(SELECT ${columns}, rowid AS "__i" FROM ${q(name)})`, table: name, rows };
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
