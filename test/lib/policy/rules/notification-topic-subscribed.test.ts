import { AuditConfiguration } from '../../../../.gen/providers/oci/audit-configuration';
import { OnsNotificationTopic } from '../../../../.gen/providers/oci/ons-notification-topic';
import { OnsSubscription } from '../../../../.gen/providers/oci/ons-subscription';
import { notificationTopicSubscribed } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, newStack, ruleNotes } from '../support';

describe('notificationTopicSubscribed (OCI-CIS-3.3)', () => {
  test('passes a stack whose every topic has a subscription', () => {
    const stack = newStack();
    const critical = new OnsNotificationTopic(stack, 'Critical', { compartmentId: COMPARTMENT, name: 'critical' });
    const info = new OnsNotificationTopic(stack, 'Info', { compartmentId: COMPARTMENT, name: 'info' });
    new OnsSubscription(stack, 'Oncall', { compartmentId: COMPARTMENT, topicId: critical.id, protocol: 'EMAIL', endpoint: 'oncall@example.com' });
    new OnsSubscription(stack, 'Hook', { compartmentId: COMPARTMENT, topicId: info.topicId, protocol: 'HTTPS', endpoint: 'https://hooks.example.com/oci' });
    expect(notificationTopicSubscribed(stack)).toBe('COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-3.3')).toEqual([]);
  });

  test('fails a stack with an unsubscribed topic, and an audited stack without topics', () => {
    const unsubscribed = newStack();
    new OnsNotificationTopic(unsubscribed, 'Critical', { compartmentId: COMPARTMENT, name: 'critical' });
    expect(ruleNotes(unsubscribed, 'OCI-CIS-3.3')).toEqual([expectedNote('OCI-CIS-3.3', unsubscribed)]);
    const audited = newStack();
    new AuditConfiguration(audited, 'Audit', { compartmentId: COMPARTMENT, retentionPeriodDays: 365 });
    expect(notificationTopicSubscribed(audited)).toBe('NON_COMPLIANT');
  });

  test('is not applicable to a stack without topics or audit configuration, and to other constructs', () => {
    const stack = newStack();
    const topic = new OnsNotificationTopic(newStack(), 'T', { compartmentId: COMPARTMENT, name: 't' });
    expect(notificationTopicSubscribed(stack)).toBe('NOT_APPLICABLE');
    expect(notificationTopicSubscribed(topic)).toBe('NOT_APPLICABLE');
  });
});
