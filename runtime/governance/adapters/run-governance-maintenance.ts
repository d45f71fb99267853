import { type ObjectStorageClient } from 'oci-objectstorage';
import { type AuditAnchor, checkAuditAnchor } from '../check-audit-anchor';
import { GovernanceError } from '../governance-error';
import { type GovernanceStore } from '../store';
import { anchorAuditHead, type AnchorLocation, latestAuditAnchor } from './audit-anchor';
import { type DeliveryWorker } from './delivery-worker';

/** Exit codes of one maintenance run (`oci-mlops governance maintain` and the scheduled job's entry). */
export const MAINTENANCE_EXIT = { ok: 0, auditBroken: 1, notConfigured: 2, stepFailed: 6 } as const;

/** What the anchoring step did. */
export type AnchorStepResult =
  | { readonly status: 'anchored'; readonly sequence: number; readonly record_hash: string; readonly anchored_at: string }
  | { readonly status: 'empty' | 'not_configured' }
  | { readonly status: 'chain_broken'; readonly sequence: number; readonly error: string }
  | { readonly status: 'failed'; readonly error: string };

/** What the delivery step did. */
export type DrainStepResult =
  | { readonly status: 'drained'; readonly delivered: number; readonly dead: number }
  | { readonly status: 'failed'; readonly error: string };

/** The one JSON line a maintenance run prints. */
export interface GovernanceMaintenanceSummary {
  readonly event: 'governance_maintenance';
  /** True when every step did its work (an empty chain counts; a missing anchor bucket does not when it is required). */
  readonly ok: boolean;
  readonly exit_code: number;
  readonly anchor: AnchorStepResult;
  readonly deliveries: DrainStepResult;
}

/** The parts of an open governance runtime a maintenance run uses. */
export interface MaintenanceRuntime {
  readonly store: GovernanceStore;
  readonly worker: Pick<DeliveryWorker, 'drain'>;
  readonly config: { readonly anchor?: AnchorLocation };
  objectStorage(): Promise<Pick<ObjectStorageClient, 'putObject' | 'listObjects' | 'getObject'>>;
}

const message = (err: unknown) => {
  const e = err as { statusCode?: number; message?: string };
  return `${e.statusCode ? `${e.statusCode} ` : ''}${e.message ?? String(err)}`;
};

async function anchorStep(rt: MaintenanceRuntime, clock: () => Date): Promise<AnchorStepResult> {
  const where = rt.config.anchor;
  if (!where) return { status: 'not_configured' };
  try {
    const client = await rt.objectStorage();
    // A store rewritten since the last run verifies on its own but no longer matches the newest anchor.
    const latest = await latestAuditAnchor(client, where);
    if (latest) {
      const problem = checkAuditAnchor(await rt.store.getAuditRecord(latest.sequence), latest);
      if (problem) return { status: 'chain_broken', sequence: latest.sequence, error: `audit chain broken at record ${latest.sequence}: ${problem}` };
    }
    const anchor: AuditAnchor | null = await anchorAuditHead(client, rt.store, where, clock);
    return anchor ? { status: 'anchored', ...anchor } : { status: 'empty' };
  } catch (err) {
    if (err instanceof GovernanceError && err.code === 'conflict' && typeof err.details.sequence === 'number') {
      return { status: 'chain_broken', sequence: err.details.sequence, error: err.message };
    }
    return { status: 'failed', error: `anchoring failed: ${message(err)}` };
  }
}

/**
 * One run of the governance runtime's periodic work, as the scheduled Data Science job runs it: checks
 * the store against the newest audit anchor, writes the chain head to the anchor bucket (verified
 * first), then sends every delivery left pending in the outbox. Both steps run even when the other
 * fails; neither throws.
 *
 * Exit code: 1 when the chain does not verify or no longer matches its newest anchor (the chain is
 * not anchored then); 6 when a step failed (Object Storage, store or outbox error); 2 when
 * `requireAnchor` is set but no anchor bucket is configured; 0 otherwise. Dead letters are reported,
 * not failures: an operator replays them.
 *
 * @param rt - the open runtime (store, delivery worker, anchor location, Object Storage client)
 * @param opts - `requireAnchor`: a missing anchor bucket fails the run (the cloud job sets it); `clock` for `anchored_at`
 * @returns the summary to print as one JSON line, with its exit code
 * @example
 * const summary = await runGovernanceMaintenance(rt, { requireAnchor: true });
 * process.stdout.write(`${JSON.stringify(summary)}\n`); process.exitCode = summary.exit_code;
 */
export async function runGovernanceMaintenance(
  rt: MaintenanceRuntime,
  opts: { readonly requireAnchor?: boolean; readonly clock?: () => Date } = {},
): Promise<GovernanceMaintenanceSummary> {
  const anchor = await anchorStep(rt, opts.clock ?? (() => new Date()));
  let deliveries: DrainStepResult;
  try {
    deliveries = { status: 'drained', ...(await rt.worker.drain()) };
  } catch (err) {
    deliveries = { status: 'failed', error: `draining deliveries failed: ${message(err)}` };
  }
  const missingAnchor = anchor.status === 'not_configured' && opts.requireAnchor === true;
  const exit = anchor.status === 'chain_broken' ? MAINTENANCE_EXIT.auditBroken
    : anchor.status === 'failed' || deliveries.status === 'failed' ? MAINTENANCE_EXIT.stepFailed
      : missingAnchor ? MAINTENANCE_EXIT.notConfigured : MAINTENANCE_EXIT.ok;
  return { event: 'governance_maintenance', ok: exit === MAINTENANCE_EXIT.ok, exit_code: exit, anchor, deliveries };
}
