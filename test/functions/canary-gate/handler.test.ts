import { createCanaryGateHandler, CanaryGateRejected, type CanaryGateDeps } from '../../../functions/canary-gate/handler';
import { type CanaryWindowQuery } from '../../../runtime/canary/adapters/fetch-canary-window';
import { type VersionWindowSeries } from '../../../runtime/canary/types';

const at = (value: number) => [{ timestamp: new Date('2026-11-20T10:05:00Z'), value }];
const healthy: VersionWindowSeries = { requests: at(500), errors: at(1), p95LatencyMs: at(120), driftScore: at(0.1) };
const THRESHOLDS = { maxErrorRate: 0.01, maxP95LatencyMs: 250, maxDriftScore: 0.3, minRequests: 100, windowMinutes: 10 };
const INPUT = {
  compartmentId: 'ocid1.compartment.oc1..aaaacanary', modelName: 'fraud', step: '10%',
  canary: { version: '8', modelId: 'fraud:8' }, stable: { version: '7', modelId: 'fraud:7' }, thresholds: THRESHOLDS,
};

function gate(canary: VersionWindowSeries, overrides: Partial<CanaryGateDeps> = {}) {
  const lines: string[] = [];
  const queries: CanaryWindowQuery[] = [];
  const deps: CanaryGateDeps = {
    fetchWindow: async (q) => {
      queries.push(q);
      return q.modelVersion === '8' ? canary : healthy;
    },
    log: (line) => lines.push(line),
    now: () => new Date('2026-11-20T10:10:00Z'),
    ...overrides,
  };
  return { handler: createCanaryGateHandler(deps), lines, queries };
}

describe('the canary-gate handler', () => {
  test('promotes, returns the record and logs it as one JSON line with the metric values', async () => {
    const { handler, lines, queries } = gate(healthy);
    const record = await handler(INPUT);
    expect(record).toMatchObject({
      event: 'canary_gate', model_name: 'fraud', step: '10%', canary_version: '8', stable_version: '7', decision: 'promote',
      window: { start: '2026-11-20T10:00:00.000Z', end: '2026-11-20T10:10:00.000Z', minutes: 10 },
      canary: { requests: 500, errors: 1, errorRate: 0.002, p95LatencyMs: 120, driftScore: 0.1 },
    });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toEqual(JSON.parse(JSON.stringify(record)));
    expect(queries.map((q) => [q.modelVersion, q.modelId, q.windowMinutes, q.end.toISOString()])).toEqual([
      ['8', 'fraud:8', 10, '2026-11-20T10:10:00.000Z'], ['7', 'fraud:7', 10, '2026-11-20T10:10:00.000Z'],
    ]);
  });

  test('fails with the rollback reasons after logging the decision', async () => {
    const { handler, lines } = gate({ ...healthy, errors: at(40) });
    const err = await handler(JSON.stringify(INPUT)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CanaryGateRejected);
    expect((err as Error).message).toBe('canary gate: rollback: error rate 0.08 > 0.01 (stable 0.002)');
    expect(JSON.parse(lines[0]!)).toMatchObject({ decision: 'rollback', reasons: ['error rate 0.08 > 0.01 (stable 0.002)'], canary: { errors: 40 } });
  });

  test('fails with hold when there is too little data', async () => {
    const { handler } = gate({ ...healthy, requests: at(12) });
    await expect(handler(INPUT)).rejects.toThrow('canary gate: hold: canary served 12 requests in the 10-minute window, fewer than minRequests 100');
  });

  test('fails safe (hold) when the metrics cannot be read', async () => {
    const { handler, lines } = gate(healthy, { fetchWindow: async () => { throw new Error('fetchCanaryWindow: SummarizeMetricsData failed with 503'); } });
    await expect(handler(INPUT)).rejects.toThrow('canary gate: hold (fail safe): metrics unavailable: fetchCanaryWindow: SummarizeMetricsData failed with 503');
    expect(JSON.parse(lines[0]!)).toMatchObject({ decision: 'hold', canary: null, stable: null });
  });

  test('uses the configured thresholds, compartment and the given window end when the body has none', async () => {
    const { handler, queries } = gate(healthy, { defaultThresholds: { ...THRESHOLDS, windowMinutes: 5 }, defaultCompartmentId: 'ocid1.compartment.oc1..aaaadefault' });
    const { thresholds: _t, compartmentId: _c, ...body } = INPUT;
    const record = await handler({ ...body, windowEnd: '2026-11-20T09:00:00Z' });
    expect(record.thresholds.windowMinutes).toBe(5);
    expect(queries[0]).toMatchObject({ compartmentId: 'ocid1.compartment.oc1..aaaadefault', windowMinutes: 5, end: new Date('2026-11-20T09:00:00Z') });
  });

  test.each([
    ['a missing model name', { ...INPUT, modelName: undefined }, /canary gate: invalid input: modelName: /],
    ['thresholds out of range', { ...INPUT, thresholds: { ...THRESHOLDS, maxErrorRate: 2 } }, 'canary gate: invalid input: thresholds.maxErrorRate: must be within 0..1'],
    ['a bad compartment OCID', { ...INPUT, compartmentId: 'ocid1.bucket.oc1..x' }, 'canary gate: invalid input: compartmentId: must be a compartment or tenancy OCID'],
    ['an unknown key', { ...INPUT, force: true }, /canary gate: invalid input: \(body\): Unrecognized key: "force"/],
    ['a body that is not JSON', 'promote please', /canary gate: invalid input: \(body\): /],
    ['no thresholds anywhere', { ...INPUT, thresholds: undefined }, 'canary gate: missing thresholds (or OCI_MLOPS_CANARY_THRESHOLDS)'],
  ])('fails on %s', async (_name, body, message) => {
    const { handler, lines } = gate(healthy);
    await expect(handler(body)).rejects.toThrow(message);
    expect(JSON.parse(lines[0]!)).toMatchObject({ event: 'canary_gate', decision: 'hold' });
  });
});
