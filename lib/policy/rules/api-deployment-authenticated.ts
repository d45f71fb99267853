import { type IConstruct } from 'constructs';
import { ApigatewayDeployment } from '../../../.gen/providers/oci/apigateway-deployment';
import { type RuleResult } from '../rule';
import { isToken } from '../private/tokens';

/**
 * Every route of an API Gateway deployment is authenticated: the deployment's
 * `specification.request_policies` sets `authentication` (or `dynamic_authentication`), does not
 * set `authentication.is_anonymous_access_allowed = true`, and no route sets
 * `request_policies.authorization.type = "ANONYMOUS"`.
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs and when a deciding value is a token
 */
export function apiDeploymentAuthenticated(node: IConstruct): RuleResult {
  if (!(node instanceof ApigatewayDeployment)) return 'NOT_APPLICABLE';
  const spec = node.specificationInput;
  if (spec === undefined) return 'NON_COMPLIANT';
  const policies = spec.requestPolicies;
  if (isToken(spec) || isToken(policies)) return 'NOT_APPLICABLE';
  const authentication = policies?.authentication;
  const dynamic = policies?.dynamicAuthentication;
  if (authentication === undefined && dynamic === undefined) return 'NON_COMPLIANT';
  const anonymousAllowed = authentication?.isAnonymousAccessAllowed;
  if (isToken(anonymousAllowed)) return 'NOT_APPLICABLE';
  if (anonymousAllowed === true) return 'NON_COMPLIANT';
  const routes = spec.routes;
  if (isToken(routes)) return 'NOT_APPLICABLE';
  const types = (Array.isArray(routes) ? routes : []).map((r) => r.requestPolicies?.authorization?.type);
  if (types.some((t) => t === 'ANONYMOUS')) return 'NON_COMPLIANT';
  return types.some(isToken) ? 'NOT_APPLICABLE' : 'COMPLIANT';
}
