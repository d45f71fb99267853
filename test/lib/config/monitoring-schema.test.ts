import { monitoringSchema } from '../../../lib/config/monitoring-schema';

const IMAGE = 'fra.ocir.io/acmetenancy/mlops/monitor:0.1.0';

describe('monitoringSchema', () => {
  test('fills the design defaults for an endpoint', () => {
    const parsed = monitoringSchema.parse({ monitorImage: IMAGE, endpoints: [{ endpoint: 'fraud-scorer' }] });
    expect(parsed.endpoints[0].alarms).toMatchObject({ driftScoreAbove: 0.8, driftRepeatMinutes: 30, latencyAboveMs: 1000, latencyRepeatMinutes: 15 });
    expect(parsed.endpoints[0].drift).toMatchObject({ preset: 'evidently', alpha: 0.05, window: { maxRecords: 1000, maxAgeSec: 900 } });
    expect(parsed.destinations).toEqual({ critical: 'critical', warning: 'warning', info: 'info' });
  });

  test.each([
    [{ monitorImage: 'docker.io/x/monitor:1' }, /monitorImage/],
    [{ endpoints: [{ endpoint: 'a', alarms: { driftScoreAbove: 1.2 } }] }, /driftScoreAbove/],
    [{ endpoints: [{ endpoint: 'a', drift: { alpha: 1 } }] }, /alpha/],
    [{ endpoints: [{ endpoint: 'a' }, { endpoint: 'a' }] }, /endpoint a is listed twice/],
    [{ endpoints: [{ endpoint: 'a', suppressionWindows: [{ name: 'w', from: 'now', until: '2026-12-01T00:00:00Z' }] }] }, /from/],
    [{ extra: true }, /extra|Unrecognized/],
  ])('fails for %j', (bad, message) => {
    const r = monitoringSchema.safeParse({ monitorImage: IMAGE, ...bad });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toMatch(message);
  });
});
