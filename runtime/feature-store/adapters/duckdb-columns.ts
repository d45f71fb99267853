import { BIGINT, BOOLEAN, DOUBLE, DuckDBDataChunk, VARCHAR, type DuckDBConnection, type DuckDBType, type DuckDBValue } from '@duckdb/node-api';
import { type FeatureType } from '../feature-group-schema';
import { type FeatureValue } from '../types';

/** DuckDB column type of each feature type. */
export const DUCKDB_TYPES: Record<FeatureType, { sql: string; type: DuckDBType }> = {
  int64: { sql: 'BIGINT', type: BIGINT },
  float64: { sql: 'DOUBLE', type: DOUBLE },
  string: { sql: 'VARCHAR', type: VARCHAR },
  bool: { sql: 'BOOLEAN', type: BOOLEAN },
};

const CHUNK_ROWS = 2048;

/**
 * Appends columns to an existing table through DuckDB's appender, one data chunk (2048 rows) at a
 * time: a bulk, columnar load, not row-at-a-time INSERTs. BIGINT columns take JS numbers.
 */
export async function appendColumns(
  connection: DuckDBConnection,
  table: string,
  types: readonly DuckDBType[],
  columns: readonly (readonly (DuckDBValue | number | undefined)[])[],
  length: number,
): Promise<void> {
  const appender = await connection.createAppender(table);
  try {
    for (let offset = 0; offset < length; offset += CHUNK_ROWS) {
      const n = Math.min(CHUNK_ROWS, length - offset);
      const chunk = DuckDBDataChunk.create(types, n);
      types.forEach((type, c) => {
        const slice = columns[c]!.slice(offset, offset + n);
        chunk.setColumnValues(c, type === BIGINT ? slice.map((v) => (typeof v === 'number' ? BigInt(v) : (v ?? null))) : slice.map((v) => v ?? null));
      });
      appender.appendDataChunk(chunk);
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

/** Turns a DuckDB result value into a feature value: BIGINT to number (refusing unsafe ones). */
export function toFeatureValue(value: DuckDBValue, column: string): FeatureValue {
  if (value === null || typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') {
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new Error(`DuckDB column "${column}" holds ${value}, beyond a safe JS integer (+-(2^53-1))`);
    return n;
  }
  throw new Error(`DuckDB column "${column}" holds an unexpected value ${String(value)}`);
}

/** Runs `work` after every earlier call through the same lock has settled: one transaction at a time per connection. */
export function createLock(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>) => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
}
