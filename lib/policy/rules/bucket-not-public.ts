import { type IConstruct } from 'constructs';
import { ObjectstorageBucket } from '../../../.gen/providers/oci/objectstorage-bucket';
import { type RuleResult } from '../rule';
import { isToken } from '../private/tokens';

/**
 * A bucket is not public: `access_type` is unset or `NoPublicAccess` (not `ObjectRead`,
 * `ObjectReadWithoutList`).
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs and when access_type is a token
 */
export function bucketNotPublic(node: IConstruct): RuleResult {
  if (!(node instanceof ObjectstorageBucket)) return 'NOT_APPLICABLE';
  const access = node.accessTypeInput;
  if (isToken(access)) return 'NOT_APPLICABLE';
  return (access ?? 'NoPublicAccess') === 'NoPublicAccess' ? 'COMPLIANT' : 'NON_COMPLIANT';
}
