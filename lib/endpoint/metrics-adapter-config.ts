import { ApiObject, App, Chart } from 'cdk8s';
import { stringify } from 'yaml';
import { type ObjectMeta } from './kubernetes-types';
import { DEFAULT_HPA_CUSTOM_METRIC } from './serving-manifests';

/** The counter the inference server exposes on `/metrics` (runtime/inference/adapters/prometheus-metrics.ts), labels `route` and `status`. */
export const INFERENCE_REQUESTS_COUNTER = 'mlops_inference_requests_total';

/**
 * One discovery rule of prometheus-adapter's configuration (upstream `docs/config.md`): which series
 * to find, how their labels map to Kubernetes objects, the name the custom metrics API serves, and
 * the PromQL that computes the value.
 */
export interface PrometheusAdapterRule {
  readonly seriesQuery: string;
  readonly resources: { readonly overrides: Readonly<Record<string, { readonly resource: string }>> };
  readonly name: { readonly matches: string; readonly as: string };
  readonly metricsQuery: string;
}

export interface MetricsAdapterConfigProps {
  /**
   * Pods metric the HPAs ask for (ModelEndpoint's `hpaCustomMetricName`).
   * @default 'mlops_inference_requests_per_second'
   */
  readonly metricName?: string;
  /**
   * Namespace of prometheus-adapter, where its configuration ConfigMap lives.
   * @default 'monitoring'
   */
  readonly namespace?: string;
  /**
   * Name of the ConfigMap (prometheus-adapter Helm chart: `rules.existing`).
   * @default 'mlops-prometheus-adapter-rules'
   */
  readonly configMapName?: string;
  /**
   * Window of the PromQL `rate()`, seconds: at least four scrape intervals.
   * @default 120
   */
  readonly rateWindowSec?: number;
}

/** The rendered configuration: the typed ConfigMap, its rules and the YAML document. */
export interface MetricsAdapterConfig {
  readonly configMap: { readonly metadata: ObjectMeta; readonly data: { readonly 'config.yaml': string } };
  readonly rules: readonly PrometheusAdapterRule[];
  readonly yaml: string;
}

const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Builds prometheus-adapter's configuration for the OKE HPAs' custom metric: a ConfigMap
 * (`config.yaml`) with one rule that turns the inference server's `mlops_inference_requests_total`
 * counter into the per-pod Pods metric `mlops_inference_requests_per_second` (the rate of POST
 * requests, i.e. predictions; probes and scrapes are GETs), per namespace and pod as Prometheus'
 * Kubernetes pod discovery labels them. One configuration serves every endpoint of a cluster.
 *
 * @param props - metric name, adapter namespace, ConfigMap name, rate window
 * @returns the typed ConfigMap, its rules and the YAML to apply once per cluster
 * @throws Error naming the prop when a name is not a valid metric or Kubernetes name, or the window is outside 30-3600 s
 * @example
 * renderMetricsAdapterConfig().yaml; // kind: ConfigMap ... config.yaml: "rules: ..."
 */
export function renderMetricsAdapterConfig(props: MetricsAdapterConfigProps = {}): MetricsAdapterConfig {
  const metricName = props.metricName ?? DEFAULT_HPA_CUSTOM_METRIC;
  const namespace = props.namespace ?? 'monitoring';
  const name = props.configMapName ?? 'mlops-prometheus-adapter-rules';
  const window = props.rateWindowSec ?? 120;
  const problems = [
    !/^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(metricName) && `metricName must be a Prometheus metric name ([a-zA-Z_:][a-zA-Z0-9_:]*), got ${JSON.stringify(metricName)}`,
    !DNS_LABEL.test(namespace) && `namespace must be a Kubernetes namespace name (lowercase DNS label), got ${JSON.stringify(namespace)}`,
    !/^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/.test(name) && `configMapName must be a Kubernetes object name (lowercase DNS subdomain), got ${JSON.stringify(name)}`,
    !(Number.isInteger(window) && window >= 30 && window <= 3600) && `rateWindowSec must be an integer from 30 to 3600, got ${window}`,
  ].filter((p): p is string => typeof p === 'string');
  if (problems.length) throw new Error(`renderMetricsAdapterConfig: ${problems.join('; ')}`);

  const rules: PrometheusAdapterRule[] = [{
    seriesQuery: `${INFERENCE_REQUESTS_COUNTER}{namespace!="",pod!=""}`,
    resources: { overrides: { namespace: { resource: 'namespace' }, pod: { resource: 'pod' } } },
    name: { matches: `^${INFERENCE_REQUESTS_COUNTER}$`, as: metricName },
    // Predictions only: every prediction route is a POST; liveness, readiness and scrapes are GETs.
    metricsQuery: `sum(rate(<<.Series>>{<<.LabelMatchers>>,route=~"POST .+"}[${window}s])) by (<<.GroupBy>>)`,
  }];
  const configMap = {
    metadata: { name, namespace, labels: { 'app.kubernetes.io/name': 'prometheus-adapter', 'app.kubernetes.io/component': 'rules', 'app.kubernetes.io/managed-by': 'oci-mlops' } },
    data: { 'config.yaml': stringify({ rules }) },
  };
  const app = new App();
  new ApiObject(new Chart(app, name, { disableResourceNameHashes: true }), 'ConfigMap', { apiVersion: 'v1', kind: 'ConfigMap', ...configMap });
  return { configMap, rules, yaml: app.synthYaml() };
}
