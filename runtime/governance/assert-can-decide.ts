import { type ApprovalPolicy } from './approval-policy-schema';
import { GovernanceError } from './governance-error';
import { type ApprovalRequest, type Caller, type ModelRecord } from './types';

/**
 * Enforces four eyes on an approval decision: the model's owner, the person who registered it and the
 * person who requested this approval cannot decide it, and only members of the approval type's
 * approver group can.
 *
 * @param caller - identity and groups of the decider.
 * @param model - the model the request is about.
 * @param request - the approval request.
 * @param policy - maps the approval type to its approver group.
 * @throws GovernanceError `four_eyes_violation` or `forbidden` (403) naming the rule and the caller.
 * @example
 * assertCanDecide({ actor: 'bob', groups: ['ml-reviewers'] }, model, technicalRequest, policy); // returns; throws for 'alice', the owner
 */
export function assertCanDecide(caller: Caller, model: ModelRecord, request: ApprovalRequest, policy: ApprovalPolicy): void {
  const conflicts: string[] = [];
  if (caller.actor === model.registration.owner) conflicts.push('owner');
  if (caller.actor === model.registeredBy) conflicts.push('registrant');
  if (caller.actor === request.requestedBy) conflicts.push('requester');
  if (conflicts.length) {
    throw new GovernanceError(
      'four_eyes_violation',
      `${caller.actor} cannot decide request ${request.requestId} for model ${model.modelId}: they are its ${conflicts.join(' and ')}; another approver must decide`,
      { actor: caller.actor, roles: conflicts, request_id: request.requestId },
    );
  }
  const group = policy.approver_groups[request.approvalType];
  if (group === undefined || !caller.groups.includes(group)) {
    throw new GovernanceError(
      'forbidden',
      `${caller.actor} cannot decide ${request.approvalType} approvals: only members of group ${group ?? '(none configured)'} can; caller groups: ${caller.groups.join(', ') || 'none'}`,
      { actor: caller.actor, approval_type: request.approvalType, required_group: group ?? null },
    );
  }
}
