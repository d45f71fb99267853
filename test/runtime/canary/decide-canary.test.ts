import { CanaryThresholdsSchema } from '../../../runtime/canary/canary-thresholds-schema';
import { decideCanary } from '../../../runtime/canary/decide-canary';
import { mqlQuery } from '../../../runtime/contract/mql-query';
import { quoteMqlValue } from '../../../runtime/contract/quote-mql-value';
import { summarizeVersionWindow } from '../../../runtime/canary/summarize-version-window';
import { type VersionWindowSeries } from '../../../runtime/canary/types';
import { recordedSteps, seriesOf } from './recorded';

const THRESHOLDS = { maxErrorRate: 0.01, maxP95LatencyMs: 250, maxDriftScore: 0.3, minRequests: 100, windowMinutes: 10 };
const at = (value: number) => [{ timestamp: new Date(0), value }];
const healthy: VersionWindowSeries = { requests: at(500), errors: at(1), p95LatencyMs: at(120), driftScore: at(0.1) };

describe('decideCanary on recorded metric series', () => {
  const steps = Object.fromEntries(recordedSteps().map((s) => [s.name, s]));
  const decide = (name: string) => {
    const s = steps[name]!;
    return decideCanary(seriesOf(s.canary), seriesOf(s.stable), CanaryThresholdsSchema.parse(s.thresholds));
  };

  test('every recorded step gets its expected decision', () => {
    expect(Object.keys(steps)).toEqual(['insufficient-data', 'promote', 'rollback-drift', 'rollback-errors', 'rollback-latency']);
    for (const s of Object.values(steps)) expect([s.name, decide(s.name).decision]).toEqual([s.name, s.expected]);
  });

  test('promotes a healthy canary and passes, listing each check with the stable value beside it', () => {
    const d = decide('promote');
    expect(d).toMatchObject({ decision: 'promote', passed: true });
    expect(d.reasons).toHaveLength(3);
    expect(d.reasons[0]).toMatch(/^error rate 0\.00\d+ <= 0\.01 \(stable 0\.00\d+\)$/);
    expect(d.canary.requests).toBeGreaterThanOrEqual(100);
  });

  test('rolls back on errors, naming the error rate', () => {
    const d = decide('rollback-errors');
    expect(d).toMatchObject({ decision: 'rollback', passed: false });
    expect(d.reasons).toEqual([expect.stringMatching(/^error rate 0\.02\d+ > 0\.01 \(stable 0\.00\d+\)$/)]);
    expect(d.canary.errors).toBe(110);
  });

  test('rolls back on latency, using the highest per-minute p95 of the window', () => {
    const d = decide('rollback-latency');
    expect(d.decision).toBe('rollback');
    expect(d.reasons).toEqual([expect.stringMatching(/^p95 latency \(ms\) 310 > 250 \(stable 1\d\d(\.\d+)?\)$/)]);
  });

  test('rolls back on drift', () => {
    const d = decide('rollback-drift');
    expect(d.decision).toBe('rollback');
    expect(d.reasons).toEqual([expect.stringMatching(/^drift score 0\.55 > 0\.3 \(stable 0\.\d+\)$/)]);
  });

  test('holds and fails when there is too little data, naming each gap', () => {
    expect(decide('insufficient-data')).toMatchObject({
      decision: 'hold',
      passed: false,
      reasons: [
        'canary served 28 requests in the 10-minute window, fewer than minRequests 100',
        'no drift score datapoint for the canary in the window',
      ],
    });
  });

  test('gives every crossed threshold when several are crossed', () => {
    const d = decideCanary({ requests: at(200), errors: at(20), p95LatencyMs: at(900), driftScore: at(0.9) }, healthy, THRESHOLDS);
    expect(d.reasons).toEqual([
      'error rate 0.1 > 0.01 (stable 0.002)',
      'p95 latency (ms) 900 > 250 (stable 120)',
      'drift score 0.9 > 0.3 (stable 0.1)',
    ]);
  });

  test('holds on a broken datapoint instead of deciding on it', () => {
    const d = decideCanary({ ...healthy, p95LatencyMs: [{ timestamp: new Date(0), value: NaN }] }, healthy, THRESHOLDS);
    expect(d.decision).toBe('hold');
    expect(d.reasons).toEqual(['broken canary datapoint: p95 latency at 1970-01-01T00:00:00.000Z is NaN', 'no p95 latency datapoint for the canary in the window']);
  });

  test('rolls back when errors outnumber requests (inconsistent counts never promote)', () => {
    expect(decideCanary({ ...healthy, requests: at(100), errors: at(150) }, healthy, { ...THRESHOLDS, maxErrorRate: 1 }).decision).toBe('rollback');
  });

  test('decides on the canary alone when the stable version has no data', () => {
    const empty = { requests: [], errors: [], p95LatencyMs: [], driftScore: [] };
    const d = decideCanary(healthy, empty, THRESHOLDS);
    expect(d.decision).toBe('promote');
    expect(d.reasons[0]).toBe('error rate 0.002 <= 0.01 (stable n/a)');
  });

  test('the JSDoc example of decideCanary', () => {
    expect(decideCanary(
      { requests: at(500), errors: at(25), p95LatencyMs: at(120), driftScore: at(0.1) },
      { requests: at(4500), errors: at(9), p95LatencyMs: at(110), driftScore: at(0.05) },
      THRESHOLDS,
    ).reasons).toEqual(['error rate 0.05 > 0.01 (stable 0.002)']);
  });

  test('the JSDoc example of summarizeVersionWindow', () => {
    expect(summarizeVersionWindow({
      requests: [{ timestamp: new Date(0), value: 400 }, { timestamp: new Date(60000), value: 600 }],
      errors: [{ timestamp: new Date(0), value: 2 }],
      p95LatencyMs: [{ timestamp: new Date(0), value: 80 }, { timestamp: new Date(60000), value: 95 }],
      driftScore: [],
    })).toEqual({ summary: { requests: 1000, errors: 2, errorRate: 0.002, p95LatencyMs: 95, driftScore: null }, invalid: [] });
  });
});

describe('CanaryThresholdsSchema', () => {
  test('fills in minRequests and windowMinutes (the JSDoc example)', () => {
    expect(CanaryThresholdsSchema.parse({ maxErrorRate: 0.01, maxP95LatencyMs: 250, maxDriftScore: 0.3 })).toEqual(THRESHOLDS);
  });

  test.each([
    [{ maxErrorRate: 1.5 }, 'maxErrorRate', 'must be within 0..1'],
    [{ maxP95LatencyMs: 0 }, 'maxP95LatencyMs', 'must be greater than 0 ms'],
    [{ maxDriftScore: -0.1 }, 'maxDriftScore', 'must be within 0..1'],
    [{ minRequests: 0 }, 'minRequests', 'must be at least 1'],
    [{ minRequests: 2.5 }, 'minRequests', 'must be a whole number'],
    [{ windowMinutes: 90 }, 'windowMinutes', 'must be 1-60 minutes'],
  ])('fails on %j', (patch, path, message) => {
    const r = CanaryThresholdsSchema.safeParse({ ...THRESHOLDS, ...patch });
    expect(r.success).toBe(false);
    expect(r.error!.issues).toEqual([expect.objectContaining({ path: [path], message })]);
  });

  test('fails on an unknown key', () => {
    const r = CanaryThresholdsSchema.safeParse({ ...THRESHOLDS, maxErrors: 3 });
    expect(r.error!.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['maxErrors'] });
  });
});

describe('the MQL builder', () => {
  test('builds a grouped sum (the JSDoc example)', () => {
    expect(mqlQuery({ metric: 'prediction_requests', intervalMinutes: 5, dimensions: { model_name: 'iris' }, grouping: true, statistic: 'sum' }))
      .toBe('prediction_requests[5m]{model_name = "iris"}.grouping().sum()');
  });

  test('builds a percentile with several filters in order', () => {
    expect(mqlQuery({ metric: 'prediction_latency_ms', intervalMinutes: 1, dimensions: { model_name: 'a', model_version: '2' }, statistic: { percentile: 0.95 } }))
      .toBe('prediction_latency_ms[1m]{model_name = "a", model_version = "2"}.percentile(0.95)');
  });

  test('escapes quotes and backslashes so a value cannot close its string (the JSDoc example)', () => {
    expect(quoteMqlValue('fraud "v2"')).toBe('"fraud \\"v2\\""');
    expect(mqlQuery({ metric: 'm', intervalMinutes: 1, dimensions: { model_name: 'x"} || other[1m].max() {"\\' }, statistic: 'max' }))
      .toBe('m[1m]{model_name = "x\\"} || other[1m].max() {\\"\\\\"}.max()');
  });

  test.each([
    [{ metric: 'bad name', intervalMinutes: 1, statistic: 'sum' }, /mqlQuery: metric name "bad name" may hold only/],
    [{ metric: 'm', intervalMinutes: 0, statistic: 'sum' }, /mqlQuery: intervalMinutes must be a whole number 1\.\.60, got 0/],
    [{ metric: 'm', intervalMinutes: 1, statistic: { percentile: 1 } }, /mqlQuery: percentile must be within \(0, 1\), got 1/],
    [{ metric: 'm', intervalMinutes: 1, statistic: 'median' }, /mqlQuery: statistic must be sum, max, mean, count or a percentile, got "median"/],
    [{ metric: 'm', intervalMinutes: 1, dimensions: { 'a b': 'x' }, statistic: 'sum' }, /mqlQuery: dimension name "a b"/],
    [{ metric: 'm', intervalMinutes: 1, dimensions: { model_name: 'a\nb' }, statistic: 'sum' }, /mqlQuery: dimension model_name: quoteMqlValue: "a\\nb" holds the control character U\+000a/],
    [{ metric: 'm', intervalMinutes: 1, dimensions: { model_name: '' }, statistic: 'sum' }, /quoteMqlValue: a dimension value must not be empty/],
  ])('fails on %j', (spec, message) => {
    expect(() => mqlQuery(spec as Parameters<typeof mqlQuery>[0])).toThrow(message);
  });
});
