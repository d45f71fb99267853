import { existsSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { type RecordedRequest, OciTestServer } from '../../support/oci-test-server';
import { tempDir } from '../../support/temp-dir';
import { recordedSteps } from '../../runtime/canary/recorded';

/**
 * The real entry (functions/canary-gate/func.ts) under the real Fn FDK on a unix socket, with
 * config-file credentials whose key the local Monitoring endpoint verifies: what the DevOps stage's
 * synchronous invocation gets back for each recorded step.
 */
describe('canary-gate function through the Fn FDK', () => {
  const server = new OciTestServer();
  const dir = tempDir('canary-gate-');
  const socket = join(dir, 'fn.sock');
  const saved = { ...process.env };
  let stop: () => void;
  let step = recordedSteps()[0]!;
  let endpoint = '';
  const APP = 'ocid1.fnapp.oc1.us-ashburn-1.aaaaaaaaapp';
  const GOV = 'ocid1.fnfunc.oc1.us-ashburn-1.aaaaaaaagovernance';

  beforeAll(async () => {
    endpoint = await server.start();
    server.setHandler((req: RecordedRequest) => {
      // The governance function: found by name in its application, then invoked with the decision.
      if (req.url.startsWith('/20181201/functions?')) return { status: 200, json: [{ id: GOV, displayName: 'acme-mlops-governance', applicationId: APP, lifecycleState: 'ACTIVE', invokeEndpoint: endpoint }] };
      if (req.url === `/20181201/functions/${GOV}/actions/invoke`) return { status: 200, json: { sequence: 7, record_hash: 'ab'.repeat(32) } };
      const { query } = JSON.parse(req.body.toString()) as { query: string };
      const v = query.includes('"8"') || query.includes('"fraud:8"') ? step.canary : step.stable;
      const key = query.startsWith('prediction_requests') ? 'requests' : query.startsWith('prediction_errors') ? 'errors' : query.startsWith('prediction_latency_ms') ? 'latency' : 'drift';
      return { status: 200, json: v[key] };
    });
    const auth = server.auth;
    writeFileSync(join(dir, 'key.pem'), auth.getPrivateKey());
    writeFileSync(join(dir, 'config'), [
      '[DEFAULT]', `user=${auth.getUser()}`, `fingerprint=${auth.getFingerprint()}`, `tenancy=${auth.getTenantId()}`,
      'region=us-ashburn-1', `key_file=${join(dir, 'key.pem')}`, '',
    ].join('\n'));
    Object.assign(process.env, {
      FN_FORMAT: 'http-stream', FN_LISTENER: `unix:${socket}`, OCI_CONFIG_FILE: join(dir, 'config'), OCI_CLI_PROFILE: 'DEFAULT',
      OCI_MLOPS_MONITORING_ENDPOINT: endpoint, OCI_MLOPS_CANARY_COMPARTMENT_ID: 'ocid1.compartment.oc1..aaaacanary',
      OCI_MLOPS_CANARY_THRESHOLDS: JSON.stringify(step.thresholds),
      OCI_MLOPS_FUNCTIONS_ENDPOINT: endpoint, OCI_MLOPS_CANARY_GOVERNANCE_APPLICATION_ID: APP, OCI_MLOPS_CANARY_GOVERNANCE_FUNCTION_NAME: 'acme-mlops-governance',
    });
    delete process.env.OCI_RESOURCE_PRINCIPAL_VERSION;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      stop = (require('../../../functions/canary-gate/func') as { stopCanaryGate: () => void }).stopCanaryGate;
    });
    for (let i = 0; i < 300 && !existsSync(socket); i++) await new Promise((r) => setTimeout(r, 10));
  });

  afterAll(async () => {
    stop();
    process.env = saved;
    await server.stop();
  });

  const invoke = (body: unknown) => new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ socketPath: socket, method: 'POST', path: '/call', headers: { 'Fn-Call-Id': 'c1', 'Content-Type': 'application/json', 'Fn-Intent': 'cloudevent' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });

  test('answers 200 with the record on promote, and a failed invocation (502) on rollback or hold, recording each decision with the governance function', async () => {
    const log = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      for (const s of recordedSteps()) {
        step = s;
        server.requests.length = 0;
        const res = await invoke({ modelName: 'fraud', step: '10%', canary: { version: '8', modelId: 'fraud:8' }, stable: { version: '7', modelId: 'fraud:7' }, windowEnd: s.windowEnd });
        expect([s.name, res.status]).toEqual([s.name, s.expected === 'promote' ? 200 : 502]);
        if (s.expected === 'promote') expect(JSON.parse(res.body)).toMatchObject({ decision: 'promote', model_name: 'fraud' });
        else expect(JSON.parse(res.body).detail).toMatch(new RegExp(`canary gate: ${s.expected}`));
        expect(server.requests.filter((r) => r.url.startsWith('/20180401/metrics'))).toHaveLength(8);
        expect(server.requests.every((r) => r.signatureError === null)).toBe(true);
        const recorded = server.requests.filter((r) => r.url.endsWith('/actions/invoke')).map((r) => JSON.parse(r.body.toString()));
        expect(recorded).toEqual([{ action: 'canary.decision', model_id: 'fraud-8', details: expect.objectContaining({ decision: s.expected, canary_version: '8', canary_model_id: 'fraud:8' }) }]);
        const logged = log.mock.calls.map((c) => String(c[0])).filter((l) => l.startsWith('{"event":"canary_gate"')).at(-1)!;
        expect(JSON.parse(logged)).toMatchObject({ decision: s.expected, canary_version: '8', stable_version: '7', governance: { status: 'recorded', model_id: 'fraud-8', audit_sequence: 7 } });
      }
    } finally {
      log.mockRestore();
      warn.mockRestore();
    }
  });
});
