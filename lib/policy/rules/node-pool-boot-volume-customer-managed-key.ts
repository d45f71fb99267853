import { type IConstruct } from 'constructs';
import { ContainerengineNodePool } from '../../../.gen/providers/oci/containerengine-node-pool';
import { type RuleResult } from '../rule';
import { isConfigured, isToken } from '../private/tokens';

/**
 * An OKE node pool encrypts its nodes' boot volumes with a customer-managed key
 * (`node_config_details.kms_key_id`).
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs and when the node configuration is a token
 */
export function nodePoolBootVolumeCustomerManagedKey(node: IConstruct): RuleResult {
  if (!(node instanceof ContainerengineNodePool)) return 'NOT_APPLICABLE';
  const details = node.nodeConfigDetailsInput;
  if (isToken(details)) return 'NOT_APPLICABLE';
  return isConfigured(details?.kmsKeyId) ? 'COMPLIANT' : 'NON_COMPLIANT';
}
