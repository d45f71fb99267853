import { type DuckDBConnection } from '@duckdb/node-api';
import { quoteIdent as q } from '../data/quote-sql';
import { TableInputError } from '../data/table-input-error';
import { eventTimeMicrosSql } from './event-time-sql';
import { parseEventTime } from './parse-event-time';

const INTEGER_TYPES = new Set(['TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'UTINYINT', 'USMALLINT', 'UINTEGER']);

/**
 * A DuckDB expression giving a time column of a table in epoch microseconds, as `parseEventTime`
 * reads times: text through `eventTimeMicrosSql` (NULL where its fast path cannot tell: repair those
 * rows with `repairEventTimes`), whole numbers as epoch seconds (|s| <= 1e11, NULL beyond),
 * TIMESTAMP WITH TIME ZONE as it is. Every feature-store path that reads times from a table uses it,
 * so a time means the same in `pit-join`, `ingest` and `compute`.
 *
 * @param table - the table's name in errors and its columns with DuckDB types
 * @param column - the time column
 * @returns SQL of type BIGINT over the table's columns
 * @throws TableInputError naming the table and column when its type holds no instant (a timestamp
 *   without a zone, a fractional number)
 * @example
 * eventTimeColumnSql({ name: 'events.csv', columns: [{ name: 'ts', type: 'VARCHAR' }] }, 'ts');
 */
export function eventTimeColumnSql(table: { readonly name: string; readonly columns: readonly { readonly name: string; readonly type: string }[] }, column: string): string {
  const type = table.columns.find((c) => c.name === column)!.type;
  if (type === 'VARCHAR') return eventTimeMicrosSql(q(column));
  if (type === 'TIMESTAMP WITH TIME ZONE') return `epoch_us(${q(column)})`;
  if (INTEGER_TYPES.has(type)) return `CASE WHEN abs(${q(column)}) <= 100000000000 THEN CAST(${q(column)} AS BIGINT) * 1000000 END`;
  throw new TableInputError(`${table.name} column "${column}" is ${type}; a time must be text (epoch seconds or ISO 8601 with a zone), whole epoch seconds, or a timestamp with a time zone`);
}

/** Where `repairEventTimes` works: the table, its microsecond column, the raw time text beside it, and how errors name things. */
export interface EventTimeRepair {
  readonly table: string;
  /** The microsecond column `eventTimeColumnSql` filled (NULL where it could not tell). */
  readonly time: string;
  /** The column holding the time as read (cast to text). */
  readonly raw: string;
  /** How errors name the time (`column "ts"`, `event time "ts"`). */
  readonly label: string;
  /**
   * A column holding an earlier check's message for its row (NULL where the row passed): rows are
   * judged in file order, so the first bad row is reported whichever check it failed.
   * @default - none
   */
  readonly failed?: string;
}

/**
 * Fills the times `eventTimeColumnSql` left NULL in a connection-local table, by rowid: each is
 * parsed by `parseEventTime`, which either gives the value (rarer forms, such as a tab around the
 * text) or names the problem. Such rows are rare, so they are read a thousand at a time.
 *
 * @param connection - where the table is
 * @param at - the table, its columns and the time's label
 * @param where - how errors name row `i` of the source (`line 12`, `events.csv: row 11:`)
 * @throws TableInputError `<where> <label>: <problem>` for an empty or unreadable time, or
 *   `<where> <message>` for the first row an earlier check failed
 */
export async function repairEventTimes(connection: DuckDBConnection, at: EventTimeRepair, where: (row: number) => string): Promise<void> {
  const [table, time, raw] = [q(at.table), q(at.time), q(at.raw)];
  const failed = at.failed === undefined ? 'NULL' : q(at.failed);
  const pending = at.failed === undefined ? `${time} IS NULL` : `${time} IS NULL OR ${failed} IS NOT NULL`;
  for (;;) {
    const rows = (await connection.runAndReadAll(`SELECT rowid, ${failed}, CAST(${raw} AS VARCHAR) FROM ${table} WHERE ${pending} ORDER BY rowid LIMIT 1000`)).getRows();
    if (rows.length === 0) return;
    for (const [i, message, cell] of rows) {
      const row = Number(i);
      if (message !== null) throw new TableInputError(`${where(row)} ${String(message)}`);
      let micros: number;
      try {
        if (cell === null || cell === '') throw new Error('the time is empty');
        micros = parseEventTime(String(cell));
      } catch (err) {
        throw new TableInputError(`${where(row)} ${at.label}: ${(err as Error).message.replace(/^parseEventTime: /, '')}`);
      }
      await connection.run(`UPDATE ${table} SET ${time} = ${micros} WHERE rowid = ${row}`);
    }
  }
}
