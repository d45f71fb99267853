import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { type OracleConnection, type OraclePool, type OracleTypes } from '../../runtime/feature-store/adapters/oracle-client';
import { OracleFeatureRegistry } from '../../runtime/feature-store/adapters/oracle-feature-registry';
import { OracleOfflineStore } from '../../runtime/feature-store/adapters/oracle-offline-store';
import { OracleOnlineStore } from '../../runtime/feature-store/adapters/oracle-online-store';

/** Bind types for the stand-in (DuckDB infers types from the values; the stores only pass these through). */
export const STAND_IN_TYPES: OracleTypes = { varchar: 'VARCHAR', number: 'NUMBER', binaryDouble: 'BINARY_DOUBLE', outFormatArray: 'ARRAY' };

/**
 * The Oracle-only words the feature store's SQL uses, and their DuckDB equivalents. Everything else
 * (window functions, RANGE frames, DELETE ... WHERE EXISTS, INSERT ... SELECT, MERGE, ROW_NUMBER)
 * runs as the store wrote it: that is where the dialects meet.
 */
const REWRITES: [RegExp, string | ((...groups: string[]) => string)][] = [
  [/:(\d+)/g, '$$$1'],
  [/\bVARCHAR2\(\d+(?: CHAR)?\)/g, 'VARCHAR'],
  [/\bNUMBER\(\d+\)/g, 'BIGINT'],
  [/\bBINARY_DOUBLE\b/g, 'DOUBLE'],
  [/\bCLOB\b/g, 'VARCHAR'],
  [/\bTIMESTAMP WITH TIME ZONE\b/g, 'TIMESTAMPTZ'],
  [/\bSYSTIMESTAMP\b/g, 'current_timestamp'],
  [/ CHECK \(\w+ IS JSON\)/g, ''],
  [/\) ORGANIZATION INDEX$/, ')'],
  [/^ALTER TABLE (\S+) ADD \((\S+) (.+)\)$/s, 'ALTER TABLE $1 ADD COLUMN $2 $3'],
  // Oracle conditions a MERGE update with a trailing WHERE and qualifies the columns it sets; DuckDB
  // takes WHEN MATCHED AND and bare column names.
  [/WHEN MATCHED THEN UPDATE SET (.+?)(?: WHERE (.+?))?\s+WHEN NOT MATCHED/s, (_, set: string, where?: string) =>
    `WHEN MATCHED${where ? ` AND ${where}` : ''} THEN UPDATE SET ${set.replace(/(^|, )\w+\.("[^"]*"|\w+) = /g, '$1$2 = ')} WHEN NOT MATCHED`],
];

/** DuckDB errors as the Oracle errors the stores handle (`executeDdl`) or report. */
function asOracleError(err: Error): Error {
  const m = err.message;
  if (/Catalog Error: Column with name .* already exists/.test(m)) return new Error(`ORA-01430: column being added already exists in table (${m})`);
  if (/Catalog Error: .* with name .* already exists/.test(m)) return new Error(`ORA-00955: name is already used by an existing object (${m})`);
  if (/Duplicate key .* violates (primary key|unique) constraint/.test(m)) return new Error(`ORA-00001: unique constraint violated (${m})`);
  return err;
}

const fromDuck = (v: DuckDBValue): unknown => (typeof v === 'bigint' ? Number(v) : v === null || typeof v !== 'object' ? v : String(v));

/**
 * A stand-in for Autonomous Database: an `OraclePool` whose connections run the feature store's
 * Oracle SQL on an in-memory DuckDB database, one DuckDB connection per pooled connection (its own
 * transaction and temporary tables, like an Oracle session). It keeps Oracle's semantics where the
 * stores depend on them: statements run in a transaction until commit or rollback; DDL commits first
 * and runs on its own; private temporary tables are dropped at the end of the transaction; LOCK
 * TABLE is a no-op (one test at a time); NVL, DUAL, USER_TAB_COLUMNS and USER_EXTERNAL_TABLES exist;
 * the errors the stores handle come back as ORA-00955, ORA-01430 and ORA-00001. Types and bind
 * markers are rewritten (`REWRITES`). What it cannot show: Oracle's parser, optimiser, locking and
 * type conversions, which only a real database does (store-contract.test.ts with connection settings).
 */
export class OracleOnDuckDb implements OraclePool {
  private constructor(private readonly instance: DuckDBInstance) {}

  static async create(): Promise<OracleOnDuckDb> {
    const instance = await DuckDBInstance.create(':memory:');
    const setup = await instance.connect();
    await setup.run('CREATE MACRO nvl(a, b) AS coalesce(a, b)');
    await setup.run("CREATE TABLE dual AS SELECT 'X' AS dummy");
    await setup.run("CREATE VIEW user_tab_columns AS SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main'");
    await setup.run('CREATE TABLE user_external_tables (table_name VARCHAR)');
    setup.closeSync();
    return new OracleOnDuckDb(instance);
  }

  async getConnection(): Promise<OracleConnection> {
    return new StandInConnection(await this.instance.connect());
  }

  async close(): Promise<void> {
    this.instance.closeSync();
  }
}

class StandInConnection implements OracleConnection {
  private open = false;
  private readonly privateTables: string[] = [];

  constructor(private readonly duck: DuckDBConnection) {}

  async execute(sql: string, binds: readonly unknown[] = []): Promise<{ rows?: unknown[][]; rowsAffected?: number }> {
    const text = sql.trim();
    if (/^LOCK TABLE /.test(text)) return {};
    const ptt = /^CREATE PRIVATE TEMPORARY TABLE (\S+) (.*) ON COMMIT DROP DEFINITION$/s.exec(text);
    if (/^(CREATE|ALTER) /.test(text) && !ptt) {
      // Oracle commits before and after DDL.
      await this.end('COMMIT');
      return this.run(rewrite(text), binds);
    }
    await this.begin();
    if (ptt) {
      this.privateTables.push(ptt[1]!);
      return this.run(`CREATE TEMP TABLE ${ptt[1]} ${rewrite(ptt[2]!)}`, binds);
    }
    return this.run(rewrite(text), binds);
  }

  async executeMany(sql: string, binds: readonly (readonly unknown[])[]): Promise<{ rowsAffected?: number }> {
    await this.begin();
    const statement = await this.duck.prepare(rewrite(sql.trim()));
    let rowsAffected = 0;
    try {
      for (const row of binds) {
        statement.bind(row as DuckDBValue[]);
        rowsAffected += Number((await statement.run()).rowsChanged);
      }
    } catch (err) {
      throw asOracleError(err as Error);
    }
    return { rowsAffected };
  }

  async commit(): Promise<void> {
    await this.end('COMMIT');
  }

  async rollback(): Promise<void> {
    await this.end('ROLLBACK');
  }

  async close(): Promise<void> {
    await this.end('ROLLBACK');
    this.duck.closeSync();
  }

  private async run(sql: string, binds: readonly unknown[]): Promise<{ rows?: unknown[][]; rowsAffected?: number }> {
    try {
      const result = await this.duck.runAndReadAll(sql, binds as DuckDBValue[]);
      if (/^(INSERT|UPDATE|DELETE|MERGE) /i.test(sql)) return { rowsAffected: Number(result.rowsChanged) };
      return { rows: result.getRows().map((row) => row.map(fromDuck)) };
    } catch (err) {
      throw asOracleError(err as Error);
    }
  }

  private async begin(): Promise<void> {
    if (this.open) return;
    await this.duck.run('BEGIN TRANSACTION');
    this.open = true;
  }

  private async end(how: 'COMMIT' | 'ROLLBACK'): Promise<void> {
    if (this.open) {
      this.open = false;
      await this.duck.run(how);
    }
    // ON COMMIT DROP DEFINITION: the private tables go with the transaction.
    for (const name of this.privateTables.splice(0)) await this.duck.run(`DROP TABLE IF EXISTS ${name}`);
  }
}

function rewrite(sql: string): string {
  return REWRITES.reduce((text, [from, to]) => text.replace(from, to as string), sql);
}

/** The three Autonomous Database stores on one stand-in database, with `close()` like `openOracleFeatureStore` (the database stays open). */
export async function openOracleStoresOnDuckDb(db: OracleOnDuckDb): Promise<{ registry: OracleFeatureRegistry; offline: OracleOfflineStore; online: OracleOnlineStore; close(): Promise<void> }> {
  // One after another: DuckDB serialises catalog changes that Oracle would run side by side.
  const registry = await OracleFeatureRegistry.create(db, STAND_IN_TYPES);
  const offline = await OracleOfflineStore.create(db, STAND_IN_TYPES);
  const online = await OracleOnlineStore.create(db, STAND_IN_TYPES);
  return { registry, offline, online, close: async () => undefined };
}
