import { type CoreNetworkSecurityGroupSecurityRule } from '../../../.gen/providers/oci/core-network-security-group-security-rule';
import { type CoreSecurityList } from '../../../.gen/providers/oci/core-security-list';
import { type RuleResult } from '../rule';
import { combineVerdicts } from './combine';
import { type AdminPortProtocols, ingressExposesPort, type PortRangeView } from './ingress-exposure';
import { isToken } from './tokens';

interface SlOptions { readonly min?: unknown; readonly max?: unknown }
interface NsgOptions { readonly destinationPortRange?: { readonly min?: unknown; readonly max?: unknown } }

/**
 * Admin-port result for a security list: every ingress entry is checked.
 *
 * @param list - an oci_core_security_list L1
 * @param port - the admin port
 * @param protocols - transports that count
 * @returns NON_COMPLIANT when an entry admits the port from anywhere; NOT_APPLICABLE when the entries are a token
 */
export function securityListAdminPortResult(list: CoreSecurityList, port: number, protocols: AdminPortProtocols): RuleResult {
  const entries = list.ingressSecurityRulesInput;
  if (isToken(entries)) return 'NOT_APPLICABLE';
  const items = Array.isArray(entries) ? entries : [];
  return combineVerdicts(items.map((e) => isToken(e) ? 'unknown' : ingressExposesPort({
    source: e.source, sourceType: e.sourceType, protocol: e.protocol,
    tcp: slRange(e.tcpOptions), udp: slRange(e.udpOptions),
  }, port, protocols)));
}

/**
 * Admin-port result for one NSG security rule (egress rules are compliant).
 *
 * @param rule - an oci_core_network_security_group_security_rule L1
 * @param port - the admin port
 * @param protocols - transports that count
 * @returns NON_COMPLIANT when the rule admits the port from anywhere
 */
export function nsgRuleAdminPortResult(rule: CoreNetworkSecurityGroupSecurityRule, port: number, protocols: AdminPortProtocols): RuleResult {
  const direction = rule.directionInput;
  if (isToken(direction)) return 'NOT_APPLICABLE';
  if (direction !== 'INGRESS') return 'COMPLIANT';
  return combineVerdicts([ingressExposesPort({
    source: rule.sourceInput, sourceType: rule.sourceTypeInput, protocol: rule.protocolInput,
    tcp: nsgRange(rule.tcpOptionsInput), udp: nsgRange(rule.udpOptionsInput),
  }, port, protocols)]);
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
