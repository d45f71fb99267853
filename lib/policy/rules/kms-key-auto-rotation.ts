import { type IConstruct } from 'constructs';
import { KmsKey } from '../../../.gen/providers/oci/kms-key';
import { type RuleResult } from '../rule';
import { isToken } from '../private/tokens';

const MAX_ROTATION_INTERVAL_DAYS = 365;

/**
 * A customer-managed key rotates itself at least once a year: `is_auto_rotation_enabled = true`
 * and, when `auto_key_rotation_details.rotation_interval_in_days` is set, at most 365 days.
 *
 * Keys held outside OCI (`external_key_reference`) are rotated by their external key manager.
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs, external keys and token values
 */
export function kmsKeyAutoRotation(node: IConstruct): RuleResult {
  if (!(node instanceof KmsKey)) return 'NOT_APPLICABLE';
  if (node.externalKeyReferenceInput !== undefined) return 'NOT_APPLICABLE';
  const enabled = node.isAutoRotationEnabledInput;
  const interval = node.autoKeyRotationDetailsInput?.rotationIntervalInDays;
  if (isToken(enabled) || isToken(node.autoKeyRotationDetailsInput) || isToken(interval)) return 'NOT_APPLICABLE';
  if (enabled !== true) return 'NON_COMPLIANT';
  return interval === undefined || interval <= MAX_ROTATION_INTERVAL_DAYS ? 'COMPLIANT' : 'NON_COMPLIANT';
}
