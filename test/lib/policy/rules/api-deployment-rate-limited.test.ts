import { ApigatewayDeployment, type ApigatewayDeploymentSpecification } from '../../../../.gen/providers/oci/apigateway-deployment';
import { apiDeploymentRateLimited } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, newStack, ruleNotes } from '../support';

const ROUTES = [{ path: '/predict', backend: { type: 'ORACLE_FUNCTIONS_BACKEND', functionId: 'ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaexample' } }];

function deployment(specification: ApigatewayDeploymentSpecification) {
  const stack = newStack();
  return { stack, deployment: new ApigatewayDeployment(stack, 'Api', { compartmentId: COMPARTMENT, gatewayId: 'ocid1.apigateway.oc1..gw', pathPrefix: '/v1', specification }) };
}

describe('apiDeploymentRateLimited (MLOPS-14)', () => {
  test('passes a deployment with a rate limit per client IP', () => {
    const { stack, deployment: d } = deployment({ requestPolicies: { rateLimiting: { rateInRequestsPerSecond: 100, rateKey: 'CLIENT_IP' } }, routes: ROUTES });
    expect(apiDeploymentRateLimited(d)).toBe('COMPLIANT');
    expect(ruleNotes(stack, 'MLOPS-14')).toEqual([]);
  });

  test('fails a deployment without a rate limit, also when it has other request policies', () => {
    const { stack, deployment: d } = deployment({ routes: ROUTES });
    const withCors = deployment({ requestPolicies: { cors: { allowedOrigins: ['https://app.example.com'] } }, routes: ROUTES }).deployment;
    expect([d, withCors].map(apiDeploymentRateLimited)).toEqual(['NON_COMPLIANT', 'NON_COMPLIANT']);
    expect(ruleNotes(stack, 'MLOPS-14')).toEqual([expectedNote('MLOPS-14', d)]);
  });
});
