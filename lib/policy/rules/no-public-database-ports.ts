import { type IConstruct } from 'constructs';
import { CoreNetworkSecurityGroupSecurityRule } from '../../../.gen/providers/oci/core-network-security-group-security-rule';
import { CoreSecurityList } from '../../../.gen/providers/oci/core-security-list';
import { type RuleResult } from '../rule';
import { nsgRulePortsResult, securityListPortsResult } from '../private/port-exposure';

/**
 * The TCP ports of the databases and data services an ML platform runs: Oracle Net (1521, 1522 for
 * Autonomous Database TLS), PostgreSQL (5432, MLflow's store), MySQL (3306), Redis (6379, online
 * features), Kafka (9092, Streaming's Kafka API) and MongoDB (27017).
 */
export const DATABASE_PORTS: readonly number[] = Object.freeze([1521, 1522, 5432, 3306, 6379, 9092, 27017]);

/**
 * No security list entry and no NSG ingress rule admits TCP traffic from 0.0.0.0/0 (or ::/0) to a
 * database or data port (DATABASE_PORTS), also not through protocol `all` or a port range that
 * contains one.
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs and for tokens in a deciding value
 */
export function noPublicDatabasePorts(node: IConstruct): RuleResult {
  if (node instanceof CoreSecurityList) return securityListPortsResult(node, DATABASE_PORTS, ['tcp']);
  if (node instanceof CoreNetworkSecurityGroupSecurityRule) return nsgRulePortsResult(node, DATABASE_PORTS, ['tcp']);
  return 'NOT_APPLICABLE';
}
