import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { OciTestServer, type TestHandler } from '../../support/oci-test-server';
import { tempDir } from '../../support/temp-dir';

const ID = 'ocid1.datasciencemodeldeployment.oc1.eu-frankfurt-1.amaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rq';

/** One call as the Fn server makes it for an API Gateway request: the answer's Fn-Http-Status, headers and body. */
function invoke(socket: string, headers: Record<string, string>, body: string | Buffer): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath: socket, method: 'POST', path: '/call', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: Number(res.headers['fn-http-status'] ?? res.statusCode), headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * The real entry (functions/predict-proxy/func.ts) under the real Fn FDK on a unix socket, called the
 * way the Fn server calls it for an API Gateway route, with OciTestServer standing in for the model
 * deployment: it verifies the OCI request signature (config-file credentials here, the resource
 * principal in the cloud) and answers as the test says.
 */
describe('predict-proxy function through the Fn FDK', () => {
  const deployment = new OciTestServer();
  const dir = tempDir('predict-proxy-');
  const socket = join(dir, 'fn.sock');
  const saved = { ...process.env };
  let stop: () => void;
  let release: () => void = () => undefined;

  beforeAll(async () => {
    const base = await deployment.start();
    Object.assign(process.env, {
      FN_FORMAT: 'http-stream', FN_LISTENER: `unix:${socket}`, OCI_CONFIG_FILE: deployment.writeConfigFile(dir), OCI_CLI_PROFILE: 'DEFAULT',
      MODEL_DEPLOYMENT_URL: `${base}/${ID}`, UPSTREAM_TIMEOUT_SEC: '1', MAX_BODY_BYTES: '256', MAX_RESPONSE_BYTES: '4096',
    });
    delete process.env.OCI_RESOURCE_PRINCIPAL_VERSION;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      stop = (require('../../../functions/predict-proxy/func') as { stopPredictProxy: () => void }).stopPredictProxy;
    });
    for (let i = 0; i < 300 && !existsSync(socket); i++) await new Promise((r) => setTimeout(r, 10));
  });

  afterAll(async () => {
    release();
    stop();
    process.env = saved;
    await deployment.stop();
  });

  beforeEach(() => {
    deployment.requests.length = 0;
  });

  /** One API Gateway request as the Fn server hands it to the container. */
  const call = (body: string | Buffer, headers: Record<string, string> = {}, method = 'POST') => invoke(socket, {
    'Fn-Call-Id': 'call-1', 'Fn-Intent': 'httprequest', 'Fn-Http-Method': method, 'Fn-Http-Request-Url': '/fraud-detection/models/fraud-explainer/predict',
    'Fn-Http-H-Content-Type': 'application/json', 'Fn-Http-H-Opc-Request-Id': 'gw-42', 'Content-Type': 'application/json', ...headers,
  }, body);
  const quietly = async <T>(run: () => Promise<T>): Promise<T> => {
    const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      return await run();
    } finally {
      err.mockRestore();
    }
  };
  const answer = (handler: TestHandler) => deployment.setHandler(handler);

  test('forwards the body signed to <deployment>/predict and relays status, content type and body', async () => {
    answer(() => ({ status: 200, body: '{"prediction":["fraud"]}', headers: { 'content-type': 'application/json; charset=utf-8', 'opc-request-id': 'md-7' } }));
    const res = await call('{"data":[[1250.0,3,0,1,0.82]]}');
    expect(res.status).toBe(200);
    expect(res.body).toBe('{"prediction":["fraud"]}');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['fn-http-h-x-request-id']).toBe('gw-42');
    expect(res.headers['fn-http-h-x-upstream-request-id']).toBe('md-7');
    expect(deployment.requests).toHaveLength(1);
    const sent = deployment.requests[0]!;
    expect(sent.signatureError).toBeNull();
    expect([sent.method, sent.url, sent.body.toString(), sent.headers['opc-request-id']]).toEqual(['POST', `/${ID}/predict`, '{"data":[[1250.0,3,0,1,0.82]]}', 'gw-42']);
  });

  test('passes a 400 from the model through with its body', async () => {
    answer(() => ({ status: 400, json: { message: 'score.py: expected 5 features' } }));
    const res = await call('{"data":[[1]]}');
    expect([res.status, JSON.parse(res.body)]).toEqual([400, { message: 'score.py: expected 5 features' }]);
  });

  test('answers 502 with the error shape when the deployment fails with a 5xx', async () => {
    answer(() => ({ status: 503, json: { code: 'ServiceUnavailable', message: 'Model server unavailable' } }));
    const res = await quietly(() => call('{"data":[[1]]}'));
    expect(res.status).toBe(502);
    expect(JSON.parse(res.body).error).toMatchObject({ code: 'upstream_error', details: [{ path: '', message: expect.stringContaining('answered 503') }] });
  });

  test('answers 504 when the deployment does not answer within UPSTREAM_TIMEOUT_SEC', async () => {
    answer(() => new Promise((resolve) => { release = () => resolve({ status: 200, json: {} }); }));
    const res = await quietly(() => call('{"data":[[1]]}'));
    release();
    expect(res.status).toBe(504);
    expect(JSON.parse(res.body).error.code).toBe('upstream_timeout');
  });

  test('answers 502 when the deployment answers more than MAX_RESPONSE_BYTES', async () => {
    answer(() => ({ status: 200, body: 'x'.repeat(5000), headers: { 'content-type': 'application/json' } }));
    const res = await quietly(() => call('{"data":[[1]]}'));
    expect([res.status, JSON.parse(res.body).error.code]).toEqual([502, 'upstream_response_too_large']);
  });

  test('refuses a body above MAX_BODY_BYTES with 413 and never calls the deployment', async () => {
    const res = await call(JSON.stringify({ data: [Array(200).fill(1)] }));
    expect([res.status, JSON.parse(res.body).error.code, deployment.requests.length]).toEqual([413, 'payload_too_large', 0]);
  });

  test('refuses another content type with 415 and never calls the deployment', async () => {
    const res = await call('a,b', { 'Fn-Http-H-Content-Type': 'text/csv' });
    expect([res.status, JSON.parse(res.body).error.code, deployment.requests.length]).toEqual([415, 'unsupported_media_type', 0]);
  });

  test('refuses a GET with 405', async () => {
    const res = await call('', {}, 'GET');
    expect([res.status, JSON.parse(res.body).error.code]).toEqual([405, 'method_not_allowed']);
  });
});

describe('predict-proxy function with an invalid configuration', () => {
  test('answers every call with 503 and the reason instead of crashing', async () => {
    const dir = tempDir('predict-proxy-bad-');
    const socket = join(dir, 'fn.sock');
    const saved = { ...process.env };
    const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    let stop = () => undefined as void;
    try {
      Object.assign(process.env, { FN_FORMAT: 'http-stream', FN_LISTENER: `unix:${socket}`, MODEL_DEPLOYMENT_URL: 'http://169.254.169.254/latest/meta-data' });
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        stop = (require('../../../functions/predict-proxy/func') as { stopPredictProxy: () => void }).stopPredictProxy;
      });
      for (let i = 0; i < 300 && !existsSync(socket); i++) await new Promise((r) => setTimeout(r, 10));
      const res = await invoke(socket, { 'Fn-Call-Id': 'c2', 'Fn-Http-Method': 'POST', 'Fn-Http-H-Content-Type': 'application/json' }, '{"data":[[1]]}');
      expect(res.status).toBe(503);
      expect(JSON.parse(res.body).error).toMatchObject({ code: 'proxy_not_ready', message: expect.stringMatching(/MODEL_DEPLOYMENT_URL: must be https:\/\/<host>\/<model deployment OCID>/) });
    } finally {
      stop();
      err.mockRestore();
      process.env = saved;
    }
  });
});
