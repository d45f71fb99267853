import type * as PromClient from 'prom-client';
import { type RequestEvent } from '../create-inference-router';
import { type ModelSlot } from '../model-slot';
import { createBulkHistogram } from './bulk-histogram';

// prom-client's index also sets up its default process metrics, which load @opentelemetry/api: about
// a fifth of the server's cold start. The classes used here are its own modules (the package has no
// `exports` map); test/runtime/inference checks the exposition.
/* eslint-disable @typescript-eslint/no-require-imports */
const Registry = require('prom-client/lib/registry') as typeof PromClient.Registry;
const Counter = require('prom-client/lib/counter') as typeof PromClient.Counter;
const Gauge = require('prom-client/lib/gauge') as typeof PromClient.Gauge;
const Histogram = require('prom-client/lib/histogram') as typeof PromClient.Histogram;
/* eslint-enable @typescript-eslint/no-require-imports */

/** Counters of the asynchronous deliveries, shown on `/metrics`. */
export interface DeliveryStats {
  readonly logSink?: () => { sent: number; dropped: number; failures: number; buffered: number };
  readonly monitoring?: () => { postedEntries: number; droppedEntries: number; failures: number; bufferedEntries: number };
  readonly observerFailures?: () => number;
}

/** Prometheus metrics of one server: a registry, an `observe` for each request, the text exposition. */
export interface PrometheusMetrics {
  readonly registry: PromClient.Registry;
  observe(event: RequestEvent): void;
  /** `/metrics` body, Prometheus text format. */
  text(): Promise<string>;
  readonly contentType: string;
}

/**
 * Prometheus metrics for the HTTP server (`prom-client`, its own registry): request counts and
 * latency histogram per route and status, prediction rows and confidence per model, data-quality
 * violations per feature and check, model readiness,
 * and the delivery counters of the log sink and the Monitoring publisher (sent, dropped, failures).
 *
 * @param slot the served model (readiness gauge)
 * @param stats delivery counters to expose
 * @returns the registry, `observe` and the exposition
 * @example
 * const prom = createPrometheusMetrics(slot, { logSink: () => sink.stats() });
 * const body = await prom.text(); // "# HELP mlops_inference_requests_total ..."
 */
export function createPrometheusMetrics(slot: ModelSlot, stats: DeliveryStats = {}): PrometheusMetrics {
  const registry = new Registry();
  const requests = new Counter({ name: 'mlops_inference_requests_total', help: 'Requests answered, by route and HTTP status.', labelNames: ['route', 'status'], registers: [registry] });
  const latency = new Histogram({
    name: 'mlops_inference_request_duration_seconds', help: 'Handler latency (body received to answer built), by route.',
    labelNames: ['route'], buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1], registers: [registry],
  });
  const rows = new Counter({ name: 'mlops_inference_prediction_rows_total', help: 'Rows predicted.', labelNames: ['model_name', 'model_version'], registers: [registry] });
  const dataQuality = new Counter({ name: 'mlops_inference_data_quality_violations_total', help: 'Request values that broke a data-quality check (mode flag), by feature and check.', labelNames: ['feature', 'check'], registers: [registry] });
  // One observation per row: a bulk histogram (prom-client's costs ~0.4 µs per observation).
  const confidence = createBulkHistogram(registry, {
    name: 'mlops_inference_prediction_confidence', help: 'Max class probability per predicted row (classifiers).',
    labelNames: ['model_name', 'model_version'], buckets: [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1],
  });
  new Gauge({ name: 'mlops_inference_model_ready', help: '1 once the model is loaded and verified, else 0.', registers: [registry], collect() { this.set(slot.ready ? 1 : 0); } });
  const delivery = new Gauge({
    name: 'mlops_inference_delivery', help: 'Asynchronous deliveries: log records and metric entries sent, dropped, failed calls, buffered.',
    labelNames: ['target', 'counter'], registers: [registry],
    collect() {
      const l = stats.logSink?.();
      if (l) for (const [k, v] of Object.entries(l)) this.set({ target: 'log', counter: k }, v);
      const m = stats.monitoring?.();
      if (m) for (const [k, v] of Object.entries(m)) this.set({ target: 'monitoring', counter: k }, v);
      if (stats.observerFailures) this.set({ target: 'observer', counter: 'failures' }, stats.observerFailures());
    },
  });
  void delivery;
  const children = new Map<string, { requests: { inc(): void }; latency: { observe(v: number): void } }>();
  return {
    registry,
    contentType: registry.contentType,
    observe(event) {
      // Label children are looked up once per route/status: hashing labels on every request costs more than the increment.
      const key = `${event.route} ${event.status}`;
      let child = children.get(key);
      if (!child) {
        child = { requests: requests.labels({ route: event.route, status: String(event.status) }), latency: latency.labels({ route: event.route }) };
        children.set(key, child);
      }
      child.requests.inc();
      child.latency.observe(event.latencyMs / 1000);
      const r = event.record;
      if (r) {
        const labels = { model_name: r.model_name, model_version: r.model_version };
        rows.inc(labels, r.rows);
        const violations = r.data_quality_violations;
        if (violations) for (const v of violations) dataQuality.inc({ feature: v.feature, check: v.check }, v.count);
        const c = event.confidences ?? r.confidence;
        if (c) confidence.observeMany([r.model_name, r.model_version], c);
      }
    },
    text: () => registry.metrics(),
  };
}
