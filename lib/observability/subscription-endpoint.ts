/**
 * The endpoints OCI Notifications accepts, one key per protocol, checked the way the service documents
 * them (docs/notifications.md cites each rule). The deprecated `HTTPS` protocol (PagerDuty only) is not
 * offered: `PAGERDUTY` replaces it.
 */

/** Subscription protocols of OCI Notifications that the library creates (`HTTPS` is deprecated). */
export const SUBSCRIPTION_PROTOCOLS = ['EMAIL', 'CUSTOM_HTTPS', 'PAGERDUTY', 'SLACK', 'ORACLE_FUNCTIONS', 'SMS'] as const;
/** A subscription protocol of OCI Notifications. */
export type SubscriptionProtocol = (typeof SUBSCRIPTION_PROTOCOLS)[number];

/** Where a subscription delivers: exactly one of these keys, which also chooses the protocol. */
export interface SubscriptionEndpoint {
  /**
   * Email address (protocol EMAIL).
   * @default - not this protocol
   */
  readonly email?: string;
  /**
   * Public HTTPS URL that accepts POST (protocol CUSTOM_HTTPS): no query parameters; credentials only as
   * Basic authentication in the URL (`https://user:password@host/path`, reserved characters percent-encoded).
   * @default - not this protocol
   */
  readonly customHttpsUrl?: string;
  /**
   * PagerDuty integration URL `https://events.pagerduty.com/integration/<integration key>/enqueue` (protocol PAGERDUTY).
   * @default - not this protocol
   */
  readonly pagerDutyUrl?: string;
  /**
   * Slack incoming webhook `https://hooks.slack.com/services/<webhook token>` (protocol SLACK).
   * @default - not this protocol
   */
  readonly slackWebhookUrl?: string;
  /**
   * OCID of an OCI function to invoke (protocol ORACLE_FUNCTIONS).
   * @default - not this protocol
   */
  readonly functionId?: string;
  /**
   * Phone number in E.164 form, `+<country code><number>` (protocol SMS; OC1 realm, alarm and Connector Hub messages only).
   * @default - not this protocol
   */
  readonly smsNumber?: string;
}

/** The key of each protocol in a subscription entry. */
export const SUBSCRIPTION_ENDPOINT_KEYS = {
  email: 'EMAIL',
  customHttpsUrl: 'CUSTOM_HTTPS',
  pagerDutyUrl: 'PAGERDUTY',
  slackWebhookUrl: 'SLACK',
  functionId: 'ORACLE_FUNCTIONS',
  smsNumber: 'SMS',
} as const satisfies Record<keyof SubscriptionEndpoint, SubscriptionProtocol>;
export type SubscriptionEndpointKey = keyof typeof SUBSCRIPTION_ENDPOINT_KEYS;
const ENDPOINT_KEYS = Object.keys(SUBSCRIPTION_ENDPOINT_KEYS) as SubscriptionEndpointKey[];

/**
 * Endpoints the governance topic accepts: every protocol but SMS, which Notifications delivers only for
 * Monitoring, Announcements and Connector Hub messages and drops for the messages the governance
 * function publishes.
 */
export const GOVERNANCE_ENDPOINT_KEYS: readonly SubscriptionEndpointKey[] = ENDPOINT_KEYS.filter((k) => k !== 'smsNumber');

/** The Notifications API refuses endpoint URLs longer than this. */
export const MAX_SUBSCRIPTION_URL_LENGTH = 512;

const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
// PagerDuty integration keys are 32 letters and digits.
const PAGERDUTY = /^https:\/\/events\.pagerduty\.com\/integration\/[A-Za-z0-9]{32}\/enqueue$/;
// The webhook token holds two slashes: <workspace>/<channel>/<secret>.
const SLACK = /^https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9]+\/[A-Za-z0-9]+\/[A-Za-z0-9]+$/;
const FUNCTION_OCID = /^ocid1\.fnfunc\.[a-z0-9-]+\.[a-z0-9-]*\.[a-z0-9]+$/;
const E164 = /^\+[1-9]\d{1,14}$/;
// RFC 3986 userinfo: unreserved, sub-delims, ":" and percent-encoded octets.
const USERINFO = /^([A-Za-z0-9\-._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*$/;
const PRIVATE_HOST = /^(localhost|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|169\.254\.\d+\.\d+|\[(::1|f[cd][0-9a-f]*:.*|fe80:.*)\])$|\.(local|internal)$/i;

function customHttpsProblem(url: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url);
  if (!scheme || scheme[1]!.toLowerCase() !== 'https') return 'must be an https:// URL';
  if (url.includes('?')) return 'must not carry query parameters (Notifications refuses them in CUSTOM_HTTPS URLs; put values in the path)';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be a valid URL';
  }
  const authority = url.slice(scheme[0].length).split(/[/#]/, 1)[0]!;
  const at = authority.lastIndexOf('@');
  if (at >= 0 && !USERINFO.test(authority.slice(0, at))) return 'Basic-auth credentials in the URL must percent-encode reserved characters (RFC 3986), as in https://user:p%40ss@host/path';
  if (PRIVATE_HOST.test(parsed.hostname)) return 'must be reachable from the public internet (Notifications does not deliver to private endpoints)';
  return undefined;
}

const CHECKS: Record<SubscriptionEndpointKey, (value: string) => string | undefined> = {
  email: (v) => (EMAIL.test(v) ? undefined : 'must be an email address'),
  customHttpsUrl: customHttpsProblem,
  pagerDutyUrl: (v) => (PAGERDUTY.test(v) ? undefined : 'must be a PagerDuty integration URL https://events.pagerduty.com/integration/<32-character integration key>/enqueue'),
  slackWebhookUrl: (v) => (SLACK.test(v) ? undefined : 'must be a Slack incoming webhook https://hooks.slack.com/services/<workspace>/<channel>/<secret>, without query parameters'),
  functionId: (v) => (FUNCTION_OCID.test(v) ? undefined : 'must be the OCID of a function: ocid1.fnfunc.<realm>.<region>.<unique id>'),
  smsNumber: (v) => (E164.test(v) ? undefined : 'must be a phone number in E.164 form: "+", the country code and the number, up to 15 digits, as in +14255550100'),
};

/**
 * What is wrong with one endpoint value, in the words of the Notifications documentation.
 *
 * @param key the endpoint key, which chooses the protocol
 * @param value the endpoint
 * @returns the problem (without the value), or undefined when Notifications accepts it
 * @example subscriptionEndpointProblem('smsNumber', '0425 555 0100') // 'must be a phone number in E.164 form: ...'
 */
export function subscriptionEndpointProblem(key: SubscriptionEndpointKey, value: string): string | undefined {
  if (key !== 'email' && key !== 'functionId' && key !== 'smsNumber' && value.length > MAX_SUBSCRIPTION_URL_LENGTH) {
    return `must be at most ${MAX_SUBSCRIPTION_URL_LENGTH} characters (got ${value.length})`;
  }
  return CHECKS[key](value);
}

/** The endpoint keys an entry sets. */
export function endpointKeysOf(entry: SubscriptionEndpoint): SubscriptionEndpointKey[] {
  return ENDPOINT_KEYS.filter((k) => entry[k] !== undefined);
}

/** The message for an entry without exactly one endpoint key, or undefined when it has one. */
export function endpointCountProblem(entry: SubscriptionEndpoint, allowed: readonly SubscriptionEndpointKey[] = ENDPOINT_KEYS): string | undefined {
  const set = endpointKeysOf(entry);
  if (set.length === 1) return undefined;
  return `set exactly one endpoint of ${allowed.join(', ')}; got ${set.length ? set.join(' and ') : 'none'}`;
}

/**
 * The protocol and endpoint of an entry, checked.
 *
 * @param entry the subscription entry
 * @param where prefix of the error message (construct path and subscription name)
 * @param allowed endpoint keys this topic accepts
 * @returns the protocol and the endpoint for `oci_ons_subscription`
 * @throws when the entry has not exactly one endpoint, an endpoint key is not allowed, or the value is malformed
 * @example subscriptionTarget({ slackWebhookUrl: 'https://hooks.slack.com/services/T0/B0/x' }, 'x') // { protocol: 'SLACK', endpoint: '...' }
 */
export function subscriptionTarget(entry: SubscriptionEndpoint, where: string, allowed: readonly SubscriptionEndpointKey[] = ENDPOINT_KEYS): { protocol: SubscriptionProtocol; endpoint: string } {
  const count = endpointCountProblem(entry, allowed);
  if (count) throw new Error(`${where}: ${count}`);
  const key = endpointKeysOf(entry)[0]!;
  if (!allowed.includes(key)) throw new Error(`${where}: ${key} is not accepted here; use one of ${allowed.join(', ')}`);
  const endpoint = entry[key]!;
  const problem = subscriptionEndpointProblem(key, endpoint);
  if (problem) throw new Error(`${where}: ${key} ${problem}, got ${JSON.stringify(endpoint)}`);
  return { protocol: SUBSCRIPTION_ENDPOINT_KEYS[key], endpoint };
}
