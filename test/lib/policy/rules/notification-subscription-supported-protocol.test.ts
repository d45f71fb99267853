import { OnsSubscription } from '../../../../.gen/providers/oci/ons-subscription';
import { notificationSubscriptionSupportedProtocol } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, newStack, ruleNotes, tokenString } from '../support';

const TOPIC = 'ocid1.onstopic.oc1.eu-frankfurt-1.aaaaexample';

describe('notificationSubscriptionSupportedProtocol (MLOPS-15)', () => {
  test('passes the protocols OCI Notifications supports', () => {
    const stack = newStack();
    const subscriptions = [
      ['CUSTOM_HTTPS', 'https://hooks.example.com/mlops'],
      ['PAGERDUTY', 'https://events.pagerduty.com/integration/0123456789abcdef0123456789abcdef/enqueue'],
      ['SLACK', 'https://hooks.slack.com/services/T000/B000/XXXX'],
      ['EMAIL', 'mlops@example.com'],
    ].map(([protocol, endpoint]) => new OnsSubscription(stack, protocol, { compartmentId: COMPARTMENT, topicId: TOPIC, protocol, endpoint }));
    expect(subscriptions.map(notificationSubscriptionSupportedProtocol)).toEqual(['COMPLIANT', 'COMPLIANT', 'COMPLIANT', 'COMPLIANT']);
    expect(ruleNotes(stack, 'MLOPS-15')).toEqual([]);
  });

  test('fails the deprecated HTTPS protocol', () => {
    const stack = newStack();
    const webhook = new OnsSubscription(stack, 'Webhook', { compartmentId: COMPARTMENT, topicId: TOPIC, protocol: 'HTTPS', endpoint: 'https://hooks.example.com/mlops' });
    expect(notificationSubscriptionSupportedProtocol(webhook)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'MLOPS-15')).toEqual([expectedNote('MLOPS-15', webhook)]);
  });

  test('is not applicable when the protocol is a token', () => {
    const stack = newStack();
    const sub = new OnsSubscription(stack, 'Any', { compartmentId: COMPARTMENT, topicId: TOPIC, protocol: tokenString(stack), endpoint: 'mlops@example.com' });
    expect(notificationSubscriptionSupportedProtocol(sub)).toBe('NOT_APPLICABLE');
  });
});
