import { resourcesOf, synthResources, freshStack } from '../../support/synth';
import { addDefaultAlarms, EndpointAlarms, topicForSeverity } from '../../../lib/monitoring/endpoint-alarms';
import { FUNCTION_ID, TEAM, TestEndpoint, TOPICS } from './fixtures';

describe('EndpointAlarms', () => {
  test('defines the design defaults: drift score above 0.8 CRITICAL every 30 min, latency above 1000 ms WARNING every 15 min', () => {
    const r = synthResources((s) => { addDefaultAlarms(new TestEndpoint(s, 'Scorer'), TOPICS); });
    const alarms = resourcesOf(r, 'oci_monitoring_alarm');
    expect(alarms).toHaveLength(2);
    expect(alarms[0]).toMatchObject({
      display_name: 'fraud-scorer: drift score above 0.8', namespace: 'mlops_drift', metric_compartment_id: TEAM,
      query: 'drift_score[60m]{model_id = "fraud-scorer-2"}.max() > 0.8', severity: 'CRITICAL', repeat_notification_duration: 'PT30M', destinations: [TOPICS.critical],
    });
    expect(alarms[1]).toMatchObject({
      display_name: 'fraud-scorer: latency above 1000 ms', namespace: 'oci_faas',
      query: `FunctionExecutionDuration[5m]{resourceId = "${FUNCTION_ID}"}.mean() > 1000`, severity: 'WARNING', repeat_notification_duration: 'PT15M', destinations: [TOPICS.warning],
    });
  });

  test('defines the optional error, absence and confidence alarms on request, each to its severity topic', () => {
    const r = synthResources((s) => {
      new EndpointAlarms(s, 'Alarms', { endpoint: new TestEndpoint(s, 'Scorer'), topics: TOPICS, driftScoreAbove: false, latencyAboveMs: false, errorsAbove: 10, noInvocationsForMinutes: 60, confidenceBelow: 0.6 });
    });
    const alarms = resourcesOf(r, 'oci_monitoring_alarm');
    expect(alarms).toHaveLength(3);
    expect(alarms.map((a) => [a.severity, a.query, a.destinations])).toEqual(expect.arrayContaining([
      ['ERROR', `FunctionResponseCount[5m]{resourceId = "${FUNCTION_ID}", responseType = "Error"}.sum() > 10`, [TOPICS.critical]],
      ['WARNING', `FunctionInvocationCount[1m]{resourceId = "${FUNCTION_ID}"}.sum().absent(1h)`, [TOPICS.warning]],
      ['WARNING', 'prediction_confidence[5m]{model_name = "fraud-scorer", model_version = "2"}.mean() < 0.6', [TOPICS.warning]],
    ]));
  });

  test('maps severities to topics: CRITICAL and ERROR page, WARNING warns, INFO informs', () => {
    expect(['CRITICAL', 'ERROR', 'WARNING', 'INFO'].map((s) => topicForSeverity(TOPICS, s as never))).toEqual([TOPICS.critical, TOPICS.critical, TOPICS.warning, TOPICS.info]);
  });

  test('covers the addDefaultAlarms example', () => {
    const stack = freshStack();
    const alarms = addDefaultAlarms(new TestEndpoint(stack, 'E'), TOPICS, { latencyAboveMs: 500 });
    expect(alarms.alarms.DriftScore.severity).toBe('CRITICAL');
    expect(alarms.alarms.Latency.query).toMatch(/ > 500$/);
  });

  test.each([
    [{ driftScoreAbove: 1.5 }, /driftScoreAbove must be within \(0, 1\] or false, got 1\.5/],
    [{ latencyAboveMs: -1 }, /latencyAboveMs must be a positive number of milliseconds or false, got -1/],
    [{ errorsAbove: -2 }, /errorsAbove must be a number of failed requests of at least 0, got -2/],
    [{ errorIntervalMinutes: 61 }, /errorIntervalMinutes must be a whole number 1-60, got 61/],
    [{ noInvocationsForMinutes: 0 }, /noInvocationsForMinutes must be a whole number 1-2880, got 0/],
    [{ confidenceBelow: 0 }, /confidenceBelow must be within \(0, 1\], got 0/],
  ])('fails for a bad threshold %j', (bad, message) => {
    const stack = freshStack();
    expect(() => new EndpointAlarms(stack, 'A', { endpoint: new TestEndpoint(stack, 'E'), topics: TOPICS, ...bad })).toThrow(message);
  });
});
