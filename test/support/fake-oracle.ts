import { type OracleConnection, type OraclePool } from '../../runtime/feature-store/adapters/oracle-client';

/** The first four words of a statement: enough to tell the statements apart. */
const words = (sql: string) => sql.trim().split(/\s+/).slice(0, 4).join(' ');

/**
 * A recording fake of an Autonomous Database pool: logs the first words of each statement, commits,
 * rollbacks and releases, keeps bulk binds, and answers each statement with `answer` (an Error fails it).
 */
export class FakeOracle implements OraclePool {
  readonly log: string[] = [];
  readonly many: { sql: string; binds: readonly (readonly unknown[])[]; options?: Readonly<Record<string, unknown>> }[] = [];
  constructor(private readonly answer: (sql: string, binds?: readonly unknown[]) => { rows?: unknown[][]; rowsAffected?: number } | Error = () => ({})) {}
  async getConnection(): Promise<OracleConnection> {
    const log = this.log;
    return {
      execute: async (sql, binds) => {
        log.push(words(sql));
        const a = this.answer(sql, binds);
        if (a instanceof Error) throw a;
        return a;
      },
      executeMany: async (sql, binds, options) => {
        log.push(`MANY ${words(sql)}`);
        this.many.push({ sql, binds, options });
        return { rowsAffected: binds.length };
      },
      commit: async () => void log.push('COMMIT'),
      rollback: async () => void log.push('ROLLBACK'),
      close: async () => void log.push('CLOSE'),
    };
  }
  async close(): Promise<void> {}
}
