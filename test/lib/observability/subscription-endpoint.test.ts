import { GOVERNANCE_ENDPOINT_KEYS, SUBSCRIPTION_PROTOCOLS, subscriptionEndpointProblem, subscriptionTarget } from '../../../lib/observability/subscription-endpoint';

const PAGERDUTY = 'https://events.pagerduty.com/integration/0c5a9d27e4b8461f93d2a7e6b1f04c8d/enqueue';
const SLACK = 'https://hooks.slack.com/services/T0EXAMPLE/B0EXAMPLE/EXAMPLEexampleEXAMPLE000';

describe('subscriptionTarget', () => {
  test.each([
    [{ email: 'oncall@example.com' }, 'EMAIL'],
    [{ customHttpsUrl: 'https://hooks.example.com/oci/alarms' }, 'CUSTOM_HTTPS'],
    [{ customHttpsUrl: 'https://bot:p%40ss%3Aword@hooks.example.com/oci' }, 'CUSTOM_HTTPS'],
    [{ pagerDutyUrl: PAGERDUTY }, 'PAGERDUTY'],
    [{ slackWebhookUrl: SLACK }, 'SLACK'],
    [{ functionId: 'ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaaexample' }, 'ORACLE_FUNCTIONS'],
    [{ smsNumber: '+14255550100' }, 'SMS'],
  ])('maps %j to protocol %s, endpoint unchanged', (entry, protocol) => {
    expect(subscriptionTarget(entry, 'x')).toEqual({ protocol, endpoint: Object.values(entry)[0] });
  });

  test('offers the protocols Notifications documents, without the deprecated HTTPS', () => {
    expect(SUBSCRIPTION_PROTOCOLS).toEqual(['EMAIL', 'CUSTOM_HTTPS', 'PAGERDUTY', 'SLACK', 'ORACLE_FUNCTIONS', 'SMS']);
    expect(SUBSCRIPTION_PROTOCOLS).not.toContain('HTTPS');
  });

  test('fails on an endpoint key the topic does not accept', () => {
    expect(() => subscriptionTarget({ smsNumber: '+14255550100' }, 'gov', GOVERNANCE_ENDPOINT_KEYS)).toThrow(/^gov: smsNumber is not accepted here; use one of email, customHttpsUrl, pagerDutyUrl, slackWebhookUrl, functionId$/);
  });
});

describe('subscriptionEndpointProblem', () => {
  test.each([
    ['email', 'oncall.example.com', /must be an email address/],
    ['customHttpsUrl', 'http://hooks.example.com/oci', /must be an https:\/\/ URL/],
    ['customHttpsUrl', 'https://hooks.example.com/oci?token=abc', /must not carry query parameters/],
    ['customHttpsUrl', 'https://bot:p@ss@hooks.example.com/oci', /must percent-encode reserved characters/],
    ['customHttpsUrl', 'https://10.0.4.7/oci', /reachable from the public internet/],
    ['customHttpsUrl', `https://hooks.example.com/${'a'.repeat(500)}`, /at most 512 characters \(got 526\)/],
    ['pagerDutyUrl', 'https://events.pagerduty.com/v2/enqueue', /PagerDuty integration URL/],
    ['pagerDutyUrl', 'https://events.pagerduty.com/integration/short/enqueue', /32-character integration key/],
    ['slackWebhookUrl', 'https://hooks.slack.com/services/T0EXAMPLE/B0EXAMPLE', /Slack incoming webhook/],
    ['slackWebhookUrl', `${SLACK}?channel=ops`, /without query parameters/],
    ['functionId', 'ocid1.fnapp.oc1.eu-frankfurt-1.aaaa', /OCID of a function/],
    ['smsNumber', '004255550100', /E\.164/],
    ['smsNumber', '+1 425 555 0100', /E\.164/],
  ] as const)('fails %s %j', (key, value, message) => {
    expect(subscriptionEndpointProblem(key, value)).toMatch(message);
  });
});
