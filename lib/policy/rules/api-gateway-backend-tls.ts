import { type IConstruct } from 'constructs';
import { ApigatewayDeployment } from '../../../.gen/providers/oci/apigateway-deployment';
import { type RuleResult } from '../rule';
import { httpBackendVerdict } from '../private/backend-url';
import { combineVerdicts, type Verdict } from '../private/combine';
import { isToken } from '../private/tokens';

interface BackendView {
  readonly type?: unknown;
  readonly url?: unknown;
  readonly isSslVerifyDisabled?: unknown;
}

/**
 * Every HTTP backend of an API Gateway deployment (`type = "HTTP_BACKEND"`, also inside a
 * `DYNAMIC_ROUTING_BACKEND`'s routing backends) is reached over TLS with certificate verification on
 * (`is_ssl_verify_disabled` not true), or over plain HTTP only to a private address or privately
 * resolved name (see httpBackendVerdict).
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs and when a deciding value is a token
 */
export function apiGatewayBackendTls(node: IConstruct): RuleResult {
  if (!(node instanceof ApigatewayDeployment)) return 'NOT_APPLICABLE';
  const spec = node.specificationInput;
  if (spec === undefined || isToken(spec) || isToken(spec.routes)) return 'NOT_APPLICABLE';
  const routes = Array.isArray(spec.routes) ? spec.routes : [];
  return combineVerdicts(routes.flatMap((route): Verdict[] => {
    if (isToken(route) || isToken(route.backend)) return ['unknown'];
    const routing = route.backend.routingBackends;
    if (isToken(routing)) return ['unknown'];
    const nested: unknown[] = (Array.isArray(routing) ? routing : []).map((r) => (isToken(r) ? r : r.backend));
    return [route.backend, ...nested].map(backendVerdict);
  }));
}

function backendVerdict(backend: unknown): Verdict {
  if (backend === undefined) return 'pass';
  if (isToken(backend)) return 'unknown';
  const { type, url, isSslVerifyDisabled } = backend as BackendView;
  if (isToken(type)) return 'unknown';
  if (String(type).toUpperCase() !== 'HTTP_BACKEND') return 'pass';
  return httpBackendVerdict(url, isSslVerifyDisabled);
}
