import { isToken } from './tokens';
import { type Verdict } from './combine';

/** An ingress rule reduced to what the port-exposure rules need (security list entry or NSG rule). */
export interface IngressRuleView {
  readonly source: unknown;
  readonly sourceType: unknown;
  readonly protocol: unknown;
  /** Destination port range of the TCP options: undefined when the options are absent (all ports). */
  readonly tcp: PortRangeView | undefined;
  /** Destination port range of the UDP options: undefined when the options are absent (all ports). */
  readonly udp: PortRangeView | undefined;
}

/** A destination port range; a missing bound means the end of the port space. */
export interface PortRangeView {
  readonly min?: unknown;
  readonly max?: unknown;
}

/** Transport protocols whose exposure of the port counts. */
export type PortProtocols = readonly ('tcp' | 'udp')[];

const PROTOCOL_NUMBER = { tcp: '6', udp: '17' } as const;

/**
 * Whether an ingress rule admits traffic from anywhere (`0.0.0.0/0`, `::/0`) to a port.
 *
 * @param rule - the rule's source, source type, protocol and destination port ranges
 * @param port - the port (22 SSH, 3389 RDP, 5432 PostgreSQL...)
 * @param protocols - transports that count (`all` always counts)
 * @returns 'fail' when it does, 'pass' when it does not, 'unknown' when a deciding value is a token
 */
export function ingressExposesPort(rule: IngressRuleView, port: number, protocols: PortProtocols): Verdict {
  // A literal value that rules the exposure out decides, whatever tokens the other fields hold.
  if (!isToken(rule.sourceType) && rule.sourceType !== undefined && rule.sourceType !== 'CIDR_BLOCK') return 'pass';
  if (!isToken(rule.source) && (typeof rule.source !== 'string' || !/\/0$/.test(rule.source.trim()))) return 'pass';
  const protocol = isToken(rule.protocol) ? undefined : String(rule.protocol).trim().toLowerCase();
  const transport = protocols.find((p) => PROTOCOL_NUMBER[p] === protocol);
  if (protocol !== undefined && protocol !== 'all' && !transport) return 'pass';
  if (protocol === undefined || isToken(rule.source) || isToken(rule.sourceType)) return 'unknown';
  if (protocol === 'all') return 'fail';
  return rangeCovers(transport === 'tcp' ? rule.tcp : rule.udp, port);
}

function rangeCovers(range: PortRangeView | undefined, port: number): Verdict {
  if (range === undefined) return 'fail';
  if (isToken(range) || isToken(range.min) || isToken(range.max)) return 'unknown';
  const min = typeof range.min === 'number' ? range.min : 1;
  const max = typeof range.max === 'number' ? range.max : 65535;
  return min <= port && port <= max ? 'fail' : 'pass';
}
