import { type IConstruct } from 'constructs';
import { CoreSecurityList } from '../../../.gen/providers/oci/core-security-list';
import { type RuleResult } from '../rule';
import { securityListPortsResult } from '../private/port-exposure';

/**
 * A security list admits no TCP traffic from 0.0.0.0/0 (or ::/0) to port 22 (SSH), also not through protocol `all`.
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs and for tokens in a deciding value
 */
export function securityListNoPublicSsh(node: IConstruct): RuleResult {
  if (!(node instanceof CoreSecurityList)) return 'NOT_APPLICABLE';
  return securityListPortsResult(node, [22], ['tcp']);
}
