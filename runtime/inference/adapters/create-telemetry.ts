import { type RequestEvent } from '../create-inference-router';
import { MetricAggregator } from '../metric-aggregator';
import { type ModelSlot } from '../model-slot';
import { PeakMemoryGauge } from '../../oci/peak-memory-gauge';
import { createOciLoggingSink } from './oci-logging-sink';
import { type MonitoringPublisher, startMonitoringPublisher } from './oci-monitoring-publisher';
import { type PredictionLogSink } from './prediction-log-sink';
import { type PrometheusMetrics } from './prometheus-metrics';
import { createStdoutLogSink } from './stdout-log-sink';

/** Where prediction records and custom metrics go. */
export interface TelemetryConfig {
  /** `stdout` (Functions), `none`, or the OCID of an OCI Logging custom log. @default 'stdout' */
  readonly log?: 'stdout' | 'none' | { readonly logId: string };
  /** Post custom metrics to OCI Monitoring in this compartment; absent: no Monitoring posts. */
  readonly monitoringCompartmentId?: string;
  /** Seconds between Monitoring posts. @default 60 */
  readonly monitoringIntervalSec?: number;
  /**
   * Post the function's peak memory (`FunctionMemoryUsedMb`) with these dimensions on each
   * Monitoring post, sampled after invocations (see `functionMemoryDimensions`); needs
   * `monitoringCompartmentId`.
   * @default - not posted (OKE, `oci-mlops serve`)
   */
  readonly functionMemoryDimensions?: Readonly<Record<string, string>>;
  /** Expose Prometheus metrics (the server's `/metrics`). @default true */
  readonly prometheus?: boolean;
}

/** The observer to give the router, plus what the shells expose and close. */
export interface Telemetry {
  readonly observe: (event: RequestEvent) => void;
  readonly prometheus?: PrometheusMetrics;
  readonly sink?: PredictionLogSink;
  readonly publisher?: MonitoringPublisher;
  /** Flushes logs and metrics and stops the timers (graceful shutdown). */
  close(): Promise<void>;
}

/**
 * Wires the request observer: Prometheus metrics, a prediction log sink (stdout or OCI Logging) and
 * the OCI Monitoring publisher of `INFERENCE_METRICS` (and, in OCI Functions, the function's peak
 * memory, `FUNCTION_MEMORY_METRIC`). OCI clients use `createAuthProvider` (resource
 * principal in Functions/OKE, config file locally) and `ociClientConfiguration`.
 *
 * @param slot the served model
 * @param config log target, Monitoring compartment and interval, Prometheus on/off
 * @param getObserverFailures the router's failure counter, exposed on `/metrics`
 * @returns the observer and the parts to expose and close
 * @throws Error when OCI Logging or Monitoring is configured and no OCI credentials are available
 * @example
 * const telemetry = await createTelemetry(slot, { log: 'stdout' });
 */
export async function createTelemetry(slot: ModelSlot, config: TelemetryConfig, getObserverFailures: () => number = () => 0): Promise<Telemetry> {
  const log = config.log ?? 'stdout';
  const needsOci = typeof log === 'object' || config.monitoringCompartmentId !== undefined;
  // The OCI SDK modules take most of a cold start to load: only when configured.
  const oci = needsOci ? await import('../../oci') : undefined;
  const auth = oci ? await oci.createAuthProvider() : undefined;
  let sink: PredictionLogSink | undefined;
  if (log === 'stdout') sink = createStdoutLogSink(process.stdout);
  else if (typeof log === 'object') {
    const { LoggingClient } = await import('oci-loggingingestion');
    const client = new LoggingClient({ authenticationDetailsProvider: auth! }, oci!.ociClientConfiguration());
    sink = createOciLoggingSink(client, { logId: log.logId });
  }
  let aggregator: MetricAggregator | undefined;
  let publisher: MonitoringPublisher | undefined;
  let gauge: PeakMemoryGauge | undefined;
  if (config.monitoringCompartmentId !== undefined) {
    if (config.functionMemoryDimensions) gauge = new PeakMemoryGauge();
    aggregator = new MetricAggregator({
      compartmentId: config.monitoringCompartmentId,
      memory: gauge && config.functionMemoryDimensions ? { gauge, dimensions: config.functionMemoryDimensions } : undefined,
    });
    const { MonitoringClient } = await import('oci-monitoring');
    const client = new MonitoringClient({ authenticationDetailsProvider: auth! }, oci!.ociClientConfiguration());
    const region = (auth as { getRegion?: () => { regionId: string } }).getRegion?.();
    if (region) client.endpoint = `https://telemetry-ingestion.${region.regionId}.oraclecloud.com`;
    publisher = startMonitoringPublisher(client, aggregator, { intervalMs: (config.monitoringIntervalSec ?? 60) * 1000 });
  }
  // prom-client is loaded only where /metrics is served (not in Functions).
  const prometheus = config.prometheus === false ? undefined : (await import('./prometheus-metrics')).createPrometheusMetrics(slot, {
    logSink: sink ? () => sink.stats() : undefined,
    monitoring: publisher ? () => publisher.stats() : undefined,
    observerFailures: getObserverFailures,
  });
  return {
    observe(event) {
      // A flag test per invocation; the resident set size is read at most once a second.
      gauge?.sampleIfDue();
      prometheus?.observe(event);
      if (event.record) sink?.write(event.record);
      if (aggregator && /predict|infer/.test(event.route)) {
        const sig = event.signature ?? (slot.ready ? slot.require().signature : undefined);
        aggregator.record({
          modelName: sig?.name ?? slot.name, modelVersion: sig?.version ?? 'unloaded',
          latencyMs: event.latencyMs, status: event.status, confidences: event.confidences ?? event.record?.confidence,
        });
      }
    },
    prometheus,
    sink,
    publisher,
    async close() {
      await Promise.all([sink?.close(), publisher?.close()]);
      gauge?.close();
    },
  };
}
