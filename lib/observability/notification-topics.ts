import { Construct } from 'constructs';
import { OnsNotificationTopic } from '../../.gen/providers/oci/ons-notification-topic';
import { OnsSubscription } from '../../.gen/providers/oci/ons-subscription';

export const SEVERITIES = ['critical', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Who a topic notifies. */
export interface TopicSubscription {
  /** Name, unique among the subscriptions; part of the construct id. */
  readonly name: string;
  readonly severity: Severity;
  /** Exactly one of email or httpsUrl. */
  readonly email?: string;
  readonly httpsUrl?: string;
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
 * Defines one Notifications topic per severity (critical, warning, info) and their email and
 * HTTPS subscriptions.
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

  /** Subscribes an email address or an HTTPS endpoint to one severity's topic. */
  addSubscription(sub: TopicSubscription): OnsSubscription {
    const where = `${this.node.path}: subscription "${sub.name}"`;
    if (this.names.has(sub.name)) throw new Error(`${where}: name already used by another subscription`);
    if ((sub.email === undefined) === (sub.httpsUrl === undefined)) throw new Error(`${where}: set exactly one of email or httpsUrl`);
    if (sub.httpsUrl !== undefined && !/^https:\/\/[^\s/]+/.test(sub.httpsUrl)) throw new Error(`${where}: httpsUrl must be an https:// URL, got ${JSON.stringify(sub.httpsUrl)}`);
    if (sub.email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(sub.email)) throw new Error(`${where}: email is not an email address, got ${JSON.stringify(sub.email)}`);
    this.names.add(sub.name);
    return new OnsSubscription(this, `Subscription-${sub.name}`, {
      compartmentId: this.compartmentId,
      topicId: this.topics[sub.severity].id,
      protocol: sub.email !== undefined ? 'EMAIL' : 'HTTPS',
      endpoint: sub.email ?? sub.httpsUrl!,
    });
  }
}
