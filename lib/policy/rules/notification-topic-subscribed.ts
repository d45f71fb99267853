import { TerraformStack } from 'cdktf';
import { type IConstruct } from 'constructs';
import { AuditConfiguration } from '../../../.gen/providers/oci/audit-configuration';
import { OnsNotificationTopic } from '../../../.gen/providers/oci/ons-notification-topic';
import { OnsSubscription } from '../../../.gen/providers/oci/ons-subscription';
import { type RuleResult } from '../rule';
import { constructsInStack } from '../private/stack-lookup';
import { terraformAddress } from '../private/terraform-address';
import { resourceReferences } from '../private/tokens';

/**
 * A stack-level rule: a stack that sets up monitoring (it defines a notification topic or the
 * tenancy's audit configuration) has at least one notification topic, and every topic it defines
 * has at least one subscription in the same stack whose `topic_id` references it.
 *
 * Stacks that define neither (team stacks that publish to the platform's topics) are not applicable.
 *
 * @param node - any construct; only TerraformStack nodes are checked
 * @returns NOT_APPLICABLE for other constructs and for stacks without topics or audit configuration
 */
export function notificationTopicSubscribed(node: IConstruct): RuleResult {
  if (!(node instanceof TerraformStack)) return 'NOT_APPLICABLE';
  const topics = constructsInStack(node, OnsNotificationTopic);
  if (topics.length === 0) return constructsInStack(node, AuditConfiguration).length > 0 ? 'NON_COMPLIANT' : 'NOT_APPLICABLE';
  const subscribed = new Set(constructsInStack(node, OnsSubscription).flatMap((s) =>
    resourceReferences(s, s.topicIdInput).filter((r) => r.attribute === 'id' || r.attribute === 'topic_id').map((r) => r.address)));
  return topics.every((t) => subscribed.has(terraformAddress(t))) ? 'COMPLIANT' : 'NON_COMPLIANT';
}
