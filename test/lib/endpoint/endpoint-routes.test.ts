import { Construct } from 'constructs';
import { EndpointRoutes } from '../../../lib/endpoint/endpoint-routes';
import { freshStack, resourcesOf, synthResources } from '../../support/synth';
import { GATEWAY, LOG_GROUP, ROUTES_PROPS } from './fixtures';

/** The synthesized deployment and logs of an EndpointRoutes with one function route. */
function synth(props: Partial<typeof ROUTES_PROPS> = {}) {
  return synthResources((s) => {
    const routes = new EndpointRoutes(s, 'Routes', { ...ROUTES_PROPS, ...props });
    routes.addRoute({ path: '/models/a/predict', backend: { type: 'function', functionId: 'ocid1.fnfunc.oc1..a' }, readTimeoutSec: 30, owner: new Construct(s, 'A') });
  });
}

describe('EndpointRoutes', () => {
  test('defines the deployment on the gateway with rate limiting, no CORS by default, and access and execution logs', () => {
    const r = synth();
    const d = resourcesOf(r, 'oci_apigateway_deployment')[0]!;
    expect(d).toMatchObject({ gateway_id: GATEWAY, path_prefix: '/fraud-detection', specification: { request_policies: { rate_limiting: { rate_in_requests_per_second: 100, rate_key: 'CLIENT_IP' } }, logging_policies: { execution_log: { is_enabled: true, log_level: 'WARN' } } } });
    expect((d.specification as { request_policies: Record<string, unknown> }).request_policies.cors).toBeUndefined();
    const logs = resourcesOf(r, 'oci_logging_log').map((l) => [(l.configuration as { source: { category: string } }).source.category, l.log_group_id, l.log_type]);
    expect(logs).toEqual([['access', LOG_GROUP, 'SERVICE'], ['execution', LOG_GROUP, 'SERVICE']]);
  });

  test('sets CORS for the given origins, the rate key and the log level', () => {
    const d = resourcesOf(synth({ corsAllowedOrigins: ['https://shop.example.com'], corsMaxAgeSec: 60, rateLimitPerSecond: 500, rateLimitKey: 'TOTAL', executionLogLevel: 'INFO' }), 'oci_apigateway_deployment')[0]!;
    expect(d.specification).toMatchObject({
      request_policies: {
        cors: { allowed_origins: ['https://shop.example.com'], allowed_methods: ['POST', 'OPTIONS'], max_age_in_seconds: 60, is_allow_credentials_enabled: false },
        rate_limiting: { rate_in_requests_per_second: 500, rate_key: 'TOTAL' },
      },
      logging_policies: { execution_log: { log_level: 'INFO' } },
    });
  });

  test('makes routes anonymous only when authentication is "none", with no authentication policy', () => {
    const spec = resourcesOf(synth({ authentication: 'none' }), 'oci_apigateway_deployment')[0]!.specification as { request_policies: Record<string, unknown>; routes: { request_policies: unknown }[] };
    expect(spec.request_policies.authentication).toBeUndefined();
    expect(spec.routes[0]!.request_policies).toEqual({ authorization: { type: 'ANONYMOUS' } });
  });

  test('fails for a bad path prefix, rate, origin or authentication, listing every problem', () => {
    expect(() => new EndpointRoutes(freshStack(), 'R', { ...ROUTES_PROPS, pathPrefix: 'fraud', rateLimitPerSecond: 0, corsAllowedOrigins: ['shop.example.com'] }))
      .toThrow('T/R: pathPrefix must be "/" followed by lowercase segments (e.g. "/fraud-detection"), got "fraud"; rateLimitPerSecond must be an integer from 1 to 10000, got 0; corsAllowedOrigins must hold "*" or origins like "https://app.example.com", got "shop.example.com"');
    expect(() => new EndpointRoutes(freshStack(), 'R', { ...ROUTES_PROPS, authentication: { type: 'jwt', issuers: [], audiences: ['a'], jwksUri: 'http://x' } }))
      .toThrow('T/R: authentication.issuers must list at least one issuer; authentication.jwksUri must be an https:// URL, got "http://x"');
  });

  test('allows one prefix on two different gateways', () => {
    const stack = freshStack();
    new EndpointRoutes(stack, 'A', ROUTES_PROPS);
    expect(() => new EndpointRoutes(stack, 'B', { ...ROUTES_PROPS, gatewayId: 'ocid1.apigateway.oc1..other' })).not.toThrow();
  });
});
