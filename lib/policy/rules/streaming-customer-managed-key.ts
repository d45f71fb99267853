import { type IConstruct } from 'constructs';
import { StreamingStream } from '../../../.gen/providers/oci/streaming-stream';
import { StreamingStreamPool } from '../../../.gen/providers/oci/streaming-stream-pool';
import { type RuleResult } from '../rule';
import { isConfigured, isToken } from '../private/tokens';

/**
 * Streaming data is encrypted with a customer-managed key: a stream pool sets
 * `custom_encryption_key.kms_key_id`, and a stream sets `stream_pool_id` (a stream without a pool
 * lands in the compartment's default pool, which always uses an Oracle-managed key; the pool's own
 * key is checked on the pool).
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs and when the key block is a token
 */
export function streamingCustomerManagedKey(node: IConstruct): RuleResult {
  if (node instanceof StreamingStream) return isConfigured(node.streamPoolIdInput) ? 'COMPLIANT' : 'NON_COMPLIANT';
  if (!(node instanceof StreamingStreamPool)) return 'NOT_APPLICABLE';
  const key = node.customEncryptionKeyInput;
  if (isToken(key)) return 'NOT_APPLICABLE';
  return isConfigured(key?.kmsKeyId) ? 'COMPLIANT' : 'NON_COMPLIANT';
}
