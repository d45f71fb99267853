import { type IConstruct } from 'constructs';
import { DatabaseAutonomousDatabase } from '../../../.gen/providers/oci/database-autonomous-database';
import { type RuleResult } from '../rule';
import { isConfigured, isToken } from '../private/tokens';

/**
 * An Autonomous Database is encrypted with a customer-managed key: `kms_key_id` (with `vault_id`)
 * or `encryption_key.kms_key_id` is set.
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs and when the encryption key block is a token
 */
export function autonomousDatabaseCustomerManagedKey(node: IConstruct): RuleResult {
  if (!(node instanceof DatabaseAutonomousDatabase)) return 'NOT_APPLICABLE';
  if (isConfigured(node.kmsKeyIdInput)) return 'COMPLIANT';
  const encryptionKey = node.encryptionKeyInput;
  if (isToken(encryptionKey)) return 'NOT_APPLICABLE';
  return isConfigured(encryptionKey?.kmsKeyId) ? 'COMPLIANT' : 'NON_COMPLIANT';
}
