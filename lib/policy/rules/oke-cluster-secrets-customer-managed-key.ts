import { type IConstruct } from 'constructs';
import { ContainerengineCluster } from '../../../.gen/providers/oci/containerengine-cluster';
import { type RuleResult } from '../rule';
import { isConfigured } from '../private/tokens';

/**
 * An OKE cluster encrypts Kubernetes secrets at rest in etcd with a customer-managed key (`kms_key_id`).
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs
 */
export function okeClusterSecretsCustomerManagedKey(node: IConstruct): RuleResult {
  if (!(node instanceof ContainerengineCluster)) return 'NOT_APPLICABLE';
  return isConfigured(node.kmsKeyIdInput) ? 'COMPLIANT' : 'NON_COMPLIANT';
}
