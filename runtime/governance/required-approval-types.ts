import { type ApprovalPolicy } from './approval-policy-schema';

/**
 * The approval types a model of the given risk tier needs before it is approved, in policy order.
 *
 * @param policy - the approval policy.
 * @param riskTier - the model card's risk tier.
 * @returns the distinct approval type names.
 * @throws Error when the tier is not low, medium or high.
 * @example
 * requiredApprovalTypes(parseApprovalPolicy(), 'medium'); // ['technical', 'business']
 */
export function requiredApprovalTypes(policy: ApprovalPolicy, riskTier: 'low' | 'medium' | 'high'): string[] {
  const types = policy.required_approvals[riskTier];
  if (!types) throw new Error(`requiredApprovalTypes: riskTier must be low, medium or high, got ${String(riskTier)}`);
  return [...new Set(types)];
}
