import { ApigatewayDeployment, type ApigatewayDeploymentSpecification } from '../../../../.gen/providers/oci/apigateway-deployment';
import { apiDeploymentAuthenticated } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, newStack, ruleNotes } from '../support';

const BACKEND = { type: 'ORACLE_FUNCTIONS_BACKEND', functionId: 'ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaexample' };
const JWT = { type: 'JWT_AUTHENTICATION', tokenHeader: 'Authorization', tokenAuthScheme: 'Bearer', issuers: ['https://idcs.example.com'], audiences: ['mlops'] };

function deployment(specification: ApigatewayDeploymentSpecification) {
  const stack = newStack();
  return { stack, deployment: new ApigatewayDeployment(stack, 'Api', { compartmentId: COMPARTMENT, gatewayId: 'ocid1.apigateway.oc1..gw', pathPrefix: '/v1', specification }) };
}

describe('apiDeploymentAuthenticated (MLOPS-4)', () => {
  test('passes a deployment with JWT authentication and authenticated routes', () => {
    const { stack, deployment: d } = deployment({
      requestPolicies: { authentication: JWT },
      routes: [{ path: '/predict', methods: ['POST'], backend: BACKEND, requestPolicies: { authorization: { type: 'AUTHENTICATION_ONLY' } } }],
    });
    expect(apiDeploymentAuthenticated(d)).toBe('COMPLIANT');
    expect(ruleNotes(stack, 'MLOPS-4')).toEqual([]);
  });

  test('fails a deployment without authentication', () => {
    const { stack, deployment: d } = deployment({ routes: [{ path: '/predict', backend: BACKEND }] });
    expect(apiDeploymentAuthenticated(d)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'MLOPS-4')).toEqual([expectedNote('MLOPS-4', d)]);
  });

  test.each([
    ['an anonymous route', { requestPolicies: { authentication: JWT }, routes: [{ path: '/open', backend: BACKEND, requestPolicies: { authorization: { type: 'ANONYMOUS' } } }] }],
    ['anonymous access allowed', { requestPolicies: { authentication: { ...JWT, isAnonymousAccessAllowed: true } }, routes: [{ path: '/predict', backend: BACKEND }] }],
  ])('fails a deployment with %s', (_name, spec) => {
    expect(apiDeploymentAuthenticated(deployment(spec).deployment)).toBe('NON_COMPLIANT');
  });
});
