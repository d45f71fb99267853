import { NotificationTopics } from '../../../lib/observability/notification-topics';
import { PlatformObservability } from '../../../lib/observability/platform-observability';
import { freshStack, resourcesOf, synthResources } from '../../support/synth';

const COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rqfvla';
const TENANCY = 'ocid1.tenancy.oc1..aaaaaaaa4bqxzp2mwylfkzhrtmcv5lsmjxnl7sdtwkf3m7ec2qldmc6ngh2a';

describe('NotificationTopics and PlatformObservability', () => {
  test('defines one topic per severity with email and HTTPS subscriptions, and 365-day audit retention', () => {
    const r = synthResources((s) => {
      new PlatformObservability(s, 'Obs', {
        compartmentId: COMPARTMENT, tenancyId: TENANCY, namePrefix: 'acme',
        subscriptions: [{ name: 'oncall', severity: 'critical', email: 'oncall@example.com' }, { name: 'pager', severity: 'critical', httpsUrl: 'https://pager.example.com/hook' }],
      });
    });
    expect(resourcesOf(r, 'oci_ons_notification_topic').map((t) => t.name)).toEqual(['acme-critical', 'acme-info', 'acme-warning']);
    expect(resourcesOf(r, 'oci_ons_subscription').map((s) => [s.protocol, s.endpoint])).toEqual([['EMAIL', 'oncall@example.com'], ['HTTPS', 'https://pager.example.com/hook']]);
    expect(resourcesOf(r, 'oci_audit_configuration')).toEqual([expect.objectContaining({ compartment_id: TENANCY, retention_period_days: 365 })]);
  });

  test('fails on a subscription with both email and URL', () => {
    expect(() => new NotificationTopics(freshStack(), 'T', { compartmentId: COMPARTMENT, namePrefix: 'x', subscriptions: [{ name: 'a', severity: 'info', email: 'a@example.com', httpsUrl: 'https://x.example.com' }] }))
      .toThrow(/subscription "a": set exactly one of email or httpsUrl/);
  });

  test('fails on a plain-HTTP subscription URL', () => {
    expect(() => new NotificationTopics(freshStack(), 'T', { compartmentId: COMPARTMENT, namePrefix: 'x', subscriptions: [{ name: 'a', severity: 'info', httpsUrl: 'http://x.example.com' }] }))
      .toThrow(/httpsUrl must be an https:\/\/ URL, got "http:\/\/x.example.com"/);
  });

  test('fails on an audit retention below 90 days', () => {
    expect(() => new PlatformObservability(freshStack(), 'O', { compartmentId: COMPARTMENT, tenancyId: TENANCY, auditRetentionDays: 30 })).toThrow(/auditRetentionDays must be an integer from 90 to 365 or false, got 30/);
  });
});
