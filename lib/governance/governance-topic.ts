import { type Construct } from 'constructs';
import { OnsNotificationTopic } from '../../.gen/providers/oci/ons-notification-topic';
import { OnsSubscription } from '../../.gen/providers/oci/ons-subscription';
import { GOVERNANCE_ENDPOINT_KEYS, type SubscriptionEndpoint, subscriptionTarget } from '../observability/subscription-endpoint';

/** Who the governance topic notifies: a name and exactly one endpoint (no SMS, see GOVERNANCE_ENDPOINT_KEYS). */
export interface GovernanceSubscription extends Omit<SubscriptionEndpoint, 'smsNumber'> {
  /** Name, unique among the subscriptions; part of the construct id. */
  readonly name: string;
}

/**
 * Defines the Notifications topic of governance events and its subscriptions (email, custom HTTPS,
 * PagerDuty, Slack or a function).
 *
 * @param scope - the ModelGovernance construct
 * @param id - construct id of the topic
 * @param props - compartment, topic name (unique in the tenancy), subscriptions
 * @returns the topic
 * @throws Error naming the subscription when a name repeats, it has not exactly one endpoint, or the endpoint is malformed
 */
export function governanceTopic(scope: Construct, id: string, props: { compartmentId: string; name: string; subscriptions: readonly GovernanceSubscription[] }): OnsNotificationTopic {
  const topic = new OnsNotificationTopic(scope, id, { compartmentId: props.compartmentId, name: props.name, description: 'oci-mlops governance events (registrations, approvals, deployments)' });
  const names = new Set<string>();
  for (const sub of props.subscriptions) {
    const where = `${scope.node.path}: subscription ${JSON.stringify(sub.name)}`;
    if (!/^[a-z][a-z0-9-]{0,62}$/.test(sub.name)) throw new Error(`${where}: name must be 1-63 characters of a-z, 0-9 and "-", starting with a letter`);
    if (names.has(sub.name)) throw new Error(`${where}: name already used by another subscription`);
    const { protocol, endpoint } = subscriptionTarget(sub, where, GOVERNANCE_ENDPOINT_KEYS);
    names.add(sub.name);
    new OnsSubscription(scope, `${id}Subscription-${sub.name}`, { compartmentId: props.compartmentId, topicId: topic.id, protocol, endpoint });
  }
  return topic;
}
