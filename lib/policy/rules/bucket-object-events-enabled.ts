import { type IConstruct } from 'constructs';
import { ObjectstorageBucket } from '../../../.gen/providers/oci/objectstorage-bucket';
import { type RuleResult } from '../rule';
import { isToken } from '../private/tokens';

/**
 * A bucket emits object events (`object_events_enabled = true`), so Events rules can start
 * pipelines and audits on model, dataset and log uploads.
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs and when the flag is a token
 */
export function bucketObjectEventsEnabled(node: IConstruct): RuleResult {
  if (!(node instanceof ObjectstorageBucket)) return 'NOT_APPLICABLE';
  const enabled = node.objectEventsEnabledInput;
  if (isToken(enabled)) return 'NOT_APPLICABLE';
  return enabled === true ? 'COMPLIANT' : 'NON_COMPLIANT';
}
