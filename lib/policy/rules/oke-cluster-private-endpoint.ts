import { type IConstruct } from 'constructs';
import { ContainerengineCluster } from '../../../.gen/providers/oci/containerengine-cluster';
import { type RuleResult } from '../rule';
import { isToken } from '../private/tokens';

/**
 * An OKE cluster's Kubernetes API endpoint is private: `endpoint_config` is set (a VCN-native
 * endpoint in a subnet) and `endpoint_config.is_public_ip_enabled` is not true.
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs and when the flag is a token
 */
export function okeClusterPrivateEndpoint(node: IConstruct): RuleResult {
  if (!(node instanceof ContainerengineCluster)) return 'NOT_APPLICABLE';
  const endpoint = node.endpointConfigInput;
  if (endpoint === undefined) return 'NON_COMPLIANT';
  const isPublic = endpoint.isPublicIpEnabled;
  if (isToken(endpoint) || isToken(isPublic)) return 'NOT_APPLICABLE';
  return isPublic === true ? 'NON_COMPLIANT' : 'COMPLIANT';
}
