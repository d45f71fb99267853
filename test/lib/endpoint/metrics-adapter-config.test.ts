import { parseAllDocuments, parse } from 'yaml';
import { ModelEndpoint } from '../../../lib/endpoint/model-endpoint';
import { INFERENCE_REQUESTS_COUNTER, renderMetricsAdapterConfig } from '../../../lib/endpoint/metrics-adapter-config';
import { createPrometheusMetrics } from '../../../runtime/inference/adapters/prometheus-metrics';
import { ModelSlot } from '../../../runtime/inference/model-slot';
import { freshStack } from '../../support/synth';
import { FUNCTIONS, OKE, routes } from './fixtures';

describe('renderMetricsAdapterConfig', () => {
  test('renders a ConfigMap whose rule turns the request counter into the per-pod POST rate the HPA asks for', () => {
    const out = renderMetricsAdapterConfig();
    const docs = parseAllDocuments(out.yaml).map((d) => d.toJSON());
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'mlops-prometheus-adapter-rules', namespace: 'monitoring' } });
    expect(parse(docs[0].data['config.yaml'])).toEqual({
      rules: [{
        seriesQuery: 'mlops_inference_requests_total{namespace!="",pod!=""}',
        resources: { overrides: { namespace: { resource: 'namespace' }, pod: { resource: 'pod' } } },
        name: { matches: '^mlops_inference_requests_total$', as: 'mlops_inference_requests_per_second' },
        metricsQuery: 'sum(rate(<<.Series>>{<<.LabelMatchers>>,route=~"POST .+"}[120s])) by (<<.GroupBy>>)',
      }],
    });
  });

  test('queries a series the inference server exposes, with POST routes for predictions and GET for probes', async () => {
    const prometheus = createPrometheusMetrics(new ModelSlot('iris'));
    for (const route of ['POST /predict', 'GET /health', 'GET /ready']) prometheus.observe({ route, status: 200, latencyMs: 1, requestId: 'r' });
    const text = await prometheus.text();
    expect(text).toContain(`${INFERENCE_REQUESTS_COUNTER}{route="POST /predict",status="200"} 1`);
    expect(text).toContain(`${INFERENCE_REQUESTS_COUNTER}{route="GET /health",status="200"} 1`);
    const filter = /route=~"([^"]+)"/.exec(renderMetricsAdapterConfig().rules[0]!.metricsQuery)![1]!;
    expect(['POST /predict', 'POST /v2/models/:name/infer', 'GET /health', 'GET /ready'].map((r) => new RegExp(`^(?:${filter})$`).test(r))).toEqual([true, true, false, false]);
  });

  test('takes another metric name, namespace, ConfigMap name and window', () => {
    const out = renderMetricsAdapterConfig({ metricName: 'scorer_rps', namespace: 'observability', configMapName: 'adapter-rules', rateWindowSec: 60 });
    expect(out.configMap.metadata).toMatchObject({ name: 'adapter-rules', namespace: 'observability' });
    expect(out.rules[0]).toMatchObject({ name: { as: 'scorer_rps' }, metricsQuery: expect.stringContaining('[60s]') });
  });

  test.each([
    [{ metricName: 'requests-per-second' }, 'metricName must be a Prometheus metric name ([a-zA-Z_:][a-zA-Z0-9_:]*), got "requests-per-second"'],
    [{ namespace: 'Monitoring' }, 'namespace must be a Kubernetes namespace name (lowercase DNS label), got "Monitoring"'],
    [{ configMapName: 'Rules_1' }, 'configMapName must be a Kubernetes object name (lowercase DNS subdomain), got "Rules_1"'],
    [{ rateWindowSec: 10 }, 'rateWindowSec must be an integer from 30 to 3600, got 10'],
  ])('fails for %j', (props, message) => {
    expect(() => renderMetricsAdapterConfig(props)).toThrow(message);
  });
});

describe('ModelEndpoint on oke and the metrics adapter', () => {
  test("exposes the adapter configuration for its HPA's custom metric, apart from the workload manifests", () => {
    const stack = freshStack();
    const e = new ModelEndpoint(stack, 'Ranker', { ...OKE, hpaCustomMetricName: 'ranker_requests_per_second', routes: routes(stack) });
    const hpaMetric = e.manifests!.hpa.spec.metrics.find((m) => m.type === 'Pods') as { pods: { metric: { name: string } } };
    expect(hpaMetric.pods.metric.name).toBe('ranker_requests_per_second');
    expect(e.metricsAdapterManifests).toContain('as: ranker_requests_per_second');
    expect(e.kubernetesManifests).not.toContain('kind: ConfigMap');
  });

  test('fails for a custom metric name Prometheus cannot carry, or on another target', () => {
    const stack = freshStack();
    expect(() => new ModelEndpoint(stack, 'Ranker', { ...OKE, hpaCustomMetricName: 'ranker rps', routes: routes(stack) }))
      .toThrow('hpaCustomMetricName must be a Prometheus metric name ([a-zA-Z_:][a-zA-Z0-9_:]*), got "ranker rps"');
    const other = freshStack();
    expect(() => new ModelEndpoint(other, 'Scorer', { ...FUNCTIONS, hpaCustomMetricName: 'scorer_rps', routes: routes(other) }))
      .toThrow('hpaCustomMetricName applies only to target "oke", got "scorer_rps" with target "functions"');
  });
});
