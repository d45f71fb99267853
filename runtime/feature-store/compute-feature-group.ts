import { type DuckDBConnection } from '@duckdb/node-api';
import { type DataTable, quoteIdent as q, TableInputError } from '../data';
import { asOfAggregationSql, rollingAggregationSql } from './aggregation-sql';
import { type FeatureGroupDefinition } from './feature-group-schema';
import { loadSourceEvents } from './load-source-events';

/**
 * Computed rows of a feature group in a temporary DuckDB table, stored in output order (keys, time,
 * source order; or the entities' order for an as-of), which DuckDB keeps as the table's row order.
 */
export interface ComputedRows {
  /** Temporary table: the entity keys (text), `"__event_time_us"`, `"__i"`, one column per aggregation. */
  readonly table: string;
  readonly rows: number;
  /** The aggregation (feature) columns, in definition order. */
  readonly features: readonly string[];
}

export interface ComputeFeatureGroupOptions {
  /**
   * Compute at this one time (epoch microseconds) for the entities of `entities`, one row per entity
   * row in its order, instead of one row per source row at its own time.
   * @default - one row per source row
   */
  readonly asOfUs?: number;
  /** The entities of an as-of computation: a table with the group's entity key columns. Required with `asOfUs`. */
  readonly entities?: DataTable;
  /**
   * Only source rows at or after this time get an output row; the earlier ones are context (the
   * ingestion job recomputes only what new events changed).
   * @default - every row
   */
  readonly outputFromUs?: number;
}

let counter = 0;

/**
 * Computes a feature group's declared aggregations point-in-time correct on DuckDB: per source row,
 * each aggregation over the entity's rows with event time in (t - window, t] (see
 * `rollingAggregationSql`), or per entity at one time (`asOfAggregationSql`). The result stays in
 * DuckDB for `writeComputedRows` or the offline store.
 *
 * @param connection - the DuckDB connection `source` (and `entities`) were opened on
 * @param definition - a feature group with `source` and `aggregations`
 * @param source - the raw events
 * @param opts - as-of time and entities, or the time output starts at
 * @returns the temporary table of computed rows (drop it with `dropComputedRows`)
 * @throws SourceColumnError / TableInputError for missing columns and bad cells (naming table, column, line)
 * @example
 * const session = await DataSession.create();
 * const rows = await computeFeatureGroup(session.connection, definition, await session.open('events.csv'));
 * await writeComputedRows(session, definition, rows, 'features.csv');
 */
export async function computeFeatureGroup(connection: DuckDBConnection, definition: FeatureGroupDefinition, source: DataTable, opts: ComputeFeatureGroupOptions = {}): Promise<ComputedRows> {
  const aggregations = definition.aggregations ?? [];
  const events = await loadSourceEvents(connection, source, definition);
  const keys = definition.entityKeys.map(q);
  const names = aggregations.map((a) => q(a.name));
  const table = `__computed_${process.pid}_${++counter}`;
  const spec = { dialect: 'duckdb' as const, events: events.relation, keyColumns: definition.entityKeys, aggregations };
  try {
    if (opts.asOfUs === undefined) {
      const sql = rollingAggregationSql(spec, { outputFromUs: opts.outputFromUs, columns: [...keys, '"__t" AS "__event_time_us"', '"__i"', ...names].map((c) => `b3.${c}`) });
      await connection.run(`CREATE TEMP TABLE ${q(table)} AS ${sql}`);
      return { table, rows: await count(connection, table), features: aggregations.map((a) => a.name) };
    }
    if (!opts.entities) throw new Error('computeFeatureGroup: an as-of computation needs the entities table');
    const entities = await loadEntities(connection, opts.entities, definition.entityKeys);
    try {
      const sql = asOfAggregationSql(spec, q(entities), opts.asOfUs);
      await connection.run(`CREATE TEMP TABLE ${q(table)} AS SELECT ${[...keys.map((k) => `e.${k}`), `CAST(${opts.asOfUs} AS BIGINT) AS "__event_time_us"`, 'e."__idx" AS "__i"', ...names.map((n) => `a.${n}`)].join(', ')} FROM ${q(entities)} e JOIN (${sql}) a ON a."__idx" = e."__idx" ORDER BY e."__idx"`);
    } finally {
      await connection.run(`DROP TABLE IF EXISTS ${q(entities)}`);
    }
    return { table, rows: await count(connection, table), features: aggregations.map((a) => a.name) };
  } finally {
    await connection.run(`DROP TABLE IF EXISTS ${q(events.table)}`);
  }
}

/** Drops the temporary table of computed rows. */
export async function dropComputedRows(connection: DuckDBConnection, rows: ComputedRows): Promise<void> {
  await connection.run(`DROP TABLE IF EXISTS ${q(rows.table)}`);
}

/**
 * The SQL of computed rows as an output table: the entity keys, the group's event-time column (ISO
 * 8601 UTC text in CSV, TIMESTAMP WITH TIME ZONE in Parquet) and the aggregations, in output order.
 *
 * @param definition - the group (its keys and event-time column name the output columns)
 * @param rows - from `computeFeatureGroup`
 * @param format - `csv` or `parquet`
 */
export function computedRowsSql(definition: FeatureGroupDefinition, rows: ComputedRows, format: 'csv' | 'parquet'): string {
  const us = '"__event_time_us"';
  const time = format === 'parquet'
    ? `timezone('UTC', make_timestamp(${us}))`
    : `strftime(make_timestamp(${us}), '%Y-%m-%dT%H:%M:%S') || CASE WHEN ${us} % 1000000 = 0 THEN '' ELSE '.' || lpad(CAST((${us} % 1000000 + 1000000) % 1000000 AS VARCHAR), 6, '0') END || 'Z'`;
  const columns = [...definition.entityKeys.map(q), `${time} AS ${q(definition.eventTimeColumn)}`, ...rows.features.map(q)];
  // No ORDER BY: the rows are stored in output order, and DuckDB reads (and COPY writes) in that order.
  return `SELECT ${columns.join(', ')} FROM ${q(rows.table)}`;
}

/** The entity table of an as-of computation: `"__idx"` (its row order) and the keys as text, none empty. */
async function loadEntities(connection: DuckDBConnection, entities: DataTable, keys: readonly string[]): Promise<string> {
  entities.requireColumns(keys, 'entity key');
  const name = `__entities_${process.pid}_${++counter}`;
  await connection.run(`CREATE TEMP TABLE ${q(name)} AS SELECT ${keys.map((k) => `CAST(${q(k)} AS VARCHAR) AS ${q(k)}`).join(', ')} FROM ${entities.relation()}`);
  const empty = (await connection.runAndReadAll(`SELECT rowid FROM ${q(name)} WHERE ${keys.map((k) => `${q(k)} IS NULL`).join(' OR ')} ORDER BY rowid LIMIT 1`)).getRows()[0];
  if (empty) {
    await connection.run(`DROP TABLE ${q(name)}`);
    throw new TableInputError(`${entities.source}: ${entities.rowLabel(Number(empty[0]))}: an entity key is empty (${keys.join(', ')})`);
  }
  await connection.run(`ALTER TABLE ${q(name)} ADD COLUMN "__idx" BIGINT`);
  await connection.run(`UPDATE ${q(name)} SET "__idx" = rowid`);
  return name;
}

async function count(connection: DuckDBConnection, table: string): Promise<number> {
  return Number((await connection.runAndReadAll(`SELECT count(*) FROM ${q(table)}`)).getColumns()[0]![0]);
}
