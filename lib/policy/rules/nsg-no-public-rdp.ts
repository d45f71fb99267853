import { type IConstruct } from 'constructs';
import { CoreNetworkSecurityGroupSecurityRule } from '../../../.gen/providers/oci/core-network-security-group-security-rule';
import { type RuleResult } from '../rule';
import { nsgRulePortsResult } from '../private/port-exposure';

/**
 * An NSG ingress rule admits no TCP or UDP traffic from 0.0.0.0/0 (or ::/0) to port 3389 (RDP), also not through protocol `all`.
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs and for tokens in a deciding value
 */
export function nsgNoPublicRdp(node: IConstruct): RuleResult {
  if (!(node instanceof CoreNetworkSecurityGroupSecurityRule)) return 'NOT_APPLICABLE';
  return nsgRulePortsResult(node, [3389], ['tcp', 'udp']);
}
