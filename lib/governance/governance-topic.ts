import { type Construct } from 'constructs';
import { OnsNotificationTopic } from '../../.gen/providers/oci/ons-notification-topic';
import { OnsSubscription } from '../../.gen/providers/oci/ons-subscription';

/** Who the governance topic notifies: exactly one of email or httpsUrl. */
export interface GovernanceSubscription {
  /** Name, unique among the subscriptions; part of the construct id. */
  readonly name: string;
  readonly email?: string;
  readonly httpsUrl?: string;
}

/**
 * Defines the Notifications topic of governance events and its email and HTTPS subscriptions.
 *
 * @param scope - the ModelGovernance construct
 * @param id - construct id of the topic
 * @param props - compartment, topic name (unique in the tenancy), subscriptions
 * @returns the topic
 * @throws Error naming the subscription when a name repeats, both or neither of email and httpsUrl are set, or a value is malformed
 */
export function governanceTopic(scope: Construct, id: string, props: { compartmentId: string; name: string; subscriptions: readonly GovernanceSubscription[] }): OnsNotificationTopic {
  const topic = new OnsNotificationTopic(scope, id, { compartmentId: props.compartmentId, name: props.name, description: 'oci-mlops governance events (registrations, approvals, deployments)' });
  const names = new Set<string>();
  for (const sub of props.subscriptions) {
    const where = `${scope.node.path}: subscription ${JSON.stringify(sub.name)}`;
    if (!/^[a-z][a-z0-9-]{0,62}$/.test(sub.name)) throw new Error(`${where}: name must be 1-63 characters of a-z, 0-9 and "-", starting with a letter`);
    if (names.has(sub.name)) throw new Error(`${where}: name already used by another subscription`);
    if ((sub.email === undefined) === (sub.httpsUrl === undefined)) throw new Error(`${where}: set exactly one of email or httpsUrl`);
    if (sub.httpsUrl !== undefined && !/^https:\/\/[^\s/]+/.test(sub.httpsUrl)) throw new Error(`${where}: httpsUrl must be an https:// URL, got ${JSON.stringify(sub.httpsUrl)}`);
    if (sub.email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(sub.email)) throw new Error(`${where}: email is not an email address, got ${JSON.stringify(sub.email)}`);
    names.add(sub.name);
    new OnsSubscription(scope, `${id}Subscription-${sub.name}`, {
      compartmentId: props.compartmentId, topicId: topic.id, protocol: sub.email !== undefined ? 'EMAIL' : 'HTTPS', endpoint: sub.email ?? sub.httpsUrl!,
    });
  }
  return topic;
}
