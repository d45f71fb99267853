import { Construct } from 'constructs';
import { AuditConfiguration } from '../../.gen/providers/oci/audit-configuration';
import { LoggingLogGroup } from '../../.gen/providers/oci/logging-log-group';
import { outside, runChecks } from '../private/checks';
import { type ITopics, NotificationTopics, type TopicSubscription } from './notification-topics';

export interface PlatformObservabilityProps {
  readonly compartmentId: string;
  /** Tenancy OCID, for the audit retention setting (a tenancy-wide setting). */
  readonly tenancyId: string;
  /**
   * Name prefix of the log group and topics.
   * @default 'mlops'
   */
  readonly namePrefix?: string;
  /**
   * An existing log group to use instead of defining one.
   * @default - a log group is defined
   */
  readonly existingLogGroupId?: string;
  /**
   * Existing topics per severity to use instead of defining them.
   * @default - one topic per severity is defined
   */
  readonly existingTopics?: ITopics;
  /**
   * Subscriptions of the defined topics (not allowed with existingTopics).
   * @default - none
   */
  readonly subscriptions?: readonly TopicSubscription[];
  /**
   * Set the tenancy's audit log retention, in days (90-365), or `false` to leave it to whoever
   * owns the tenancy settings. CIS OCI 4.1 asks for 365.
   * @default 365
   */
  readonly auditRetentionDays?: number | false;
}

/**
 * Defines the observability base: the platform's log group, one Notifications topic per severity
 * with their subscriptions, and the tenancy's audit log retention.
 */
export class PlatformObservability extends Construct {
  readonly logGroupId: string;
  readonly logGroup?: LoggingLogGroup;
  readonly topics: ITopics;
  readonly notificationTopics?: NotificationTopics;
  readonly auditConfiguration?: AuditConfiguration;

  constructor(scope: Construct, id: string, props: PlatformObservabilityProps) {
    super(scope, id);
    const prefix = props.namePrefix ?? 'mlops';
    const audit = props.auditRetentionDays ?? 365;
    runChecks(this.node.path, props, [
      { fails: () => audit !== false && outside(audit, 90, 365), message: () => `auditRetentionDays must be an integer from 90 to 365 or false, got ${audit}` },
      { fails: (p) => p.existingTopics !== undefined && (p.subscriptions?.length ?? 0) > 0, message: () => 'subscriptions cannot be added to existingTopics: subscribe them where the topics are defined' },
    ]);
    if (props.existingLogGroupId) this.logGroupId = props.existingLogGroupId;
    else {
      this.logGroup = new LoggingLogGroup(this, 'LogGroup', { compartmentId: props.compartmentId, displayName: `${prefix}-logs`, description: 'oci-mlops platform logs' });
      this.logGroupId = this.logGroup.id;
    }
    if (props.existingTopics) this.topics = props.existingTopics;
    else {
      this.notificationTopics = new NotificationTopics(this, 'Topics', { compartmentId: props.compartmentId, namePrefix: prefix, subscriptions: props.subscriptions });
      this.topics = this.notificationTopics.topicIds;
    }
    if (audit !== false) {
      this.auditConfiguration = new AuditConfiguration(this, 'AuditRetention', { compartmentId: props.tenancyId, retentionPeriodDays: audit });
    }
  }
}
