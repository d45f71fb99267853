import { Construct } from 'constructs';
import { OnsNotificationTopic } from '../../.gen/providers/oci/ons-notification-topic';
import { OnsSubscription } from '../../.gen/providers/oci/ons-subscription';
import { type SubscriptionEndpoint, subscriptionTarget } from './subscription-endpoint';

export const SEVERITIES = ['critical', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Who a topic notifies: a name, a severity and exactly one endpoint, whose key chooses the protocol. */
export interface TopicSubscription extends SubscriptionEndpoint {
  /** Name, unique among the subscriptions; part of the construct id. */
  readonly name: string;
  /** Topic the subscription listens to. */
  readonly severity: Severity;
}

export interface NotificationTopicsProps {
  readonly compartmentId: string;
  /** Topic names are `<namePrefix>-<severity>`, unique in the tenancy. */
  readonly namePrefix: string;
  /**
   * Subscriptions per severity.
   * @default - none (add them later with addSubscription)
   */
  readonly subscriptions?: readonly TopicSubscription[];
}

/** Topic OCIDs per severity, as team stacks and alarms consume them. */
export type ITopics = Readonly<Record<Severity, string>>;

/**
 * Defines one Notifications topic per severity (critical, warning, info) and their subscriptions:
 * email, custom HTTPS, PagerDuty, Slack, function or SMS (SubscriptionEndpoint).
 */
export class NotificationTopics extends Construct {
  readonly topics: Record<Severity, OnsNotificationTopic>;
  readonly topicIds: ITopics;
  private readonly compartmentId: string;
  private readonly names = new Set<string>();

  constructor(scope: Construct, id: string, props: NotificationTopicsProps) {
    super(scope, id);
    this.compartmentId = props.compartmentId;
    const topic = (severity: Severity) =>
      new OnsNotificationTopic(this, severity, {
        compartmentId: props.compartmentId,
        name: `${props.namePrefix}-${severity}`,
        description: `oci-mlops ${severity} notifications`,
      });
    this.topics = { critical: topic('critical'), warning: topic('warning'), info: topic('info') };
    this.topicIds = { critical: this.topics.critical.id, warning: this.topics.warning.id, info: this.topics.info.id };
    for (const s of props.subscriptions ?? []) this.addSubscription(s);
  }

  /**
   * Subscribes one endpoint to one severity's topic.
   *
   * @throws when the name repeats, the entry has not exactly one endpoint, or the endpoint is malformed
   */
  addSubscription(sub: TopicSubscription): OnsSubscription {
    const where = `${this.node.path}: subscription "${sub.name}"`;
    if (this.names.has(sub.name)) throw new Error(`${where}: name already used by another subscription`);
    const { protocol, endpoint } = subscriptionTarget(sub, where);
    this.names.add(sub.name);
    return new OnsSubscription(this, `Subscription-${sub.name}`, { compartmentId: this.compartmentId, topicId: this.topics[sub.severity].id, protocol, endpoint });
  }
}
