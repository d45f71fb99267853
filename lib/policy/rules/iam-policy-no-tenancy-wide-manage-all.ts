import { type IConstruct } from 'constructs';
import { IdentityPolicy } from '../../../.gen/providers/oci/identity-policy';
import { type PolicyStatementParts } from '../../iam/parse-policy-statement';
import { type PrincipalName } from '../../iam/policy-subject';
import { type RuleResult } from '../rule';
import { type Verdict } from '../private/combine';
import { policyStatementsResult } from '../private/policy-statements';
import { isToken } from '../private/tokens';

/**
 * Only the tenancy's Administrators group may `manage all-resources in tenancy`: no statement of an
 * IAM policy grants it to another group, a dynamic group, a service, any-user, any-group or (Admit) a
 * group of another tenancy, with or without a condition.
 *
 * Statements are read with lib/iam's parser. `Administrators` and `Default/Administrators` (quoted
 * or not, in any case) are the tenancy administrators; the same name in another identity domain is not.
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs, and when no statement fails but one names a group by OCID
 *   or by a token, or cannot be read
 */
export function iamPolicyNoTenancyWideManageAll(node: IConstruct): RuleResult {
  if (!(node instanceof IdentityPolicy)) return 'NOT_APPLICABLE';
  return policyStatementsResult(node, judge);
}

function judge(parts: PolicyStatementParts): Verdict {
  if (parts.kind === 'define' || parts.verb !== 'manage' || parts.resource?.toLowerCase() !== 'all-resources') return 'pass';
  if (parts.location?.isTenancy !== true) return 'pass';
  if (parts.kind !== 'allow' || parts.subject.kind !== 'group') return 'fail';
  const verdicts: Verdict[] = parts.subject.principalNames.map(administratorsVerdict);
  if (parts.subject.principalIds.length > 0) verdicts.push('unknown');
  return verdicts.includes('fail') ? 'fail' : verdicts.includes('unknown') ? 'unknown' : 'pass';
}

function administratorsVerdict(principal: PrincipalName): Verdict {
  if (isToken(principal.name) || isToken(principal.identityDomain)) return 'unknown';
  const inDefaultDomain = principal.identityDomain === undefined || principal.identityDomain.toLowerCase() === 'default';
  return inDefaultDomain && principal.name.toLowerCase() === 'administrators' ? 'pass' : 'fail';
}
