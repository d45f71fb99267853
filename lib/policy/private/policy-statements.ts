import { type IdentityPolicy } from '../../../.gen/providers/oci/identity-policy';
import { type PolicyStatementParts, readPolicyStatementParts } from '../../iam/parse-policy-statement';
import { type RuleResult } from '../rule';
import { combineVerdicts, type Verdict } from './combine';
import { isToken } from './tokens';

/**
 * Judges every statement of an IAM policy, read with lib/iam's statement parser.
 *
 * A statement the parser cannot read (a whole statement given as a variable, a grammar OCI
 * does not document) is undecidable: it never passes or fails on a guess.
 *
 * @param policy - an oci_identity_policy L1
 * @param judge - the verdict on one statement's parts
 * @returns NON_COMPLIANT when a statement fails; NOT_APPLICABLE when the list is a token or a statement is unreadable and none fails
 */
export function policyStatementsResult(policy: IdentityPolicy, judge: (parts: PolicyStatementParts) => Verdict): RuleResult {
  const statements = policy.statementsInput;
  if (statements === undefined || isToken(statements)) return 'NOT_APPLICABLE';
  return combineVerdicts(statements.map((text) => {
    let parts: PolicyStatementParts;
    try {
      parts = readPolicyStatementParts(text);
    } catch {
      return 'unknown';
    }
    return judge(parts);
  }));
}
