import { parse } from 'yaml';
import { type ApprovalPolicy, ApprovalPolicySchema } from './approval-policy-schema';
import { GovernanceError } from './governance-error';
import { zodIssues } from './zod-issues';

/**
 * Reads an approval policy from YAML text (or an already parsed object) and fills in the defaults:
 * `technical: ml-reviewers`, `risk: risk-officers`, `business: business-owners`; low needs technical,
 * medium technical and business, high technical, risk and business.
 *
 * @param source - YAML text, a parsed object, or undefined for the default policy.
 * @param origin - file name used in messages.
 * @returns the complete policy.
 * @throws GovernanceError `validation_failed` naming each bad key, its value and what is allowed.
 * @example
 * parseApprovalPolicy('required_approvals: {low: [technical], medium: [technical], high: [technical, risk]}').required_approvals.high; // ['technical', 'risk']
 */
export function parseApprovalPolicy(source?: string | object, origin = 'approval policy'): ApprovalPolicy {
  let doc: unknown = source ?? {};
  if (typeof source === 'string') {
    try {
      doc = parse(source) ?? {};
    } catch (err) {
      throw new GovernanceError('validation_failed', `parseApprovalPolicy: ${origin} is not valid YAML: ${(err as Error).message}`);
    }
  }
  const parsed = ApprovalPolicySchema.safeParse(doc);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    throw new GovernanceError('validation_failed', `parseApprovalPolicy: ${origin}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, { issues });
  }
  return parsed.data;
}
