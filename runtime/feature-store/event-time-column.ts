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

/**
 * Fills the times `eventTimeColumnSql` left NULL in a connection-local table, by rowid: each is
 * parsed by `parseEventTime`, which either gives the value (rarer forms, such as a tab around the
 * text) or names the problem.
 *
 * @param connection - where the table is
 * @param at - the table, its microsecond column, and the raw time column beside it
 * @param rowLabel - how errors name row `i` of the source (`line 12`, `row 11`)
 * @throws TableInputError naming the row and column of an empty or unreadable time
 */
export async function repairEventTimes(connection: DuckDBConnection, at: { readonly table: string; readonly time: string; readonly raw: string }, rowLabel: (row: number) => string): Promise<void> {
  const [table, time, raw] = [q(at.table), q(at.time), q(at.raw)];
  for (;;) {
    const rows = (await connection.runAndReadAll(`SELECT rowid, CAST(${raw} AS VARCHAR) FROM ${table} WHERE ${time} IS NULL ORDER BY rowid LIMIT 1000`)).getRows();
    if (rows.length === 0) return;
    for (const [i, cell] of rows) {
      const row = Number(i);
      let micros: number;
      try {
        if (cell === null || cell === '') throw new Error('the time is empty');
        micros = parseEventTime(String(cell));
      } catch (err) {
        throw new TableInputError(`${rowLabel(row)} column "${at.raw}": ${(err as Error).message.replace(/^parseEventTime: /, '')}`);
      }
      await connection.run(`UPDATE ${table} SET ${time} = ${micros} WHERE rowid = ${row}`);
    }
  }
}
