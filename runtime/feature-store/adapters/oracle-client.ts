import { createRequire } from 'node:module';

/**
 * The part of `oracledb` (thin mode) the Autonomous Database stores use. The package ships no type
 * declarations, so the stores take connections through this interface (tests can pass a fake).
 */
export interface OracleConnection {
  execute(sql: string, binds?: readonly unknown[], options?: Readonly<Record<string, unknown>>): Promise<{ rows?: unknown[][]; rowsAffected?: number }>;
  executeMany(sql: string, binds: readonly (readonly unknown[])[], options?: Readonly<Record<string, unknown>>): Promise<{ rowsAffected?: number }>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  close(): Promise<void>;
}

export interface OraclePool {
  getConnection(): Promise<OracleConnection>;
  close(drainTimeSec?: number): Promise<void>;
}

/** Bind types and fetch settings, taken from the loaded `oracledb` module. */
export interface OracleTypes {
  readonly varchar: unknown;
  readonly number: unknown;
  readonly binaryDouble: unknown;
  readonly outFormatArray: unknown;
}

interface OracleDbModule {
  createPool(attrs: Record<string, unknown>): Promise<OraclePool>;
  DB_TYPE_VARCHAR: unknown;
  DB_TYPE_NUMBER: unknown;
  DB_TYPE_BINARY_DOUBLE: unknown;
  OUT_FORMAT_ARRAY: unknown;
}

/** Loads `oracledb` only when a database store is opened, so the embedded stores never pay for it. */
export function loadOracleDb(): { createPool: OracleDbModule['createPool']; types: OracleTypes } {
  const oracledb = createRequire(__filename)('oracledb') as OracleDbModule;
  return {
    createPool: (attrs) => oracledb.createPool(attrs),
    types: { varchar: oracledb.DB_TYPE_VARCHAR, number: oracledb.DB_TYPE_NUMBER, binaryDouble: oracledb.DB_TYPE_BINARY_DOUBLE, outFormatArray: oracledb.OUT_FORMAT_ARRAY },
  };
}

/** Runs `work` on a pooled connection inside a transaction: commit on success, rollback on error, release always. */
export async function inTransaction<T>(pool: OraclePool, work: (c: OracleConnection) => Promise<T>): Promise<T> {
  const connection = await pool.getConnection();
  try {
    const result = await work(connection);
    await connection.commit();
    return result;
  } catch (err) {
    await connection.rollback().catch(() => undefined);
    throw err;
  } finally {
    await connection.close();
  }
}

/** Runs a DDL statement, treating "name is already used" (ORA-00955) and "column exists" (ORA-01430) as done. */
export async function executeDdl(connection: OracleConnection, sql: string): Promise<void> {
  try {
    await connection.execute(sql);
  } catch (err) {
    if (!/ORA-0(0955|1430)/.test((err as Error).message)) throw err;
  }
}
