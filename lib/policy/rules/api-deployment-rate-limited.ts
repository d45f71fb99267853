import { type IConstruct } from 'constructs';
import { ApigatewayDeployment } from '../../../.gen/providers/oci/apigateway-deployment';
import { type RuleResult } from '../rule';
import { isConfigured, isToken } from '../private/tokens';

/**
 * An API Gateway deployment limits the request rate: `specification.request_policies.rate_limiting`
 * is set (a rate per client IP or in total), so one client cannot exhaust the backends.
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs and when the specification or its request policies are a token
 */
export function apiDeploymentRateLimited(node: IConstruct): RuleResult {
  if (!(node instanceof ApigatewayDeployment)) return 'NOT_APPLICABLE';
  const spec = node.specificationInput;
  if (spec === undefined) return 'NON_COMPLIANT';
  if (isToken(spec) || isToken(spec.requestPolicies)) return 'NOT_APPLICABLE';
  return isConfigured(spec.requestPolicies?.rateLimiting) ? 'COMPLIANT' : 'NON_COMPLIANT';
}
