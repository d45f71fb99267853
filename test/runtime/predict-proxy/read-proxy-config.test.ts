import { readProxyConfig } from '../../../runtime/predict-proxy/read-proxy-config';

const ID = 'ocid1.datasciencemodeldeployment.oc1.eu-frankfurt-1.amaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rq';
const URL = `https://modeldeployment.eu-frankfurt-1.oci.customer-oci.com/${ID}`;

describe('readProxyConfig', () => {
  test('derives the one predict URL from the deployment URL and applies the defaults', () => {
    expect(readProxyConfig({ MODEL_DEPLOYMENT_URL: URL })).toEqual({
      modelDeploymentUrl: URL, modelDeploymentId: ID, predictUrl: `${URL}/predict`,
      upstreamTimeoutMs: 60_000, maxBodyBytes: 1_048_576, maxResponseBytes: 6_291_456,
    });
  });

  test('accepts a trailing slash, plain http on a loopback host and explicit limits', () => {
    const local = `http://127.0.0.1:8443/${ID}/`;
    expect(readProxyConfig({ MODEL_DEPLOYMENT_URL: local, UPSTREAM_TIMEOUT_SEC: '5', MAX_BODY_BYTES: '64', MAX_RESPONSE_BYTES: '128' })).toMatchObject({
      predictUrl: `http://127.0.0.1:8443/${ID}/predict`, upstreamTimeoutMs: 5000, maxBodyBytes: 64, maxResponseBytes: 128,
    });
  });

  test.each([
    ['missing', {}, /MODEL_DEPLOYMENT_URL: must be https:\/\/<host>\/<model deployment OCID>, got ""/],
    ['plain http to a remote host', { MODEL_DEPLOYMENT_URL: `http://modeldeployment.example.com/${ID}` }, /http only on a loopback host/],
    ['a URL that does not end in a model deployment OCID', { MODEL_DEPLOYMENT_URL: 'https://modeldeployment.example.com/ocid1.instance.oc1..aaaa' }, /MODEL_DEPLOYMENT_URL: must be/],
    ['a query string', { MODEL_DEPLOYMENT_URL: `${URL}?to=elsewhere` }, /without query or credentials/],
    ['credentials in the URL', { MODEL_DEPLOYMENT_URL: `https://u:p@modeldeployment.example.com/${ID}` }, /without query or credentials/],
    ['a timeout above the service limit', { MODEL_DEPLOYMENT_URL: URL, UPSTREAM_TIMEOUT_SEC: '61' }, /UPSTREAM_TIMEOUT_SEC: must be a whole number from 1 to 60, got "61"/],
    ['a body limit above the Functions payload limit', { MODEL_DEPLOYMENT_URL: URL, MAX_BODY_BYTES: '7000000' }, /MAX_BODY_BYTES: must be a whole number from 1 to 6291456/],
    ['a response limit that is not a number', { MODEL_DEPLOYMENT_URL: URL, MAX_RESPONSE_BYTES: 'lots' }, /MAX_RESPONSE_BYTES: must be a whole number/],
  ])('fails on %s', (_name, env, message) => {
    expect(() => readProxyConfig(env)).toThrow(message);
  });

  test('fails listing every bad key at once', () => {
    expect(() => readProxyConfig({ UPSTREAM_TIMEOUT_SEC: '0' })).toThrow(/MODEL_DEPLOYMENT_URL: .*; UPSTREAM_TIMEOUT_SEC: /);
  });
});
