import { z } from 'zod';
import { GOVERNANCE_ENDPOINT_KEYS, type SubscriptionEndpoint, type SubscriptionEndpointKey, endpointCountProblem, subscriptionEndpointProblem } from '../observability/subscription-endpoint';
import { resourceName } from './common-schemas';

/** One endpoint key: a string checked with the rule the constructs apply (lib/observability/subscription-endpoint.ts). */
function endpointField(key: SubscriptionEndpointKey, description: string) {
  return z
    .string()
    .superRefine((value, ctx) => {
      const problem = subscriptionEndpointProblem(key, value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
    })
    .optional()
    .meta({ description });
}

const endpointFields = {
  email: endpointField('email', 'Email address to notify (protocol EMAIL).'),
  customHttpsUrl: endpointField('customHttpsUrl', 'Public HTTPS URL that accepts POST (protocol CUSTOM_HTTPS): no query parameters; Basic-auth credentials only, as https://user:password@host/path.'),
  pagerDutyUrl: endpointField('pagerDutyUrl', 'PagerDuty integration URL https://events.pagerduty.com/integration/<integration key>/enqueue (protocol PAGERDUTY).'),
  slackWebhookUrl: endpointField('slackWebhookUrl', 'Slack incoming webhook https://hooks.slack.com/services/<workspace>/<channel>/<secret> (protocol SLACK).'),
  functionId: endpointField('functionId', 'OCID of an OCI function to invoke (protocol ORACLE_FUNCTIONS).'),
  smsNumber: endpointField('smsNumber', 'Phone number in E.164 form, as in +14255550100 (protocol SMS; OC1 realm; alarm messages).'),
};

/** Exactly one endpoint key per entry, reported at the entry even when a field has its own problem. */
function exactlyOneEndpoint(keys: readonly SubscriptionEndpointKey[]) {
  return {
    error: (issue: { input?: unknown }) => endpointCountProblem(issue.input as SubscriptionEndpoint, keys),
    when: () => true,
  };
}
const hasOneEndpoint = (keys: readonly SubscriptionEndpointKey[]) => (entry: unknown) =>
  typeof entry !== 'object' || entry === null || endpointCountProblem(entry as SubscriptionEndpoint, keys) === undefined;

const ALL_KEYS = Object.keys(endpointFields) as SubscriptionEndpointKey[];

/** A subscription of the critical, warning and info topics of a team or of the platform. */
export const notificationSchema = z
  .object({
    name: resourceName.meta({ description: 'Name of the subscription, unique in the list.' }),
    severity: z.enum(['critical', 'warning', 'info']).meta({ description: 'Topic the subscription listens to.' }),
    ...endpointFields,
  })
  .strict()
  .refine(hasOneEndpoint(ALL_KEYS), exactlyOneEndpoint(ALL_KEYS));

const { smsNumber: _sms, ...governanceEndpointFields } = endpointFields;

/** A subscription of the governance events topic: every protocol but SMS, which drops the governance function's messages. */
export const governanceSubscriptionSchema = z
  .object({
    name: resourceName.meta({ description: 'Name of the subscription, unique in the list.' }),
    ...governanceEndpointFields,
  })
  .strict()
  .refine(hasOneEndpoint(GOVERNANCE_ENDPOINT_KEYS), exactlyOneEndpoint(GOVERNANCE_ENDPOINT_KEYS));
