import { type CoreNetworkSecurityGroupSecurityRule } from '../../../.gen/providers/oci/core-network-security-group-security-rule';
import { type CoreSecurityList } from '../../../.gen/providers/oci/core-security-list';
import { type RuleResult } from '../rule';
import { combineVerdicts } from './combine';
import { ingressExposesPort, type PortProtocols, type PortRangeView } from './ingress-exposure';
import { isToken } from './tokens';

interface SlOptions { readonly min?: unknown; readonly max?: unknown }
interface NsgOptions { readonly destinationPortRange?: { readonly min?: unknown; readonly max?: unknown } }

/**
 * Port-exposure result for a security list: every ingress entry is checked against every port.
 *
 * @param list - an oci_core_security_list L1
 * @param ports - the ports that must not be open to the internet (admin or data ports)
 * @param protocols - transports that count
 * @returns NON_COMPLIANT when an entry admits one of the ports from anywhere; NOT_APPLICABLE when the entries are a token
 */
export function securityListPortsResult(list: CoreSecurityList, ports: readonly number[], protocols: PortProtocols): RuleResult {
  const entries = list.ingressSecurityRulesInput;
  if (isToken(entries)) return 'NOT_APPLICABLE';
  const items = Array.isArray(entries) ? entries : [];
  return combineVerdicts(items.flatMap((e) => isToken(e) ? ['unknown' as const] : ports.map((port) => ingressExposesPort({
    source: e.source, sourceType: e.sourceType, protocol: e.protocol,
    tcp: slRange(e.tcpOptions), udp: slRange(e.udpOptions),
  }, port, protocols))));
}

/**
 * Port-exposure result for one NSG security rule (egress rules are compliant).
 *
 * @param rule - an oci_core_network_security_group_security_rule L1
 * @param ports - the ports that must not be open to the internet (admin or data ports)
 * @param protocols - transports that count
 * @returns NON_COMPLIANT when the rule admits one of the ports from anywhere
 */
export function nsgRulePortsResult(rule: CoreNetworkSecurityGroupSecurityRule, ports: readonly number[], protocols: PortProtocols): RuleResult {
  const direction = rule.directionInput;
  if (isToken(direction)) return 'NOT_APPLICABLE';
  if (direction !== 'INGRESS') return 'COMPLIANT';
  const view = {
    source: rule.sourceInput, sourceType: rule.sourceTypeInput, protocol: rule.protocolInput,
    tcp: nsgRange(rule.tcpOptionsInput), udp: nsgRange(rule.udpOptionsInput),
  };
  return combineVerdicts(ports.map((port) => ingressExposesPort(view, port, protocols)));
}

function slRange(options: SlOptions | undefined): PortRangeView | undefined {
  if (options === undefined || isToken(options)) return options as PortRangeView | undefined;
  return { min: options.min, max: options.max };
}

function nsgRange(options: NsgOptions | undefined): PortRangeView | undefined {
  if (options === undefined || isToken(options)) return options as PortRangeView | undefined;
  const range = options.destinationPortRange;
  return range === undefined ? { min: undefined, max: undefined } : range;
}
