import { Construct } from 'constructs';
import { type IModelEndpoint } from '../endpoint/model-endpoint-base';
import { type ITopics, type Severity } from '../observability/notification-topics';
import { outside, runChecks } from '../private/checks';
import { type AlarmSeverity, type AlarmSuppressionWindow, DriftAlarm } from './drift-alarm';
import { type MetricCondition } from './metric-condition';

/** The design's per-endpoint defaults. */
export const DEFAULT_ENDPOINT_ALARMS = {
  driftScoreAbove: 0.8,
  driftSeverity: 'CRITICAL',
  driftRepeatMinutes: 30,
  latencyAboveMs: 1000,
  latencySeverity: 'WARNING',
  latencyRepeatMinutes: 15,
  latencyIntervalMinutes: 5,
} as const;

/**
 * Which topic an alarm severity notifies: CRITICAL and ERROR page (critical), WARNING warns, INFO informs.
 *
 * @param topics - topic OCIDs per severity
 * @param severity - the alarm's severity
 * @returns the topic OCID
 * @example
 * topicForSeverity(workspace.topics, 'ERROR'); // workspace.topics.critical
 */
export function topicForSeverity(topics: ITopics, severity: AlarmSeverity): string {
  const key: Severity = severity === 'CRITICAL' || severity === 'ERROR' ? 'critical' : severity === 'WARNING' ? 'warning' : 'info';
  return topics[key];
}

/** Thresholds of an endpoint's alarms; `false` turns a default alarm off. */
export interface EndpointAlarmThresholds {
  /**
   * Drift score (share of drifted features, 0-1) above which the CRITICAL drift alarm fires.
   * @default 0.8
   */
  readonly driftScoreAbove?: number | false;
  /**
   * Minutes between repeated drift notifications.
   * @default 30
   */
  readonly driftRepeatMinutes?: number;
  /**
   * Mean latency (ms over 5 minutes) above which the WARNING latency alarm fires.
   * @default 1000
   */
  readonly latencyAboveMs?: number | false;
  /**
   * Minutes between repeated latency notifications.
   * @default 15
   */
  readonly latencyRepeatMinutes?: number;
  /**
   * Failed requests per `errorIntervalMinutes` above which an ERROR alarm fires.
   * @default - no error alarm
   */
  readonly errorsAbove?: number;
  /**
   * Interval of the error count, 1-60 minutes.
   * @default 5
   */
  readonly errorIntervalMinutes?: number;
  /**
   * Minutes without any request after which a WARNING alarm fires (absence of invocations).
   * @default - no absence alarm
   */
  readonly noInvocationsForMinutes?: number;
  /**
   * Mean prediction confidence (0-1, over 5 minutes) below which a WARNING alarm fires.
   * @default - no confidence alarm
   */
  readonly confidenceBelow?: number;
}

export interface EndpointAlarmsProps extends EndpointAlarmThresholds {
  /** The endpoint whose metrics the alarms watch. */
  readonly endpoint: IModelEndpoint;
  /** Notifications topics per severity (a team's or the platform's). */
  readonly topics: ITopics;
  /**
   * Compartment of the alarms.
   * @default - the endpoint's compartment
   */
  readonly compartmentId?: string;
  /**
   * Suppression windows applied to every alarm of the endpoint.
   * @default - none
   */
  readonly suppressionWindows?: readonly AlarmSuppressionWindow[];
}

/**
 * Defines the alarms of one model endpoint from its typed metrics: drift score above 0.8
 * (CRITICAL, repeated every 30 minutes) and latency above 1000 ms (WARNING, every 15 minutes) by
 * default, plus error count, absence of invocations and confidence drop on request. Each alarm
 * notifies the topic of its severity.
 */
export class EndpointAlarms extends Construct {
  readonly alarms: Record<string, DriftAlarm> = {};

  constructor(scope: Construct, id: string, props: EndpointAlarmsProps) {
    super(scope, id);
    runChecks(this.node.path, props, [
      { fails: (p) => p.driftScoreAbove !== false && p.driftScoreAbove !== undefined && !(p.driftScoreAbove > 0 && p.driftScoreAbove <= 1), message: (p) => `driftScoreAbove must be within (0, 1] or false, got ${String(p.driftScoreAbove)}` },
      { fails: (p) => p.latencyAboveMs !== false && p.latencyAboveMs !== undefined && !(p.latencyAboveMs > 0 && Number.isFinite(p.latencyAboveMs)), message: (p) => `latencyAboveMs must be a positive number of milliseconds or false, got ${String(p.latencyAboveMs)}` },
      { fails: (p) => p.errorsAbove !== undefined && !(p.errorsAbove >= 0 && Number.isFinite(p.errorsAbove)), message: (p) => `errorsAbove must be a number of failed requests of at least 0, got ${p.errorsAbove}` },
      { fails: (p) => outside(p.errorIntervalMinutes, 1, 60), message: (p) => `errorIntervalMinutes must be a whole number 1-60, got ${p.errorIntervalMinutes}` },
      { fails: (p) => outside(p.noInvocationsForMinutes, 1, 2880), message: (p) => `noInvocationsForMinutes must be a whole number 1-2880, got ${p.noInvocationsForMinutes}` },
      { fails: (p) => p.confidenceBelow !== undefined && !(p.confidenceBelow > 0 && p.confidenceBelow <= 1), message: (p) => `confidenceBelow must be within (0, 1], got ${p.confidenceBelow}` },
    ]);
    const e = props.endpoint;
    const compartmentId = props.compartmentId ?? e.compartmentId;
    const add = (key: string, condition: MetricCondition, severity: AlarmSeverity, what: string, repeatNotificationMinutes?: number) => {
      this.alarms[key] = new DriftAlarm(this, key, {
        compartmentId, condition, severity, repeatNotificationMinutes, displayName: `${e.endpointName}: ${what}`,
        topicId: topicForSeverity(props.topics, severity), suppressionWindows: props.suppressionWindows,
      });
    };
    const drift = props.driftScoreAbove ?? DEFAULT_ENDPOINT_ALARMS.driftScoreAbove;
    if (drift !== false) {
      add('DriftScore', e.metricDriftScore().greaterThan(drift), DEFAULT_ENDPOINT_ALARMS.driftSeverity, `drift score above ${drift}`,
        props.driftRepeatMinutes ?? DEFAULT_ENDPOINT_ALARMS.driftRepeatMinutes);
    }
    const latency = props.latencyAboveMs ?? DEFAULT_ENDPOINT_ALARMS.latencyAboveMs;
    if (latency !== false) {
      add('Latency', e.metricLatency({ intervalMinutes: DEFAULT_ENDPOINT_ALARMS.latencyIntervalMinutes }).greaterThan(latency),
        DEFAULT_ENDPOINT_ALARMS.latencySeverity, `latency above ${latency} ms`, props.latencyRepeatMinutes ?? DEFAULT_ENDPOINT_ALARMS.latencyRepeatMinutes);
    }
    if (props.errorsAbove !== undefined) {
      const minutes = props.errorIntervalMinutes ?? 5;
      add('Errors', e.metricErrors({ intervalMinutes: minutes, statistic: 'sum' }).greaterThan(props.errorsAbove), 'ERROR', `more than ${props.errorsAbove} errors in ${minutes} minutes`, 30);
    }
    if (props.noInvocationsForMinutes !== undefined) {
      add('NoInvocations', e.metricInvocations().absent(props.noInvocationsForMinutes), 'WARNING', `no requests for ${props.noInvocationsForMinutes} minutes`, 60);
    }
    if (props.confidenceBelow !== undefined) {
      add('LowConfidence', e.metricConfidence().lessThan(props.confidenceBelow), 'WARNING', `mean confidence below ${props.confidenceBelow}`, 60);
    }
  }
}

/**
 * Defines an endpoint's default alarms (drift score and latency, plus any optional ones the
 * thresholds turn on) beside the endpoint, notifying the topics of their severities.
 *
 * @param endpoint - the model endpoint
 * @param topics - Notifications topics per severity
 * @param thresholds - thresholds; omitted ones take the design's defaults
 * @returns the EndpointAlarms construct, defined as the child `Alarms` of the endpoint
 * @example
 * const alarms = addDefaultAlarms(endpoint, workspace.topics, { latencyAboveMs: 500 });
 * alarms.alarms.DriftScore.severity; // 'CRITICAL'
 */
export function addDefaultAlarms(endpoint: IModelEndpoint, topics: ITopics, thresholds: EndpointAlarmThresholds = {}): EndpointAlarms {
  return new EndpointAlarms(endpoint, 'Alarms', { ...thresholds, endpoint, topics });
}
