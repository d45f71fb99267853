import { NotificationTopics } from '../../../lib/observability/notification-topics';
import { PlatformObservability } from '../../../lib/observability/platform-observability';
import { freshStack, resourcesOf, synthResources } from '../../support/synth';

const COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rqfvla';
const TENANCY = 'ocid1.tenancy.oc1..aaaaaaaa4bqxzp2mwylfkzhrtmcv5lsmjxnl7sdtwkf3m7ec2qldmc6ngh2a';

describe('NotificationTopics and PlatformObservability', () => {
  test('defines one topic per severity, one subscription per endpoint with the protocol its key names, and 365-day audit retention', () => {
    const r = synthResources((s) => {
      new PlatformObservability(s, 'Obs', {
        compartmentId: COMPARTMENT, tenancyId: TENANCY, namePrefix: 'acme',
        subscriptions: [
          { name: 'oncall', severity: 'critical', email: 'oncall@example.com' },
          { name: 'pager', severity: 'critical', pagerDutyUrl: PAGERDUTY },
          { name: 'slack', severity: 'warning', slackWebhookUrl: SLACK },
          { name: 'receiver', severity: 'info', customHttpsUrl: 'https://bot:s%40cret@hooks.example.com/oci' },
          { name: 'fn', severity: 'info', functionId: FUNCTION },
          { name: 'sms', severity: 'critical', smsNumber: '+14255550100' },
        ],
      });
    });
    expect(resourcesOf(r, 'oci_ons_notification_topic').map((t) => t.name)).toEqual(['acme-critical', 'acme-info', 'acme-warning']);
    expect(resourcesOf(r, 'oci_ons_subscription').map((s) => [s.protocol, s.endpoint])).toEqual(expect.arrayContaining([
      ['EMAIL', 'oncall@example.com'], ['PAGERDUTY', PAGERDUTY], ['SLACK', SLACK],
      ['CUSTOM_HTTPS', 'https://bot:s%40cret@hooks.example.com/oci'], ['ORACLE_FUNCTIONS', FUNCTION], ['SMS', '+14255550100'],
    ]));
    expect(resourcesOf(r, 'oci_ons_subscription')).toHaveLength(6);
    expect(resourcesOf(r, 'oci_audit_configuration')).toEqual([expect.objectContaining({ compartment_id: TENANCY, retention_period_days: 365 })]);
  });

  test('never emits the deprecated HTTPS protocol', () => {
    const r = synthResources((s) => { new NotificationTopics(s, 'T', { compartmentId: COMPARTMENT, namePrefix: 'x', subscriptions: [{ name: 'a', severity: 'info', customHttpsUrl: 'https://x.example.com/hook' }] }); });
    expect(resourcesOf(r, 'oci_ons_subscription').map((s) => s.protocol)).toEqual(['CUSTOM_HTTPS']);
  });

  test('fails on a subscription with two endpoints', () => {
    expect(() => topicsWith({ email: 'a@example.com', slackWebhookUrl: SLACK })).toThrow(/subscription "a": set exactly one endpoint of email, customHttpsUrl, .*; got email and slackWebhookUrl/);
  });

  test('fails on a subscription without an endpoint', () => {
    expect(() => topicsWith({})).toThrow(/subscription "a": set exactly one endpoint of .*; got none/);
  });

  test('fails on a plain-HTTP custom URL, naming the value', () => {
    expect(() => topicsWith({ customHttpsUrl: 'http://x.example.com' })).toThrow(/customHttpsUrl must be an https:\/\/ URL, got "http:\/\/x.example.com"/);
  });

  test('fails on a PagerDuty URL that is not an integration URL', () => {
    expect(() => topicsWith({ pagerDutyUrl: 'https://events.pagerduty.com/v2/enqueue' })).toThrow(/pagerDutyUrl must be a PagerDuty integration URL/);
  });
});

const PAGERDUTY = 'https://events.pagerduty.com/integration/0c5a9d27e4b8461f93d2a7e6b1f04c8d/enqueue';
const SLACK = 'https://hooks.slack.com/services/T0EXAMPLE/B0EXAMPLE/EXAMPLEexampleEXAMPLE000';
const FUNCTION = 'ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaaexample';
const topicsWith = (endpoint: object) => new NotificationTopics(freshStack(), 'T', { compartmentId: COMPARTMENT, namePrefix: 'x', subscriptions: [{ name: 'a', severity: 'info', ...endpoint }] });

describe('PlatformObservability', () => {
  test('fails on an audit retention below 90 days', () => {
    expect(() => new PlatformObservability(freshStack(), 'O', { compartmentId: COMPARTMENT, tenancyId: TENANCY, auditRetentionDays: 30 })).toThrow(/auditRetentionDays must be an integer from 90 to 365 or false, got 30/);
  });
});
