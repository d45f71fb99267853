import { ApigatewayDeployment, type ApigatewayDeploymentSpecificationRoutesBackend } from '../../../../.gen/providers/oci/apigateway-deployment';
import { apiGatewayBackendTls } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, newStack, ruleNotes, tokenString } from '../support';

function deployment(backends: ApigatewayDeploymentSpecificationRoutesBackend[]) {
  const stack = newStack();
  const routes = backends.map((backend, i) => ({ path: `/r${i}`, backend }));
  return { stack, deployment: new ApigatewayDeployment(stack, 'Api', { compartmentId: COMPARTMENT, gatewayId: 'ocid1.apigateway.oc1..gw', pathPrefix: '/v1', specification: { routes } }) };
}

const http = (url: string, extra: Partial<ApigatewayDeploymentSpecificationRoutesBackend> = {}) => ({ type: 'HTTP_BACKEND', url, ...extra });

describe('apiGatewayBackendTls (MLOPS-13)', () => {
  test('passes HTTPS backends, plain HTTP to private addresses and names, and function backends', () => {
    const { stack, deployment: d } = deployment([
      http('https://scoring.example.com/predict'),
      http('https://scoring.example.com/predict', { isSslVerifyDisabled: false }),
      http('http://10.0.2.15:8080/predict'),
      http('http://[fd00::15]:8080/predict'),
      http('http://ranker.recsys.internal/predict'),
      http('http://ranker.sub.vcn.oraclevcn.com:80'),
      { type: 'ORACLE_FUNCTIONS_BACKEND', functionId: 'ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaexample' },
    ]);
    expect(apiGatewayBackendTls(d)).toBe('COMPLIANT');
    expect(ruleNotes(stack, 'MLOPS-13')).toEqual([]);
  });

  test('fails plain HTTP to a public host', () => {
    const { stack, deployment: d } = deployment([http('http://scoring.example.com/predict')]);
    expect(apiGatewayBackendTls(d)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'MLOPS-13')).toEqual([expectedNote('MLOPS-13', d)]);
  });

  test.each([
    ['TLS verification disabled', http('https://10.0.2.15/predict', { isSslVerifyDisabled: true })],
    ['plain HTTP to a public IP address', http('HTTP://203.0.113.7:8080/predict')],
    ['plain HTTP to a public host in a routing backend', {
      type: 'DYNAMIC_ROUTING_BACKEND', selectionSource: { type: 'SINGLE', selector: 'request.headers[model]' },
      routingBackends: [{ key: { type: 'ANY_OF', name: 'a', values: ['a'] }, backend: http('http://models.example.com') }],
    }],
  ])('fails %s', (_name, backend) => {
    expect(apiGatewayBackendTls(deployment([backend as ApigatewayDeploymentSpecificationRoutesBackend]).deployment)).toBe('NON_COMPLIANT');
  });

  test('reads the scheme and host from the literal part of a URL, and is not applicable when the host is a token', () => {
    const stack = newStack();
    const check = (url: string) => apiGatewayBackendTls(new ApigatewayDeployment(stack, `Api${url.length}`, {
      compartmentId: COMPARTMENT, gatewayId: 'ocid1.apigateway.oc1..gw', pathPrefix: '/v1', specification: { routes: [{ path: '/p', backend: http(url) }] },
    }));
    const ip = tokenString(stack, 'Ip');
    expect(check(`http://${ip}:5000/mlflow`)).toBe('NOT_APPLICABLE');
    expect(check(`http://scoring.example.com/${ip}`)).toBe('NON_COMPLIANT');
    expect(check(`https://${ip}/predict`)).toBe('COMPLIANT');
  });
});
