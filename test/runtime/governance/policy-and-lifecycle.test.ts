import { type ApprovalPolicy } from '../../../runtime/governance/approval-policy-schema';
import { approvalOutcome } from '../../../runtime/governance/approval-outcome';
import { assertCanDecide } from '../../../runtime/governance/assert-can-decide';
import { GovernanceError } from '../../../runtime/governance/governance-error';
import { LIFECYCLE_TRANSITIONS } from '../../../runtime/governance/lifecycle-transitions';
import { nextState } from '../../../runtime/governance/next-state';
import { parseApprovalPolicy } from '../../../runtime/governance/parse-approval-policy';
import { parseModelRegistration } from '../../../runtime/governance/parse-model-registration';
import { requiredApprovalTypes } from '../../../runtime/governance/required-approval-types';
import { type ApprovalRequest, LIFECYCLE_ACTIONS, type ModelRecord, MODEL_STATES } from '../../../runtime/governance/types';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, sampleModel } from './support';

describe('parseApprovalPolicy', () => {
  test('fills in the defaults of the issue', () => {
    const p = parseApprovalPolicy();
    expect(p.approver_groups).toEqual({ technical: 'ml-reviewers', risk: 'risk-officers', business: 'business-owners' });
    expect(p.required_approvals).toEqual({ low: ['technical'], medium: ['technical', 'business'], high: ['technical', 'risk', 'business'] });
    expect(p.operator_group).toBe('mlops-operators');
  });

  test('reads the example policy file, which states the defaults', () => {
    expect(parseApprovalPolicy(readFileSync(join(REPO, 'examples/governance/approval-policy.yaml'), 'utf8'))).toEqual(parseApprovalPolicy());
  });

  test('takes YAML text, as in the JSDoc example', () => {
    expect(parseApprovalPolicy('required_approvals: {low: [technical], medium: [technical], high: [technical, risk]}').required_approvals.high).toEqual(['technical', 'risk']);
  });

  test('fails on a required type without approver group, naming it and the known types', () => {
    expect(() => parseApprovalPolicy('required_approvals: {low: [legal], medium: [technical], high: [technical]}', 'policy.yaml'))
      .toThrow(/policy.yaml: required_approvals.low.0: approval type "legal" has no approver group; known types: technical, risk, business/);
  });

  test('fails on invalid YAML and on unknown keys', () => {
    expect(() => parseApprovalPolicy('a: [', 'p.yaml')).toThrow(/parseApprovalPolicy: p.yaml is not valid YAML/);
    expect(() => parseApprovalPolicy({ approvers: {} })).toThrow(GovernanceError);
  });
});

describe('requiredApprovalTypes', () => {
  test.each([
    ['low', ['technical']], ['medium', ['technical', 'business']], ['high', ['technical', 'risk', 'business']],
  ] as const)('asks %s-risk models for %j', (tier, types) => {
    expect(requiredApprovalTypes(parseApprovalPolicy(), tier)).toEqual(types);
  });

  test('fails on an unknown risk tier', () => {
    expect(() => requiredApprovalTypes(parseApprovalPolicy(), 'extreme' as 'low')).toThrow(/riskTier must be low, medium or high, got extreme/);
  });
});

describe('nextState', () => {
  const allowed: [string, string, string][] = [];
  const refused: [string, string][] = [];
  for (const s of MODEL_STATES) {
    for (const a of LIFECYCLE_ACTIONS) {
      const to = LIFECYCLE_TRANSITIONS[s][a];
      if (to) allowed.push([s, a, to]);
      else refused.push([s, a]);
    }
  }

  test.each(allowed)('moves a %s model on %s to %s', (state, action, to) => {
    expect(nextState('m-1', state as never, action as never)).toBe(to);
  });

  test.each(refused)('fails on %s + %s with 409, naming the allowed transitions', (state, action) => {
    try {
      nextState('m-1', state as never, action as never);
      throw new Error('expected a refusal');
    } catch (e) {
      expect(e).toBeInstanceOf(GovernanceError);
      expect((e as GovernanceError).status).toBe(409);
      expect((e as GovernanceError).message).toMatch(new RegExp(`model m-1 is ${state}: ${action} is not allowed; allowed: `));
    }
  });

  test('deploys an approved model, as in the JSDoc example', () => {
    expect(nextState('churn-3', 'approved', 'deploy')).toBe('deployed');
  });

  test('covers the issue lifecycle: registered, pending, approved or rejected, deployed, retired, rollback from deployed', () => {
    expect(LIFECYCLE_TRANSITIONS.registered.request_approval).toBe('pending_approval');
    expect(LIFECYCLE_TRANSITIONS.pending_approval).toMatchObject({ approve: 'approved', reject: 'rejected' });
    expect(LIFECYCLE_TRANSITIONS.deployed).toMatchObject({ rollback: 'rolled_back', retire: 'retired' });
    expect(LIFECYCLE_TRANSITIONS.retired).toEqual({});
  });
});

describe('assertCanDecide and approvalOutcome', () => {
  const policy: ApprovalPolicy = parseApprovalPolicy();
  const model: ModelRecord = { modelId: 'churn-classifier-3', state: 'pending_approval', registration: parseModelRegistration(sampleModel()), registeredBy: 'ci-bot', createdAt: 't', updatedAt: 't' };
  const request: ApprovalRequest = { requestId: 'r1', modelId: model.modelId, approvalType: 'technical', requestedBy: 'frank', requestedAt: 't', status: 'pending', decidedBy: null, decidedAt: null, comment: null };

  test('lets a member of the approver group who is neither owner nor requester decide, as in the JSDoc example', () => {
    expect(() => assertCanDecide({ actor: 'bob', groups: ['ml-reviewers'] }, model, request, policy)).not.toThrow();
  });

  test.each([
    ['alice', 'owner'], ['frank', 'requester'], ['ci-bot', 'registrant'],
  ])('fails when %s, the %s, decides even as a group member', (actor, role) => {
    expect(() => assertCanDecide({ actor, groups: ['ml-reviewers'] }, model, request, policy)).toThrow(new RegExp(`${actor} cannot decide request r1 .*its ${role}`));
  });

  test('fails for a caller outside the approval type\'s group, naming the group', () => {
    expect(() => assertCanDecide({ actor: 'bob', groups: ['business-owners'] }, model, request, policy)).toThrow(/only members of group ml-reviewers can; caller groups: business-owners/);
  });

  test('approves once every required type is approved, rejects on any rejection, else waits', () => {
    expect(approvalOutcome([{ approvalType: 'technical', status: 'approved' }], ['technical'])).toEqual({ outcome: 'approved', missing: [] });
    expect(approvalOutcome([{ approvalType: 'technical', status: 'approved' }], ['technical', 'business'])).toEqual({ outcome: 'pending', missing: ['business'] });
    expect(approvalOutcome([{ approvalType: 'technical', status: 'approved' }, { approvalType: 'business', status: 'rejected' }], ['technical', 'business'])).toMatchObject({ outcome: 'rejected' });
    expect(approvalOutcome([{ approvalType: 'risk', status: 'approved' }], ['technical'])).toEqual({ outcome: 'pending', missing: ['technical'] });
  });

  test('fails without required types', () => {
    expect(() => approvalOutcome([], [])).toThrow(/approvalOutcome: requiredTypes must name at least one approval type/);
  });
});
