import { Lazy, Token } from 'cdktf';
import { Construct } from 'constructs';
import { MonitoringAlarm } from '../../.gen/providers/oci/monitoring-alarm';
import { MonitoringAlarmSuppressionA } from '../../.gen/providers/oci/monitoring-alarm-suppression';
import { mismatches, outside, runChecks } from '../private/checks';
import { isoMinutes } from './iso-duration';
import { type MetricCondition } from './metric-condition';
import { ocidShape } from '../../runtime/contract/ocid-shape';

/** Alarm severities OCI Monitoring knows (`severity`). */
export const ALARM_SEVERITIES = ['CRITICAL', 'ERROR', 'WARNING', 'INFO'] as const;
export type AlarmSeverity = (typeof ALARM_SEVERITIES)[number];

/**
 * Notification formats (`message_format`): RAW JSON, PRETTY_JSON, or ONS_OPTIMIZED (a readable
 * email layout; other subscription protocols still get JSON). PRETTY_JSON and ONS_OPTIMIZED are
 * valid only with Notifications destinations, which are the only ones DriftAlarm takes.
 */
export const ALARM_MESSAGE_FORMATS = ['RAW', 'PRETTY_JSON', 'ONS_OPTIMIZED'] as const;
export type AlarmMessageFormat = (typeof ALARM_MESSAGE_FORMATS)[number];

/** Days of a weekly suppression (RFC 5545 `BYDAY`). */
export const SUPPRESSION_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type SuppressionDay = (typeof SUPPRESSION_DAYS)[number];

/** A recurring part of a suppression window: every day or on some weekdays, for a duration. */
export interface SuppressionRecurrence {
  /** `DAILY`, or `WEEKLY` with `days`. */
  readonly frequency: 'DAILY' | 'WEEKLY';
  /**
   * Weekdays of a weekly window.
   * @default - required for WEEKLY, not allowed for DAILY
   */
  readonly days?: readonly SuppressionDay[];
  /**
   * Start of each occurrence, UTC, `HH:MM`.
   * @default '00:00'
   */
  readonly startUtc?: string;
  /** Length of each occurrence in minutes, 1-1440. */
  readonly durationMinutes: number;
}

/**
 * A time in which the alarm sends no notifications (planned retraining, maintenance). Defined
 * as an `oci_monitoring_alarm_suppression` on the alarm, so an alarm can have several.
 */
export interface AlarmSuppressionWindow {
  /** Name, unique among the alarm's windows; part of the construct id. */
  readonly name: string;
  /** Start, RFC 3339 (`2026-12-01T02:00:00Z`). */
  readonly from: string;
  /** End, RFC 3339, later than `from`. */
  readonly until: string;
  /**
   * Why (a ticket number, say).
   * @default - the window's name
   */
  readonly description?: string;
  /**
   * Only suppress notifications of these dimension values (`{ model_id: 'fraud-3' }`).
   * @default - the whole alarm
   */
  readonly dimensions?: Readonly<Record<string, string>>;
  /**
   * Repeat inside [from, until] instead of one continuous window.
   * @default - one continuous window
   */
  readonly recurrence?: SuppressionRecurrence;
}

export interface DriftAlarmProps {
  /** Compartment that owns the alarm. */
  readonly compartmentId: string;
  /**
   * What fires the alarm: a metric of an endpoint and its trigger, e.g.
   * `endpoint.metricDriftScore().greaterThan(0.8)` or `endpoint.metricInvocations().absent()`.
   */
  readonly condition: MetricCondition;
  /**
   * Alarm name and notification title, 1-255 characters.
   * @default - derived from the condition, e.g. 'drift score of fraud-2 above 0.8'
   */
  readonly displayName?: string;
  /**
   * Severity: CRITICAL, ERROR, WARNING or INFO.
   * @default 'WARNING'
   */
  readonly severity?: AlarmSeverity;
  /**
   * Notifications topic (OCID) the alarm notifies; OCI allows one topic per alarm.
   * @default - none: call addDestination() (synthesis fails without a destination)
   */
  readonly topicId?: string;
  /**
   * Minutes the condition must hold before the alarm fires, 1-60.
   * @default 1
   */
  readonly pendingDurationMinutes?: number;
  /**
   * Minutes between repeated notifications while the alarm keeps firing, 1-43200 (30 days).
   * @default - notified once per firing
   */
  readonly repeatNotificationMinutes?: number;
  /**
   * Time between evaluation windows; OCI supports only '1m'.
   * @default '1m'
   */
  readonly resolution?: '1m';
  /**
   * Minutes to wait for late datapoints before evaluating, 3-120.
   * @default 3
   */
  readonly evaluationSlackMinutes?: number;
  /**
   * Notification format.
   * @default 'ONS_OPTIMIZED'
   */
  readonly messageFormat?: AlarmMessageFormat;
  /**
   * Notification body, up to 1000 characters; may use OCI's dynamic variables (`{{dimensions.model_id}}`).
   * @default - the condition in words and what to look at
   */
  readonly body?: string;
  /**
   * Send one notification per metric stream (per model, feature...) instead of one for all.
   * @default true
   */
  readonly enableNotificationsPerDimension?: boolean;
  /**
   * Evaluate the alarm; `false` keeps it defined but silent.
   * @default true
   */
  readonly enableAlarm?: boolean;
  /**
   * Times without notifications.
   * @default - none (add more with addSuppressionWindow())
   */
  readonly suppressionWindows?: readonly AlarmSuppressionWindow[];
}

const TOPIC_OCID = ocidShape('onstopic');
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const WINDOW_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * Defines an OCI Monitoring alarm (`oci_monitoring_alarm`) on one endpoint metric, built from a
 * typed `MetricCondition` (never hand-written MQL), notifying one Notifications topic, with
 * severity, pending duration, repeat interval, message format, body and suppression windows.
 * A missing destination fails synthesis with a message naming the alarm.
 */
export class DriftAlarm extends Construct {
  readonly resource: MonitoringAlarm;
  /** OCID of the alarm. */
  readonly alarmId: string;
  /** The rendered MQL query. */
  readonly query: string;
  readonly severity: AlarmSeverity;
  readonly suppressions: MonitoringAlarmSuppressionA[] = [];
  private readonly destinations: string[] = [];
  private readonly compartmentId: string;
  private readonly windowNames = new Set<string>();

  constructor(scope: Construct, id: string, props: DriftAlarmProps) {
    super(scope, id);
    const where = this.node.path;
    let query = '';
    let queryError: string | undefined;
    try {
      query = props.condition.toMql();
    } catch (err) {
      queryError = (err as Error).message;
    }
    const severity = props.severity ?? 'WARNING';
    const format = props.messageFormat ?? 'ONS_OPTIMIZED';
    const displayName = props.displayName ?? props.condition.describe().slice(0, 255);
    const known = (v: string | undefined) => v !== undefined && !Token.isUnresolved(v);
    runChecks(where, props, [
      { fails: () => queryError !== undefined, message: () => `condition does not render: ${queryError}` },
      { fails: () => !ALARM_SEVERITIES.includes(severity), message: () => `severity must be one of ${ALARM_SEVERITIES.join(', ')}, got ${JSON.stringify(severity)}` },
      { fails: () => !ALARM_MESSAGE_FORMATS.includes(format), message: () => `messageFormat must be one of ${ALARM_MESSAGE_FORMATS.join(', ')}, got ${JSON.stringify(format)}` },
      { fails: (p) => p.resolution !== undefined && p.resolution !== '1m', message: (p) => `resolution must be '1m' (the only resolution OCI alarms support), got ${JSON.stringify(p.resolution)}` },
      { fails: (p) => outside(p.pendingDurationMinutes, 1, 60), message: (p) => `pendingDurationMinutes must be a whole number 1-60, got ${p.pendingDurationMinutes}` },
      { fails: (p) => outside(p.repeatNotificationMinutes, 1, 43200), message: (p) => `repeatNotificationMinutes must be a whole number 1-43200 (30 days), got ${p.repeatNotificationMinutes}` },
      { fails: (p) => outside(p.evaluationSlackMinutes, 3, 120), message: (p) => `evaluationSlackMinutes must be a whole number 3-120, got ${p.evaluationSlackMinutes}` },
      { fails: () => known(displayName) && (displayName.length < 1 || displayName.length > 255), message: () => `displayName must be 1-255 characters, got ${JSON.stringify(displayName)}` },
      { fails: (p) => known(p.body) && p.body!.length > 1000, message: (p) => `body must be at most 1000 characters, got ${p.body!.length}` },
      { fails: (p) => mismatches(p.topicId, TOPIC_OCID), message: (p) => `topicId must be a Notifications topic OCID (ocid1.onstopic...), got ${JSON.stringify(p.topicId)}` },
    ]);
    this.compartmentId = props.compartmentId;
    this.query = query;
    this.severity = severity;
    if (props.topicId !== undefined) this.destinations.push(props.topicId);

    this.resource = new MonitoringAlarm(this, 'Resource', {
      compartmentId: props.compartmentId,
      displayName,
      notificationTitle: displayName,
      metricCompartmentId: props.condition.metricCompartmentId,
      namespace: props.condition.namespace,
      query,
      severity,
      isEnabled: props.enableAlarm ?? true,
      destinations: Lazy.listValue({ produce: () => this.destinations }),
      pendingDuration: isoMinutes(props.pendingDurationMinutes ?? 1),
      repeatNotificationDuration: props.repeatNotificationMinutes === undefined ? undefined : isoMinutes(props.repeatNotificationMinutes),
      resolution: props.resolution ?? '1m',
      evaluationSlackDuration: isoMinutes(props.evaluationSlackMinutes ?? 3),
      messageFormat: format,
      body: props.body ?? defaultBody(props.condition).slice(0, 1000),
      isNotificationsPerMetricDimensionEnabled: props.enableNotificationsPerDimension ?? true,
    });
    this.alarmId = this.resource.id;
    for (const w of props.suppressionWindows ?? []) this.addSuppressionWindow(w);
    this.node.addValidation({
      validate: () => (this.destinations.length ? [] : [`${where}: DriftAlarm has no destination: pass topicId or call addDestination()`]),
    });
  }

  /**
   * Notifies a Notifications topic. Idempotent for the same topic; OCI allows one topic per alarm.
   *
   * @param topicId - OCID of the Notifications topic
   * @throws Error when the value is not a topic OCID or the alarm already notifies another topic
   */
  addDestination(topicId: string): void {
    const where = this.node.path;
    if (mismatches(topicId, TOPIC_OCID)) throw new Error(`${where}: addDestination needs a Notifications topic OCID (ocid1.onstopic...), got ${JSON.stringify(topicId)}`);
    if (this.destinations.includes(topicId)) return;
    if (this.destinations.length) {
      throw new Error(`${where}: addDestination: the alarm already notifies ${this.destinations[0]}; OCI allows one Notifications topic per alarm, got a second: ${topicId}`);
    }
    this.destinations.push(topicId);
  }

  /**
   * Adds a suppression window (`oci_monitoring_alarm_suppression` on this alarm).
   *
   * @param window - name, RFC 3339 start and end, optional dimensions and recurrence
   * @returns the suppression resource
   * @throws Error naming the window and the bad value
   */
  addSuppressionWindow(window: AlarmSuppressionWindow): MonitoringAlarmSuppressionA {
    const where = `${this.node.path}: suppression window ${JSON.stringify(window.name)}`;
    const r = window.recurrence;
    const from = Date.parse(window.from);
    const until = Date.parse(window.until);
    const start = r?.startUtc ?? '00:00';
    runChecks(where, window, [
      { fails: (w) => !WINDOW_NAME.test(w.name), message: (w) => `name must be 1-63 characters of a-z, 0-9 and "-", got ${JSON.stringify(w.name)}` },
      { fails: (w) => this.windowNames.has(w.name), message: () => 'name is already used by another window of this alarm' },
      { fails: (w) => !RFC3339.test(w.from) || Number.isNaN(from), message: (w) => `from must be an RFC 3339 time such as 2026-12-01T02:00:00Z, got ${JSON.stringify(w.from)}` },
      { fails: (w) => !RFC3339.test(w.until) || Number.isNaN(until), message: (w) => `until must be an RFC 3339 time such as 2026-12-01T04:00:00Z, got ${JSON.stringify(w.until)}` },
      { fails: () => !Number.isNaN(from) && !Number.isNaN(until) && until <= from, message: (w) => `until (${w.until}) must be later than from (${w.from})` },
      { fails: (w) => w.description !== undefined && w.description.length > 255, message: (w) => `description must be at most 255 characters, got ${w.description!.length}` },
      { fails: (w) => w.dimensions !== undefined && Object.keys(w.dimensions).length === 0, message: () => 'dimensions must name at least one dimension when given (omit it to suppress the whole alarm)' },
      { fails: () => r !== undefined && !['DAILY', 'WEEKLY'].includes(r.frequency), message: () => `recurrence.frequency must be DAILY or WEEKLY, got ${JSON.stringify(r!.frequency)}` },
      { fails: () => r?.frequency === 'WEEKLY' && !(r.days?.length), message: () => 'recurrence.days must list at least one day (MO..SU) for a WEEKLY window' },
      { fails: () => r?.frequency === 'DAILY' && r.days !== undefined, message: () => 'recurrence.days is only allowed with frequency WEEKLY' },
      { fails: () => (r?.days ?? []).some((d) => !SUPPRESSION_DAYS.includes(d)), message: () => `recurrence.days must be among ${SUPPRESSION_DAYS.join(', ')}, got ${JSON.stringify(r!.days)}` },
      { fails: () => r !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(start), message: () => `recurrence.startUtc must be HH:MM (00:00-23:59), got ${JSON.stringify(start)}` },
      { fails: () => r !== undefined && outside(r.durationMinutes, 1, 1440), message: () => `recurrence.durationMinutes must be a whole number 1-1440 (24 hours), got ${r!.durationMinutes}` },
    ]);
    this.windowNames.add(window.name);
    const [hour, minute] = start.split(':').map(Number);
    const suppression = new MonitoringAlarmSuppressionA(this, `Suppression-${window.name}`, {
      displayName: window.name,
      description: window.description ?? window.name,
      alarmSuppressionTarget: { targetType: 'ALARM', alarmId: this.resource.id },
      level: window.dimensions ? 'DIMENSION' : 'ALARM',
      dimensions: window.dimensions ? { ...window.dimensions } : undefined,
      timeSuppressFrom: window.from,
      timeSuppressUntil: window.until,
      suppressionConditions: r ? [{
        conditionType: 'RECURRENCE',
        suppressionRecurrence: `FREQ=${r.frequency}${r.days ? `;BYDAY=${r.days.join(',')}` : ''};BYHOUR=${hour};BYMINUTE=${minute};BYSECOND=0`,
        suppressionDuration: isoMinutes(r.durationMinutes),
      }] : undefined,
    });
    this.suppressions.push(suppression);
    return suppression;
  }

  /** Compartment that owns the alarm. */
  get alarmCompartmentId(): string {
    return this.compartmentId;
  }
}

function defaultBody(condition: MetricCondition): string {
  return `${condition.describe()}. Query: ${condition.toMql()}. ` +
    'Check the endpoint dashboard and the drift report (oci-mlops drift); retrain or roll back when the cause is in the data.';
}
