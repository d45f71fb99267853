import { quoteIdent as q } from '../data/quote-sql';
import { type Aggregation, windowSeconds } from './aggregation-schema';
import { type AggregationSqlDialect, rollingAggregationSql } from './aggregation-sql';

export interface IncrementalAggregationSpec {
  readonly dialect: AggregationSqlDialect;
  /**
   * The group's stored raw events (a table name, quoted by this function): the key columns,
   * `"__event_time_us"`, the source `columns`, `"__id"` (unique per event) and `"__seq"` (source order).
   */
  readonly eventsTable: string;
  /** The poll's events (a table name, quoted): the same columns but `"__n"` (place in the poll) for `"__seq"`. */
  readonly stageTable: string;
  readonly keyColumns: readonly string[];
  /** The source columns the aggregations read, as stored. */
  readonly columns: readonly string[];
  readonly aggregations: readonly Aggregation[];
}

/** The statements of one incremental step, run in this order on the store's connection. */
export interface IncrementalAggregationStatements {
  /** Deletes from the stage the events whose id is stored already (a replayed poll), so none counts twice. */
  readonly dropStored: string;
  /** One row: the number of staged (new) events and the earliest time among them. */
  readonly summary: string;
  /** Appends the staged events to the stored ones, numbered after them in poll order. */
  readonly insertEvents: string;
  /**
   * The feature rows at or after `fromUs` (the earliest new event) of the entities in the stage,
   * computed from their stored events after `fromUs` minus the largest window: keys,
   * `"__event_time_us"` and one column per aggregation, one row per (keys, time).
   */
  featureRows(fromUs: number): string;
}

/**
 * The SQL of the ingestion job's incremental aggregation step, for the embedded store (DuckDB) and
 * Autonomous Database alike: store the new events of a poll, then recompute only what they change.
 * A new event at time t changes the rows of its entity in [t, t + window); reading back that
 * entity's events after (earliest new time - largest window) gives every row at or after the
 * earliest new time its full windows, so the rows written equal a computation over all events
 * (incremental = batch). Portable SQL only (no QUALIFY, no table-alias AS), so one text runs on both.
 *
 * @param spec - the events and stage tables, keys, stored columns, aggregations and dialect
 * @returns the statements of the step
 * @throws Error when there is no aggregation or no key column (from `rollingAggregationSql`)
 * @example
 * const sql = incrementalAggregationSql({ dialect: 'oracle', eventsTable: 'fe__cards', stageTable: 'ORA$PTT_FS_EVENTS', keyColumns: ['card'], columns: ['amount'], aggregations });
 * sql.featureRows(1714521600000000); // SELECT "card", "__t" AS "__event_time_us", ... WHERE "__last" = 1
 */
export function incrementalAggregationSql(spec: IncrementalAggregationSpec): IncrementalAggregationStatements {
  const table = q(spec.eventsTable);
  const stage = q(spec.stageTable);
  const keys = spec.keyColumns.map(q);
  const list = [...keys, '"__event_time_us"', ...spec.columns.map(q), '"__id"'].join(', ');
  const longestUs = Math.max(...spec.aggregations.map((a) => windowSeconds(a.window))) * 1_000_000;
  return {
    // A replay has the same times, so the time bounds prune the scan where ids are not indexed.
    dropStored: `DELETE FROM ${stage} s WHERE EXISTS (SELECT 1 FROM ${table} t WHERE t."__id" = s."__id"
      AND t."__event_time_us" BETWEEN (SELECT MIN("__event_time_us") FROM ${stage}) AND (SELECT MAX("__event_time_us") FROM ${stage}))`,
    summary: `SELECT COUNT(*), MIN("__event_time_us") FROM ${stage}`,
    insertEvents: `INSERT INTO ${table} (${list}, "__seq") SELECT ${list}, (SELECT COALESCE(MAX("__seq"), 0) FROM ${table}) + "__n" + 1 FROM ${stage}`,
    featureRows: (fromUs) => {
      const read = `(SELECT ${[...keys.map((k) => `e.${k}`), 'e."__event_time_us" AS "__t"', 'e."__seq" AS "__i"', ...spec.columns.map((c) => `e.${q(c)}`)].join(', ')} FROM ${table} e
        WHERE e."__event_time_us" > ${fromUs - longestUs} AND EXISTS (SELECT 1 FROM ${stage} s WHERE ${keys.map((k) => `s.${k} = e.${k}`).join(' AND ')}))`;
      const rolling = rollingAggregationSql({ dialect: spec.dialect, events: read, keyColumns: spec.keyColumns, aggregations: spec.aggregations }, { outputFromUs: fromUs });
      const features = spec.aggregations.map((a) => q(a.name));
      // Tied events hold the same values (their windows are the same): one row per (keys, time).
      return `SELECT ${[...keys, '"__t" AS "__event_time_us"', ...features].join(', ')} FROM (
        SELECT r.*, ROW_NUMBER() OVER (PARTITION BY ${[...keys, '"__t"'].join(', ')} ORDER BY "__i" DESC) AS "__last" FROM (${rolling}) r) r1
        WHERE "__last" = 1`;
    },
  };
}
