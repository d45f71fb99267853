/**
 * Child process for the concurrent-decision test: opens the SQLite store, says "ready", waits for "go"
 * on stdin, then decides one approval request, holding its transaction open `holdMs` after reading the
 * request (a slow approver), and prints what happened as one JSON line.
 *
 * argv: dbFile requestId actor groups holdMs
 */
import { SqliteGovernanceStore } from '../../../../runtime/governance/adapters/sqlite-store';
import { GovernanceError } from '../../../../runtime/governance/governance-error';
import { GovernanceService } from '../../../../runtime/governance/governance-service';
import { parseApprovalPolicy } from '../../../../runtime/governance/parse-approval-policy';
import { type GovernanceStore, type GovernanceTx } from '../../../../runtime/governance/store';

const [file, requestId, actor, groups, holdMs] = process.argv.slice(2) as [string, string, string, string, string];
const inner = new SqliteGovernanceStore(file);
const timing: Record<string, number> = {};
const store: GovernanceStore = Object.assign(Object.create(inner) as GovernanceStore, {
  transaction: <T>(fn: (tx: GovernanceTx) => Promise<T>) => {
    timing.tryAt = Date.now();
    return inner.transaction(async (tx) => {
      timing.lockAt = Date.now();
      const slow: GovernanceTx = {
        ...tx,
        getApprovalRequest: async (id) => {
          const r = await tx.getApprovalRequest(id);
          await new Promise((resolve) => setTimeout(resolve, Number(holdMs)));
          return r;
        },
      };
      const result = await fn(slow);
      timing.commitAt = Date.now();
      return result;
    });
  },
});
const service = new GovernanceService({ store, policy: parseApprovalPolicy() });

process.stdout.write('ready\n');
process.stdin.once('data', () => {
  service
    .decide({ actor, groups: groups.split(',') }, requestId, 'approve')
    .then(
      () => ({ ok: true }),
      (err: unknown) => (err instanceof GovernanceError ? { ok: false, status: err.status, code: err.code, message: err.message } : { ok: false, error: String(err) }),
    )
    .then(async (result) => {
      process.stdout.write(`${JSON.stringify({ actor, ...result, ...timing })}\n`);
      await inner.close();
      process.exit(0);
    });
});
