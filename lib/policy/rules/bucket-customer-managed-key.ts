import { type IConstruct } from 'constructs';
import { ObjectstorageBucket } from '../../../.gen/providers/oci/objectstorage-bucket';
import { type RuleResult } from '../rule';
import { isConfigured } from '../private/tokens';

/**
 * A bucket is encrypted with a customer-managed Vault key (`kms_key_id` set; a reference to a key
 * counts as set).
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs
 */
export function bucketCustomerManagedKey(node: IConstruct): RuleResult {
  if (!(node instanceof ObjectstorageBucket)) return 'NOT_APPLICABLE';
  return isConfigured(node.kmsKeyIdInput) ? 'COMPLIANT' : 'NON_COMPLIANT';
}
