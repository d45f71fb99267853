import { createCanaryGateHandler, CanaryGateRejected, type CanaryGateDeps } from '../../../functions/canary-gate/handler';
import { type CanaryEvidence } from '../../../runtime/canary/adapters/record-canary-decision';
import { type VersionWindowSeries } from '../../../runtime/canary/types';

const at = (value: number) => [{ timestamp: new Date('2026-11-20T10:05:00Z'), value }];
const healthy: VersionWindowSeries = { requests: at(500), errors: at(1), p95LatencyMs: at(120), driftScore: at(0.1) };
const failing: VersionWindowSeries = { ...healthy, errors: at(40) };
const THRESHOLDS = { maxErrorRate: 0.01, maxP95LatencyMs: 250, maxDriftScore: 0.3, minRequests: 100, windowMinutes: 10 };
const PIPELINE = 'ocid1.devopsdeploypipeline.oc1.eu-frankfurt-1.aaaaaaaapipeline';
const INPUT = {
  compartmentId: 'ocid1.compartment.oc1..aaaacanary', modelName: 'fraud', step: '10%', deployPipelineId: PIPELINE,
  canary: { version: '8', modelId: 'fraud:8' }, stable: { version: '7', modelId: 'fraud:7' }, thresholds: THRESHOLDS,
};

/** A gate whose governance recorder keeps the evidence, or fails with `failWith`. */
function gate(canary: VersionWindowSeries, opts: { failWith?: string; recorder?: boolean; overrides?: Partial<CanaryGateDeps> } = {}) {
  const lines: string[] = [];
  const recorded: CanaryEvidence[] = [];
  const deps: CanaryGateDeps = {
    fetchWindow: async (q) => (q.modelVersion === '8' ? canary : healthy),
    log: (line) => lines.push(line),
    now: () => new Date('2026-11-20T10:10:00Z'),
    recordDecision: opts.recorder === false ? undefined : async (evidence) => {
      if (opts.failWith) throw new Error(opts.failWith);
      recorded.push(evidence);
      return { sequence: 41 + recorded.length, recordHash: 'ab'.repeat(32) };
    },
    ...opts.overrides,
  };
  return { handler: createCanaryGateHandler(deps), lines, recorded };
}

describe('the canary gate records its decisions in governance', () => {
  test('records a promote with the model id, versions, thresholds, window metrics, reasons and pipeline, and logs the audit sequence', async () => {
    const { handler, lines, recorded } = gate(healthy);
    const record = await handler(INPUT);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toEqual({
      modelId: 'fraud-8',
      details: {
        model_name: 'fraud', step: '10%', canary_version: '8', stable_version: '7', canary_model_id: 'fraud:8', stable_model_id: 'fraud:7',
        window: { start: '2026-11-20T10:00:00.000Z', end: '2026-11-20T10:10:00.000Z', minutes: 10 }, thresholds: THRESHOLDS,
        decision: 'promote', reasons: record.reasons, canary: record.canary, stable: record.stable, deploy_pipeline_id: PIPELINE,
      },
    });
    expect(record.governance).toEqual({ status: 'recorded', model_id: 'fraud-8', audit_sequence: 42, unrecorded_since_start: 0 });
    expect(JSON.parse(lines[0]!).governance).toEqual(record.governance);
  });

  test('records a rollback and a fail-safe hold before failing the stage, under the governance model id given', async () => {
    const { handler, recorded } = gate(failing);
    await expect(handler({ ...INPUT, governanceModelId: 'fraud-scorer-8' })).rejects.toThrow('canary gate: rollback: error rate 0.08 > 0.01 (stable 0.002)');
    const broken = gate(healthy, { overrides: { fetchWindow: async () => { throw new Error('SummarizeMetricsData failed with 503'); } } });
    await expect(broken.handler(INPUT)).rejects.toThrow(/hold \(fail safe\)/);
    expect([recorded[0]!.modelId, recorded[0]!.details.decision]).toEqual(['fraud-scorer-8', 'rollback']);
    expect(broken.recorded[0]!.details).toMatchObject({ decision: 'hold', canary: null, reasons: ['metrics unavailable: SummarizeMetricsData failed with 503'] });
  });

  test('still promotes when recording fails, logging the error and counting unrecorded decisions', async () => {
    const { handler, lines } = gate(healthy, { failWith: 'recordCanaryDecision: recording the decision on fraud-8 failed: 502 governance: not_found: model fraud-8 is not registered' });
    const first = await handler(INPUT);
    const second = await handler(INPUT);
    expect(first.decision).toBe('promote');
    expect(first.governance).toEqual({ status: 'failed', model_id: 'fraud-8', error: expect.stringMatching(/model fraud-8 is not registered$/), unrecorded_since_start: 1 });
    expect(second.governance.unrecorded_since_start).toBe(2);
    expect(lines.map((l) => JSON.parse(l).governance.status)).toEqual(['failed', 'failed']);
  });

  test('still decides when no governance function is configured', async () => {
    const { handler } = gate(healthy, { recorder: false });
    expect((await handler(INPUT)).governance).toMatchObject({ status: 'not_configured', model_id: 'fraud-8', unrecorded_since_start: 1 });
    await expect(gate(failing, { recorder: false }).handler(INPUT)).rejects.toThrow(/^canary gate: rollback: [^;]*$/);
  });

  test('fails the stage on an unrecorded promote when the release requires the record', async () => {
    const { handler, lines } = gate(healthy, { failWith: 'ListFunctions failed with 404' });
    const err = await handler({ ...INPUT, requireGovernanceRecord: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CanaryGateRejected);
    expect((err as Error).message).toBe('canary gate: promote not recorded in governance, which this release requires: ListFunctions failed with 404');
    expect((err as CanaryGateRejected).record).toMatchObject({ decision: 'promote', governance: { status: 'failed' } });
    expect(JSON.parse(lines[0]!).decision).toBe('promote');
  });

  test('takes the requirement from the function configuration unless the invocation says otherwise', async () => {
    const strict = { overrides: { requireGovernanceRecord: true }, recorder: false };
    await expect(gate(healthy, strict).handler(INPUT)).rejects.toThrow(/promote not recorded in governance, which this release requires: no governance function is configured/);
    await expect(gate(failing, strict).handler(INPUT)).rejects.toThrow(/rollback: .*; not recorded in governance: no governance function is configured/);
    expect((await gate(healthy, strict).handler({ ...INPUT, requireGovernanceRecord: false })).decision).toBe('promote');
  });

  test.each([
    ['a bad deploy pipeline OCID', { ...INPUT, deployPipelineId: 'ocid1.fnfunc.oc1..x' }, 'canary gate: invalid input: deployPipelineId: must be a deploy pipeline OCID'],
    ['a bad deployment OCID', { ...INPUT, deploymentId: 'pipeline-run-7' }, 'canary gate: invalid input: deploymentId: must be a deployment OCID'],
    ['an empty governance model id', { ...INPUT, governanceModelId: '' }, 'canary gate: invalid input: governanceModelId: must not be empty'],
  ])('fails on %s without recording', async (_name, body, message) => {
    const { handler, recorded } = gate(healthy);
    await expect(handler(body)).rejects.toThrow(message);
    expect(recorded).toEqual([]);
  });
});
