import { type IConstruct } from 'constructs';
import { ObjectstorageBucket } from '../../../.gen/providers/oci/objectstorage-bucket';
import { type RuleResult } from '../rule';
import { isToken } from '../private/tokens';

/**
 * A bucket keeps earlier object versions: `versioning` is `Enabled`, or the bucket has retention
 * rules instead (OCI refuses retention rules on a versioned bucket; a retention rule already keeps
 * every object from being overwritten or deleted for its duration).
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs and when versioning or the retention rules are tokens
 */
export function bucketVersioningEnabled(node: IConstruct): RuleResult {
  if (!(node instanceof ObjectstorageBucket)) return 'NOT_APPLICABLE';
  const versioning = node.versioningInput;
  const retention = node.retentionRulesInput;
  if (versioning === 'Enabled') return 'COMPLIANT';
  if (isToken(retention)) return 'NOT_APPLICABLE';
  if (Array.isArray(retention) && retention.length > 0) return 'COMPLIANT';
  return isToken(versioning) ? 'NOT_APPLICABLE' : 'NON_COMPLIANT';
}
