import { type IConstruct } from 'constructs';
import { IdentityPolicy } from '../../../.gen/providers/oci/identity-policy';
import { type PolicyStatementParts } from '../../iam/parse-policy-statement';
import { type RuleResult } from '../rule';
import { type Verdict } from '../private/combine';
import { policyStatementsResult } from '../private/policy-statements';

/**
 * No statement of an IAM policy grants anything to `any-user` or `any-group` without a `where`
 * condition (Allow, Endorse and Admit statements alike). Statements are read with lib/iam's parser.
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs, and when no statement fails but one cannot be read
 */
export function iamPolicyAnyPrincipalConditioned(node: IConstruct): RuleResult {
  if (!(node instanceof IdentityPolicy)) return 'NOT_APPLICABLE';
  return policyStatementsResult(node, judge);
}

function judge(parts: PolicyStatementParts): Verdict {
  if (parts.kind === 'define' || !parts.subject.isAnyPrincipal) return 'pass';
  return parts.where === undefined ? 'fail' : 'pass';
}
