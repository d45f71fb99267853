import { z } from 'zod';
import { MONITOR_MEMORY_MIB } from '../../runtime/contract/function-memory-mib';
import { DriftSettingsSchema } from '../../runtime/monitor/drift-settings';
import { ocirImage } from './common-schemas';

const severityTopic = z.enum(['critical', 'warning', 'info']);

/** Alarm thresholds of one endpoint; `false` turns a default alarm off. */
export const endpointAlarmsSchema = z
  .object({
    driftScoreAbove: z.union([z.number().gt(0).max(1), z.literal(false)]).default(0.8).meta({ description: 'Drift score (share of drifted features) above which the CRITICAL drift alarm fires; false turns it off.' }),
    driftRepeatMinutes: z.number().int().min(1).max(43200).default(30).meta({ description: 'Minutes between repeated drift notifications while the alarm fires.' }),
    latencyAboveMs: z.union([z.number().positive(), z.literal(false)]).default(1000).meta({ description: 'Mean latency (ms over 5 minutes) above which the WARNING latency alarm fires; false turns it off.' }),
    latencyRepeatMinutes: z.number().int().min(1).max(43200).default(15).meta({ description: 'Minutes between repeated latency notifications.' }),
    errorsAbove: z.number().min(0).optional().meta({ description: 'Failed requests per errorIntervalMinutes above which an ERROR alarm fires (omitted: no error alarm).' }),
    errorIntervalMinutes: z.number().int().min(1).max(60).default(5).meta({ description: 'Interval of the error count, minutes.' }),
    noInvocationsForMinutes: z.number().int().min(1).max(2880).optional().meta({ description: 'Minutes without requests after which a WARNING alarm fires (omitted: no absence alarm).' }),
    confidenceBelow: z.number().gt(0).max(1).optional().meta({ description: 'Mean prediction confidence below which a WARNING alarm fires (omitted: no confidence alarm).' }),
  })
  .strict();

/** A window without notifications. */
export const suppressionWindowSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be 1-63 characters of a-z, 0-9 and "-"').meta({ description: 'Window name, unique per endpoint.' }),
    from: z.iso.datetime({ offset: true }).meta({ description: 'Start, RFC 3339.' }),
    until: z.iso.datetime({ offset: true }).meta({ description: 'End, RFC 3339.' }),
    description: z.string().max(255).optional().meta({ description: 'Why (a ticket number, say).' }),
    recurrence: z
      .object({
        frequency: z.enum(['DAILY', 'WEEKLY']).meta({ description: 'Every day, or on the listed weekdays.' }),
        days: z.array(z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'])).min(1).optional().meta({ description: 'Weekdays of a WEEKLY window.' }),
        startUtc: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM').default('00:00').meta({ description: 'Start of each occurrence, UTC.' }),
        durationMinutes: z.number().int().min(1).max(1440).meta({ description: 'Length of each occurrence, minutes.' }),
      })
      .strict()
      .optional()
      .meta({ description: 'Repeat inside [from, until] instead of one continuous window.' }),
  })
  .strict();

/** Monitoring of one endpoint: drift settings for the monitor, alarm thresholds, suppression windows. */
export const endpointMonitoringSchema = z
  .object({
    endpoint: z.string().min(1).meta({ description: 'Name of the endpoint (endpoints[].name) whose prediction log and metrics are monitored.' }),
    drift: DriftSettingsSchema.prefault({}).meta({ description: 'Windows, tests and thresholds of the drift monitor for this endpoint (runtime/monitor/drift-settings.ts).' }),
    alarms: endpointAlarmsSchema.prefault({}).meta({ description: "Alarm thresholds; the design's drift (0.8, CRITICAL, every 30 min) and latency (1000 ms, WARNING, every 15 min) alarms are on by default." }),
    suppressionWindows: z.array(suppressionWindowSchema).default([]).meta({ description: 'Times without notifications (maintenance, planned retraining).' }),
  })
  .strict();

/** The `monitoring` section of a team file. */
export const monitoringSchema = z
  .object({
    monitorImage: ocirImage.meta({ description: 'OCIR image of the drift monitor function (functions/monitor).' }),
    monitorMemoryMib: z.union(MONITOR_MEMORY_MIB.map((mib) => z.literal(mib))).default(512).meta({ description: 'Memory of the monitor function, MB.' }),
    streamPartitions: z.number().int().min(1).max(50).default(1).meta({ description: 'Partitions of the prediction stream (1 MB/s in each).' }),
    streamRetentionHours: z.number().int().min(24).max(168).default(24).meta({ description: 'Hours the stream keeps prediction records.' }),
    destinations: z
      .object({
        critical: severityTopic.default('critical').meta({ description: 'Topic of CRITICAL and ERROR alarms.' }),
        warning: severityTopic.default('warning').meta({ description: 'Topic of WARNING alarms.' }),
        info: severityTopic.default('info').meta({ description: 'Topic of INFO alarms.' }),
      })
      .strict()
      .prefault({})
      .meta({ description: "Which of the team's topics each alarm severity notifies." }),
    endpoints: z.array(endpointMonitoringSchema).default([]).meta({ description: 'Monitoring per endpoint.' }),
  })
  .strict()
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    m.endpoints.forEach((e, i) => {
      if (seen.has(e.endpoint)) ctx.addIssue({ code: 'custom', path: ['endpoints', i, 'endpoint'], message: `endpoint ${e.endpoint} is listed twice` });
      seen.add(e.endpoint);
    });
  });

export type MonitoringConfigInput = z.input<typeof monitoringSchema>;
export type MonitoringConfig = z.output<typeof monitoringSchema>;
