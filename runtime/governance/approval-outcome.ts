import { type ApprovalRequest } from './types';

/**
 * Whether a model's approval requests settle it: any rejection rejects it; it is approved once every
 * required type has an approved request; otherwise it is still pending.
 *
 * @param requests - every approval request of the model, any status.
 * @param requiredTypes - the types its risk tier needs.
 * @returns `rejected`, `approved` or `pending`, and the required types still missing.
 * @throws Error when requiredTypes is empty (a policy always requires at least one type).
 * @example
 * approvalOutcome([{ approvalType: 'technical', status: 'approved', ...r }], ['technical']); // { outcome: 'approved', missing: [] }
 */
export function approvalOutcome(
  requests: readonly Pick<ApprovalRequest, 'approvalType' | 'status'>[],
  requiredTypes: readonly string[],
): { outcome: 'approved' | 'rejected' | 'pending'; missing: string[] } {
  if (requiredTypes.length === 0) throw new Error('approvalOutcome: requiredTypes must name at least one approval type, got []');
  const approved = new Set(requests.filter((r) => r.status === 'approved').map((r) => r.approvalType));
  const missing = requiredTypes.filter((t) => !approved.has(t));
  if (requests.some((r) => r.status === 'rejected')) return { outcome: 'rejected', missing };
  return { outcome: missing.length ? 'pending' : 'approved', missing };
}
