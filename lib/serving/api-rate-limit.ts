import { type ApigatewayDeploymentSpecificationRequestPoliciesRateLimiting } from '../../.gen/providers/oci/apigateway-deployment';
import { type Check, outside } from '../private/checks';

/** What an API Gateway rate limit counts, as the API's RateLimitingPolicy.rateKey lists them. */
export const RATE_LIMIT_KEYS = ['CLIENT_IP', 'TOTAL'] as const;
/** What an API Gateway rate limit counts: each client IP apart, or all clients together. */
export type RateLimitKey = (typeof RATE_LIMIT_KEYS)[number];

/** Requests per second every API deployment of the library accepts unless told otherwise. */
export const DEFAULT_RATE_LIMIT_PER_SECOND = 100;
/** The most requests per second a rate limit of the library accepts. */
export const MAX_RATE_LIMIT_PER_SECOND = 10000;

/** The rate limit of an API deployment: API Gateway answers 429 beyond it, before the backend is called. */
export interface ApiRateLimitProps {
  /**
   * Requests per second the deployment accepts, per client IP or in total (rateLimitKey), 1-10000.
   * @default 100
   */
  readonly rateLimitPerSecond?: number;
  /**
   * What the rate limit counts: each client IP apart (`CLIENT_IP`) or all clients together (`TOTAL`).
   * @default 'CLIENT_IP'
   */
  readonly rateLimitKey?: RateLimitKey;
}

/** The checks of ApiRateLimitProps, for the check table of each construct that defines an API deployment. */
export const RATE_LIMIT_CHECKS: readonly Check<ApiRateLimitProps>[] = [
  {
    fails: (p) => outside(p.rateLimitPerSecond, 1, MAX_RATE_LIMIT_PER_SECOND),
    message: (p) => `rateLimitPerSecond must be an integer from 1 to ${MAX_RATE_LIMIT_PER_SECOND}, got ${p.rateLimitPerSecond}`,
  },
  {
    fails: (p) => p.rateLimitKey !== undefined && !(RATE_LIMIT_KEYS as readonly string[]).includes(p.rateLimitKey),
    message: (p) => `rateLimitKey must be one of ${RATE_LIMIT_KEYS.join(', ')}, got ${JSON.stringify(p.rateLimitKey)}`,
  },
];

/**
 * The rate-limiting request policy of an API deployment, from props checked with RATE_LIMIT_CHECKS.
 * Every deployment the library defines has one, so that one client cannot exhaust the backend behind it.
 *
 * @param props the rate limit; omitted values take the defaults
 * @returns the deployment's `requestPolicies.rateLimiting`
 * @example rateLimitingPolicy({}) // { rateInRequestsPerSecond: 100, rateKey: 'CLIENT_IP' }
 */
export function rateLimitingPolicy(props: ApiRateLimitProps): ApigatewayDeploymentSpecificationRequestPoliciesRateLimiting {
  return { rateInRequestsPerSecond: props.rateLimitPerSecond ?? DEFAULT_RATE_LIMIT_PER_SECOND, rateKey: props.rateLimitKey ?? 'CLIENT_IP' };
}
