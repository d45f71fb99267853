import { MonitoringClient } from 'oci-monitoring';
import { ObjectStorageClient } from 'oci-objectstorage';
import { type AuthenticationDetailsProvider } from 'oci-common';
import { MetricPublisher } from '../../runtime/monitor/adapters/metric-publisher';
import { ProfileStore } from '../../runtime/monitor/adapters/profile-store';
import { DriftMonitor } from '../../runtime/monitor/drift-monitor';
import { MonitorConfigSchema } from '../../runtime/monitor/monitor-config';
import { ociClientConfiguration } from '../../runtime/oci/client-configuration';
import { PeakMemoryGauge } from '../../runtime/oci/peak-memory-gauge';

export interface CreateMonitorOptions {
  /** The `OCI_MLOPS_MONITOR_CONFIG` JSON. */
  readonly configJson: string | undefined;
  readonly auth: AuthenticationDetailsProvider;
  /** Endpoint overrides (tests point both at a local server). */
  readonly monitoringEndpoint?: string;
  readonly objectStorageEndpoint?: string;
  readonly retry?: { readonly maxAttempts?: number; readonly baseDelayMs?: number; readonly maxDelayMs?: number };
  readonly log?: (message: string) => void;
  /**
   * Post the function's peak memory (`FunctionMemoryUsedMb`) with these dimensions after each batch
   * (`functionMemoryDimensions(process.env)` in OCI Functions).
   * @default - not posted
   */
  readonly functionMemoryDimensions?: Readonly<Record<string, string>>;
}

/**
 * Wires the monitor: validates the configuration, creates the Monitoring client (ingestion
 * endpoint, no SDK retries: the publisher retries) and the Object Storage client, the bounded
 * publisher, the profile cache and, with `functionMemoryDimensions`, the peak-memory gauge.
 *
 * @throws Error listing every configuration issue as `OCI_MLOPS_MONITOR_CONFIG: path: message`
 */
export function createMonitor(options: CreateMonitorOptions): DriftMonitor {
  let json: unknown;
  try {
    json = JSON.parse(options.configJson ?? '');
  } catch {
    throw new Error('OCI_MLOPS_MONITOR_CONFIG: must be set to the monitor configuration JSON (docs/drift.md)');
  }
  const parsed = MonitorConfigSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `OCI_MLOPS_MONITOR_CONFIG: ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n'));
  }
  const config = parsed.data;
  const monitoring = new MonitoringClient({ authenticationDetailsProvider: options.auth }, ociClientConfiguration({ maxAttempts: 1 }));
  if (options.monitoringEndpoint) monitoring.endpoint = options.monitoringEndpoint;
  else if (monitoring.endpoint.includes('://telemetry.')) {
    // PostMetricData goes to the telemetry-ingestion endpoint, not the telemetry one.
    monitoring.endpoint = monitoring.endpoint.replace('://telemetry.', '://telemetry-ingestion.');
  }
  const objects = new ObjectStorageClient({ authenticationDetailsProvider: options.auth }, ociClientConfiguration({ maxAttempts: 4, maxDelaySec: 2 }));
  if (options.objectStorageEndpoint) objects.endpoint = options.objectStorageEndpoint;
  const publisher = new MetricPublisher(monitoring, {
    namespace: config.namespace,
    compartmentId: config.compartmentId,
    maxBuffered: config.maxBufferedDatapoints,
    ...options.retry,
  });
  const profiles = new ProfileStore(objects, { ttlSec: config.profileTtlSec });
  const dimensions = options.functionMemoryDimensions;
  const memory = dimensions ? { gauge: new PeakMemoryGauge(), dimensions } : undefined;
  return new DriftMonitor({ config, publisher, loadProfile: (l) => profiles.load(l), log: options.log, memory });
}
