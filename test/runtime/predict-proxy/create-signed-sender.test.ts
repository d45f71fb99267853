import * as common from 'oci-common';
import { createSignedSender } from '../../../runtime/predict-proxy/adapters/create-signed-sender';
import { UpstreamFailure, type UpstreamRequest } from '../../../runtime/predict-proxy/types';
import { OciTestServer } from '../../support/oci-test-server';

const ID = 'ocid1.datasciencemodeldeployment.oc1.eu-frankfurt-1.amaaaaaaexampleexample';

describe('createSignedSender', () => {
  const server = new OciTestServer(() => ({ status: 200, json: { prediction: [1] } }));
  let base = '';
  beforeAll(async () => { base = await server.start(); });
  afterAll(() => server.stop());
  beforeEach(() => { server.requests.length = 0; });
  const req = (over: Partial<UpstreamRequest> = {}): UpstreamRequest => ({
    url: `${base}/${ID}/predict`, body: '{"data":[[1]]}', contentType: 'application/json', requestId: 'r-1', timeoutMs: 5000, maxResponseBytes: 1000, ...over,
  });

  test('signs the body, host, date and request target so that OCI accepts the request', async () => {
    const res = await createSignedSender(server.auth)(req());
    expect([res.status, res.contentType, JSON.parse(res.body.toString())]).toEqual([200, 'application/json', { prediction: [1] }]);
    expect(server.requests.map((r) => [r.signatureError, r.url, r.headers['opc-request-id']])).toEqual([[null, `/${ID}/predict`, 'r-1']]);
  });

  test('refreshes a refreshable provider once after a 401 and sends again', async () => {
    const stale = new common.SimpleAuthenticationDetailsProvider('ocid1.tenancy.oc1..stale', 'ocid1.user.oc1..stale', 'aa:bb', server.auth.getPrivateKey(), null);
    let refreshed = 0;
    const provider = {
      current: stale as common.AuthenticationDetailsProvider,
      getKeyId: async () => provider.current.getKeyId(),
      getPrivateKey: () => provider.current.getPrivateKey(),
      getPassphrase: () => null,
      refresh: async () => { refreshed++; provider.current = server.auth; return ''; },
    };
    const res = await createSignedSender(provider as unknown as common.AuthenticationDetailsProvider)(req());
    expect([res.status, refreshed, server.requests.map((r) => r.signatureError === null)]).toEqual([200, 1, [false, true]]);
  });

  test('relays a 401 as is when the provider cannot refresh', async () => {
    const stale = new common.SimpleAuthenticationDetailsProvider('ocid1.tenancy.oc1..stale', 'ocid1.user.oc1..stale', 'aa:bb', server.auth.getPrivateKey(), null);
    expect((await createSignedSender(stale)(req())).status).toBe(401);
    expect(server.requests).toHaveLength(1);
  });

  test('fails with unreachable when nothing listens', async () => {
    await expect(createSignedSender(server.auth)(req({ url: `http://127.0.0.1:9/${ID}/predict` }))).rejects.toMatchObject({ kind: 'unreachable' });
  });

  test('fails with response_too_large past maxResponseBytes', async () => {
    const failure = await createSignedSender(server.auth)(req({ maxResponseBytes: 5 })).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(UpstreamFailure);
    expect(failure).toMatchObject({ kind: 'response_too_large', message: 'answer exceeds 5 bytes' });
  });
});
