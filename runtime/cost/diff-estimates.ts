import { type CostEstimate } from './cost-types';
import { roundCost } from './round-cost';

/** How one resource's (or stack's) monthly cost changes from the compared estimate to this one. */
export interface CostChange {
  readonly stack: string;
  /** Resource address; undefined for the stack's own line. */
  readonly address?: string;
  readonly change: 'added' | 'removed' | 'changed';
  readonly before: number;
  readonly after: number;
  readonly delta: number;
}

export interface EstimateDiff {
  readonly currency: string;
  readonly before: number;
  readonly after: number;
  readonly delta: number;
  /** Per stack: its own line, then its resources whose cost changed (unchanged ones are left out). */
  readonly changes: readonly CostChange[];
}

/**
 * The difference between two estimates, per stack and resource, as `infracost diff` shows it.
 *
 * @param before - the estimate compared against (`--compare OTHER_OUT_DIR`)
 * @param after - the estimate of the output directory
 * @throws Error naming diffEstimates when the currencies differ
 * @example
 * diffEstimates(estimateCosts(main), estimateCosts(branch)).delta; // +143.08
 */
export function diffEstimates(before: CostEstimate, after: CostEstimate): EstimateDiff {
  if (before.currency !== after.currency) throw new Error(`diffEstimates: cannot compare ${before.currency} with ${after.currency}`);
  const changes: CostChange[] = [];
  const stacks = [...new Set([...before.stacks.map((s) => s.stack), ...after.stacks.map((s) => s.stack)])].sort();
  for (const stack of stacks) {
    const b = before.stacks.find((s) => s.stack === stack);
    const a = after.stacks.find((s) => s.stack === stack);
    const resourceChanges: CostChange[] = [];
    const addresses = [...new Set([...(b?.resources ?? []).map((r) => r.address), ...(a?.resources ?? []).map((r) => r.address)])].sort();
    for (const address of addresses) {
      const rb = b?.resources.find((r) => r.address === address);
      const ra = a?.resources.find((r) => r.address === address);
      const change = !rb ? 'added' : !ra ? 'removed' : 'changed';
      const [x, y] = [rb?.monthly ?? 0, ra?.monthly ?? 0];
      if (change === 'changed' && x === y) continue;
      resourceChanges.push({ stack, address, change, before: x, after: y, delta: roundCost(y - x) });
    }
    const [x, y] = [b?.monthly ?? 0, a?.monthly ?? 0];
    if (resourceChanges.length || !a || !b) changes.push({ stack, change: !b ? 'added' : !a ? 'removed' : 'changed', before: x, after: y, delta: roundCost(y - x) }, ...resourceChanges);
  }
  return { currency: after.currency, before: before.total_monthly, after: after.total_monthly, delta: roundCost(after.total_monthly - before.total_monthly), changes };
}
