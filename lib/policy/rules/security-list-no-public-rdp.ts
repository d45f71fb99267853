import { type IConstruct } from 'constructs';
import { CoreSecurityList } from '../../../.gen/providers/oci/core-security-list';
import { type RuleResult } from '../rule';
import { securityListPortsResult } from '../private/port-exposure';

/**
 * A security list admits no TCP or UDP traffic from 0.0.0.0/0 (or ::/0) to port 3389 (RDP), also not through protocol `all`.
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs and for tokens in a deciding value
 */
export function securityListNoPublicRdp(node: IConstruct): RuleResult {
  if (!(node instanceof CoreSecurityList)) return 'NOT_APPLICABLE';
  return securityListPortsResult(node, [3389], ['tcp', 'udp']);
}
