import { Testing } from 'cdktf';
import { DRIFT_METRICS } from '../../../runtime/contract/metrics';
import { EndpointMetric } from '../../../lib/monitoring/endpoint-metric';
import { DriftAlarm } from '../../../lib/monitoring/drift-alarm';
import { isoMinutes } from '../../../lib/monitoring/iso-duration';
import { freshStack, resourcesOf, synthResources } from '../../support/synth';
import { TEAM, TestEndpoint, TOPICS } from './fixtures';

const drift = (scope: Parameters<typeof synthResources>[0] extends (s: infer S) => void ? S : never) => new TestEndpoint(scope, 'Endpoint').metricDriftScore();

describe('DriftAlarm', () => {
  test('defines an oci_monitoring_alarm from a typed condition with every attribute set', () => {
    const r = synthResources((s) => {
      new DriftAlarm(s, 'Drift', {
        compartmentId: TEAM, condition: drift(s).greaterThan(0.8), severity: 'CRITICAL', topicId: TOPICS.critical,
        repeatNotificationMinutes: 30, pendingDurationMinutes: 5, displayName: 'fraud drift',
      });
    });
    expect(resourcesOf(r, 'oci_monitoring_alarm')).toEqual([expect.objectContaining({
      compartment_id: TEAM, metric_compartment_id: TEAM, namespace: 'mlops_drift', display_name: 'fraud drift', notification_title: 'fraud drift',
      query: 'drift_score[60m]{model_id = "fraud-scorer-2"}.max() > 0.8', severity: 'CRITICAL', destinations: [TOPICS.critical],
      is_enabled: true, pending_duration: 'PT5M', repeat_notification_duration: 'PT30M', resolution: '1m', evaluation_slack_duration: 'PT3M',
      message_format: 'ONS_OPTIMIZED', is_notifications_per_metric_dimension_enabled: true,
      body: expect.stringContaining('drift score of fraud-scorer-2 above 0.8 share of features'),
    })]);
  });

  test('defaults to WARNING, one-minute pending, no repeat', () => {
    const r = synthResources((s) => { new DriftAlarm(s, 'A', { compartmentId: TEAM, condition: drift(s).greaterThan(0.5), topicId: TOPICS.warning }); });
    const [alarm] = resourcesOf(r, 'oci_monitoring_alarm');
    expect(alarm).toMatchObject({ severity: 'WARNING', pending_duration: 'PT1M' });
    expect(alarm.repeat_notification_duration).toBeUndefined();
  });

  test('takes its destination late from addDestination, idempotently', () => {
    const r = synthResources((s) => {
      const a = new DriftAlarm(s, 'A', { compartmentId: TEAM, condition: drift(s).greaterThan(0.5) });
      a.addDestination(TOPICS.info);
      a.addDestination(TOPICS.info);
    });
    expect(resourcesOf(r, 'oci_monitoring_alarm')[0].destinations).toEqual([TOPICS.info]);
  });

  test('fails synthesis without a destination, naming the alarm', () => {
    const stack = freshStack();
    new DriftAlarm(stack, 'NoTopic', { compartmentId: TEAM, condition: new TestEndpoint(stack, 'E').metricLatency().greaterThan(1000) });
    expect(() => Testing.fullSynth(stack)).toThrow(/T\/NoTopic: DriftAlarm has no destination: pass topicId or call addDestination\(\)/);
  });

  test('fails for a second topic: OCI allows one Notifications destination per alarm', () => {
    const stack = freshStack();
    const a = new DriftAlarm(stack, 'A', { compartmentId: TEAM, condition: new TestEndpoint(stack, 'E').metricLatency().greaterThan(1), topicId: TOPICS.critical });
    expect(() => a.addDestination(TOPICS.warning)).toThrow(/already notifies .*one Notifications topic per alarm/);
    expect(() => a.addDestination('ocid1.stream.oc1..x')).toThrow(/addDestination needs a Notifications topic OCID \(ocid1\.onstopic\.\.\.\), got "ocid1\.stream\.oc1\.\.x"/);
  });

  test.each([
    [{ severity: 'FATAL' }, /severity must be one of CRITICAL, ERROR, WARNING, INFO, got "FATAL"/],
    [{ messageFormat: 'HTML' }, /messageFormat must be one of RAW, PRETTY_JSON, ONS_OPTIMIZED, got "HTML"/],
    [{ resolution: '5m' }, /resolution must be '1m' .*got "5m"/],
    [{ pendingDurationMinutes: 61 }, /pendingDurationMinutes must be a whole number 1-60, got 61/],
    [{ pendingDurationMinutes: 0 }, /pendingDurationMinutes must be a whole number 1-60, got 0/],
    [{ repeatNotificationMinutes: 43201 }, /repeatNotificationMinutes must be a whole number 1-43200 \(30 days\), got 43201/],
    [{ evaluationSlackMinutes: 2 }, /evaluationSlackMinutes must be a whole number 3-120, got 2/],
    [{ displayName: '' }, /displayName must be 1-255 characters, got ""/],
    [{ body: 'x'.repeat(1001) } as object, /body must be at most 1000 characters, got 1001/],
    [{ topicId: 'ocid1.topic.oc1..nope' }, /topicId must be a Notifications topic OCID \(ocid1\.onstopic\.\.\.\), got "ocid1\.topic\.oc1\.\.nope"/],
  ])('fails for a bad prop (case %#)', (bad, message) => {
    const stack = freshStack();
    const condition = new TestEndpoint(stack, 'E').metricLatency().greaterThan(1000);
    expect(() => new DriftAlarm(stack, 'Bad', { compartmentId: TEAM, condition, topicId: TOPICS.warning, ...(bad as object) })).toThrow(message);
  });

  test('fails listing every bad prop at once, prefixed with the construct path', () => {
    const stack = freshStack();
    const condition = new TestEndpoint(stack, 'E').metricLatency().greaterThan(1000);
    expect(() => new DriftAlarm(stack, 'Bad', { compartmentId: TEAM, condition, pendingDurationMinutes: 90, evaluationSlackMinutes: 1 }))
      .toThrow(/^T\/Bad: pendingDurationMinutes must be .*; evaluationSlackMinutes must be/);
  });

  test('defines suppression windows: one-off on the whole alarm, weekly recurring on one model', () => {
    const r = synthResources((s) => {
      new DriftAlarm(s, 'A', {
        compartmentId: TEAM, condition: drift(s).greaterThan(0.8), topicId: TOPICS.critical,
        suppressionWindows: [
          { name: 'retrain-dec', from: '2026-12-01T02:00:00Z', until: '2026-12-01T04:00:00Z', description: 'CHG-1234 retraining' },
          { name: 'weekly-batch', from: '2026-12-01T00:00:00Z', until: '2027-12-01T00:00:00Z', dimensions: { model_id: 'fraud-scorer-2' },
            recurrence: { frequency: 'WEEKLY', days: ['SA', 'SU'], startUtc: '01:30', durationMinutes: 120 } },
        ],
      });
    });
    const [oneOff, weekly] = resourcesOf(r, 'oci_monitoring_alarm_suppression');
    expect(oneOff).toMatchObject({
      display_name: 'retrain-dec', description: 'CHG-1234 retraining', level: 'ALARM', time_suppress_from: '2026-12-01T02:00:00Z', time_suppress_until: '2026-12-01T04:00:00Z',
      alarm_suppression_target: { target_type: 'ALARM', alarm_id: expect.stringMatching(/^\$\{oci_monitoring_alarm\.A_[A-F0-9]+\.id\}$/) },
    });
    expect(oneOff.suppression_conditions).toBeUndefined();
    expect(weekly).toMatchObject({
      level: 'DIMENSION', dimensions: { model_id: 'fraud-scorer-2' },
      suppression_conditions: [{ condition_type: 'RECURRENCE', suppression_recurrence: 'FREQ=WEEKLY;BYDAY=SA,SU;BYHOUR=1;BYMINUTE=30;BYSECOND=0', suppression_duration: 'PT2H' }],
    });
  });

  test.each([
    [{ name: 'Bad Name' }, /name must be 1-63 characters of a-z, 0-9 and "-", got "Bad Name"/],
    [{ from: '2026-12-01 02:00' }, /from must be an RFC 3339 time/],
    [{ until: '2026-11-30T00:00:00Z' }, /until \(2026-11-30T00:00:00Z\) must be later than from/],
    [{ dimensions: {} }, /dimensions must name at least one dimension/],
    [{ recurrence: { frequency: 'WEEKLY', durationMinutes: 60 } }, /recurrence\.days must list at least one day/],
    [{ recurrence: { frequency: 'DAILY', days: ['MO'], durationMinutes: 60 } }, /recurrence\.days is only allowed with frequency WEEKLY/],
    [{ recurrence: { frequency: 'DAILY', startUtc: '24:00', durationMinutes: 60 } }, /recurrence\.startUtc must be HH:MM/],
    [{ recurrence: { frequency: 'DAILY', durationMinutes: 1441 } }, /recurrence\.durationMinutes must be a whole number 1-1440 \(24 hours\), got 1441/],
  ])('fails for a bad suppression window %j', (bad, message) => {
    const stack = freshStack();
    const a = new DriftAlarm(stack, 'A', { compartmentId: TEAM, condition: new TestEndpoint(stack, 'E').metricLatency().greaterThan(1), topicId: TOPICS.warning });
    expect(() => a.addSuppressionWindow({ name: 'w', from: '2026-12-01T00:00:00Z', until: '2026-12-02T00:00:00Z', ...(bad as object) })).toThrow(message);
  });

  test('fails for a suppression window name used twice', () => {
    const stack = freshStack();
    const a = new DriftAlarm(stack, 'A', { compartmentId: TEAM, condition: new TestEndpoint(stack, 'E').metricLatency().greaterThan(1), topicId: TOPICS.warning });
    const w = { name: 'w', from: '2026-12-01T00:00:00Z', until: '2026-12-02T00:00:00Z' };
    a.addSuppressionWindow(w);
    expect(() => a.addSuppressionWindow(w)).toThrow(/suppression window "w": name is already used/);
  });

  test('fails for a threshold that does not render, naming MetricCondition', () => {
    const metric = new EndpointMetric({ namespace: DRIFT_METRICS.namespace, name: 'drift_score', compartmentId: TEAM, dimensions: {}, statistic: 'max', intervalMinutes: 1, description: 'd', unit: '' });
    expect(() => metric.greaterThan(Number.NaN)).toThrow(/MetricCondition: threshold must be a finite number, got NaN/);
  });
});

describe('isoMinutes', () => {
  test.each([[30, 'PT30M'], [15, 'PT15M'], [60, 'PT1H'], [90, 'PT90M'], [1440, 'P1D'], [43200, 'P30D']])('renders %i minutes as %s', (m, iso) => {
    expect(isoMinutes(m)).toBe(iso);
  });
  test('fails for zero or fractional minutes', () => {
    expect(() => isoMinutes(0)).toThrow('isoMinutes: minutes must be a whole number of at least 1, got 0');
    expect(() => isoMinutes(1.5)).toThrow(/got 1\.5/);
  });
});
