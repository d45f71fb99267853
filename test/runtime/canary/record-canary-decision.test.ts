import { FunctionsInvokeClient, FunctionsManagementClient } from 'oci-functions';
import { findGovernanceFunction } from '../../../runtime/canary/adapters/find-governance-function';
import { recordCanaryDecision } from '../../../runtime/canary/adapters/record-canary-decision';
import { ociClientConfiguration } from '../../../runtime/oci/client-configuration';
import { OciTestServer, type TestResponse } from '../../support/oci-test-server';

const APP = 'ocid1.fnapp.oc1.eu-frankfurt-1.aaaaaaaaapp';
const GOV = 'ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaagovernance';
const EVIDENCE = { modelId: 'fraud-8', details: { decision: 'promote', reasons: ['error rate 0.002 <= 0.01 (stable 0.002)'] } };
const summary = (id: string, displayName: string, invokeEndpoint?: string) => ({ id, displayName, applicationId: APP, lifecycleState: 'ACTIVE', invokeEndpoint });

describe('recording canary decisions through the governance function', () => {
  const server = new OciTestServer();
  let endpoint: string;
  let management: FunctionsManagementClient;
  let invoke: FunctionsInvokeClient;
  beforeAll(async () => {
    endpoint = await server.start();
    const config = ociClientConfiguration({ maxAttempts: 1 });
    management = new FunctionsManagementClient({ authenticationDetailsProvider: server.auth }, config);
    management.endpoint = endpoint;
    invoke = new FunctionsInvokeClient({ authenticationDetailsProvider: server.auth }, config);
    invoke.endpoint = endpoint;
  });
  afterAll(() => server.stop());
  beforeEach(() => {
    server.requests.length = 0;
  });

  test('finds the ACTIVE governance function of the application by its exact display name with a signed ListFunctions', async () => {
    server.setHandler(() => ({ status: 200, json: [summary(GOV, 'acme-mlops-governance', endpoint)] }));
    expect(await findGovernanceFunction(management, { applicationId: APP, displayName: 'acme-mlops-governance' })).toEqual({ functionId: GOV, invokeEndpoint: endpoint });
    const url = new URL(server.requests[0]!.url, 'http://x');
    expect([server.requests[0]!.method, url.pathname]).toEqual(['GET', '/20181201/functions']);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ applicationId: APP, displayName: 'acme-mlops-governance', lifecycleState: 'ACTIVE' });
    expect(server.requests[0]!.signatureError).toBeNull();
  });

  test.each<[string, TestResponse, RegExp]>([
    ['no function of that name', { status: 200, json: [] }, /expected one ACTIVE function "acme-mlops-governance" in application .*app with an invoke endpoint, found 0$/],
    ['a function without an invoke endpoint', { status: 200, json: [summary(GOV, 'acme-mlops-governance')] }, /found 1$/],
    ['a refused ListFunctions', { status: 404, json: { code: 'NotAuthorizedOrNotFound', message: 'Authorization failed or requested resource not found' } }, /^findGovernanceFunction: ListFunctions for function "acme-mlops-governance" .* failed with 404: Authorization failed/],
  ])('fails on %s', async (_, answer, message) => {
    server.setHandler(() => answer);
    await expect(findGovernanceFunction(management, { applicationId: APP, displayName: 'acme-mlops-governance' })).rejects.toThrow(message);
  });

  test('invokes the function synchronously with the canary.decision evidence and returns the audit record written', async () => {
    server.setHandler(() => ({ status: 200, json: { sequence: 42, record_hash: 'ab'.repeat(32), previous_hash: 'cd'.repeat(32), content: {} } }));
    expect(await recordCanaryDecision(invoke, GOV, EVIDENCE)).toEqual({ sequence: 42, recordHash: 'ab'.repeat(32) });
    const req = server.requests[0]!;
    expect([req.method, req.url, req.headers['fn-invoke-type'], req.headers['fn-intent'], req.signatureError]).toEqual(['POST', `/20181201/functions/${GOV}/actions/invoke`, 'sync', undefined, null]);
    expect(JSON.parse(req.body.toString())).toEqual({ action: 'canary.decision', model_id: 'fraud-8', details: EVIDENCE.details });
  });

  test.each<[string, TestResponse, RegExp]>([
    ['a refused invocation', { status: 502, json: { code: 'FunctionInvokeExecutionFailed', message: 'governance: not_found: model fraud-8 is not registered' } }, /^recordCanaryDecision: recording the decision on fraud-8 failed: 502 .*model fraud-8 is not registered/],
    ['an answer that is not JSON', { status: 200, body: 'ok', headers: { 'content-type': 'text/plain' } }, /failed: the answer is not JSON: ok$/],
    ['an answer that is not an audit record', { status: 200, json: { error: 'x' } }, /failed: the answer is not an audit record: \{"error":"x"\}$/],
  ])('fails on %s', async (_, answer, message) => {
    server.setHandler(() => answer);
    await expect(recordCanaryDecision(invoke, GOV, EVIDENCE)).rejects.toThrow(message);
  });
});
