import { forwardPredict } from '../../../runtime/predict-proxy/forward-predict';
import { readProxyConfig } from '../../../runtime/predict-proxy/read-proxy-config';
import { type ProxyRequest, UpstreamFailure, type UpstreamRequest, type UpstreamResponse } from '../../../runtime/predict-proxy/types';

const ID = 'ocid1.datasciencemodeldeployment.oc1.eu-frankfurt-1.amaaaaaaexampleexample';
const config = readProxyConfig({ MODEL_DEPLOYMENT_URL: `https://md.example.com/${ID}`, MAX_BODY_BYTES: '64', UPSTREAM_TIMEOUT_SEC: '7' });
const REQ: ProxyRequest = { method: 'POST', contentType: 'application/json', body: Buffer.from('{"data":[[1,2]]}'), requestId: 'req-1' };

function upstream(answer: Partial<UpstreamResponse> | Error): { send: (r: UpstreamRequest) => Promise<UpstreamResponse>; sent: UpstreamRequest[] } {
  const sent: UpstreamRequest[] = [];
  return {
    sent,
    send: async (r) => {
      sent.push(r);
      if (answer instanceof Error) throw answer;
      return { status: 200, contentType: 'application/json', opcRequestId: 'up-1', body: Buffer.from('{}'), ...answer };
    },
  };
}
const errorOf = (body: Buffer) => (JSON.parse(body.toString()) as { error: { code: string; message: string; details: { message: string }[] } }).error;

describe('forwardPredict', () => {
  test('sends the body to the configured predict URL only, with the request id and the limits', async () => {
    const u = upstream({ body: Buffer.from('{"prediction":[1]}') });
    const answer = await forwardPredict(REQ, config, u.send);
    expect(u.sent).toEqual([{ url: `https://md.example.com/${ID}/predict`, body: '{"data":[[1,2]]}', contentType: 'application/json', requestId: 'req-1', timeoutMs: 7000, maxResponseBytes: 6291456 }]);
    expect(answer).toEqual({ status: 200, headers: { 'content-type': 'application/json', 'x-request-id': 'req-1', 'x-upstream-request-id': 'up-1' }, body: Buffer.from('{"prediction":[1]}') });
  });

  test.each([
    [200, 'text/csv', 'a,b\n1,2'],
    [400, 'application/json', '{"message":"bad input from score.py"}'],
    [429, 'application/json', '{"code":"TooManyRequests"}'],
  ])('passes status %i, content type %s and body through unchanged', async (status, contentType, body) => {
    const answer = await forwardPredict(REQ, config, upstream({ status, contentType, body: Buffer.from(body) }).send);
    expect([answer.status, answer.headers['content-type'], answer.body.toString()]).toEqual([status, contentType, body]);
  });

  test.each([
    [500, 'upstream_error'],
    [503, 'upstream_error'],
    [404, 'upstream_not_authorized'],
    [401, 'upstream_not_authorized'],
  ])('answers 502 when the deployment answers %i, naming it and the upstream request id', async (status, code) => {
    const answer = await forwardPredict(REQ, config, upstream({ status, body: Buffer.from('{"code":"x","message":"boom"}') }).send);
    expect(answer.status).toBe(502);
    const error = errorOf(answer.body);
    expect(error.code).toBe(code);
    expect(error.details[0]!.message).toMatch(new RegExp(`${ID} answered ${status} \\(opc-request-id up-1\\): \\{"code":"x","message":"boom"\\}`));
    expect(answer.headers).toMatchObject({ 'content-type': 'application/json', 'x-request-id': 'req-1', 'x-upstream-request-id': 'up-1' });
  });

  test.each([
    [new UpstreamFailure('timeout', 'no answer within 7000 ms'), 504, 'upstream_timeout'],
    [new UpstreamFailure('unreachable', 'connect ECONNREFUSED'), 502, 'upstream_unreachable'],
    [new UpstreamFailure('response_too_large', 'answer exceeds 6291456 bytes'), 502, 'upstream_response_too_large'],
    [new Error('resource principal token unavailable'), 502, 'upstream_unreachable'],
  ])('maps %s to %i %s', async (failure, status, code) => {
    const answer = await forwardPredict(REQ, config, upstream(failure).send);
    expect([answer.status, errorOf(answer.body).code]).toEqual([status, code]);
    expect(errorOf(answer.body).details[0]!.message).toContain(failure.message);
  });

  test.each([
    ['a GET', { method: 'GET' }, 405, 'method_not_allowed'],
    ['a body above MAX_BODY_BYTES', { body: Buffer.alloc(65, 0x20) }, 413, 'payload_too_large'],
    ['a form body', { contentType: 'application/x-www-form-urlencoded' }, 415, 'unsupported_media_type'],
    ['an empty body', { body: Buffer.alloc(0) }, 400, 'invalid_request'],
    ['a body that is not UTF-8', { body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) }, 400, 'invalid_request'],
  ])('refuses %s without calling the deployment', async (_name, change, status, code) => {
    const u = upstream({});
    const answer = await forwardPredict({ ...REQ, ...change }, config, u.send);
    expect([answer.status, errorOf(answer.body).code, u.sent.length]).toEqual([status, code, 0]);
  });

  test('treats a missing Content-Type as JSON and accepts a charset parameter', async () => {
    for (const contentType of [null, 'Application/JSON; charset=utf-8']) {
      const u = upstream({});
      expect((await forwardPredict({ ...REQ, contentType }, config, u.send)).status).toBe(200);
      expect(u.sent[0]!.contentType).toBe(contentType ?? 'application/json');
    }
  });
});
