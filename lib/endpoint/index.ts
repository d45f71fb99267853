export * from './model-endpoint-base';
export * from './model-endpoint';
export * from './endpoint-routes';
export { renderServingManifests, SERVING_CONTAINER_PORT, DEFAULT_HPA_CUSTOM_METRIC, type ServingManifests, type ServingManifestsProps } from './serving-manifests';
export { renderMetricsAdapterConfig, INFERENCE_REQUESTS_COUNTER, type MetricsAdapterConfig, type MetricsAdapterConfigProps, type PrometheusAdapterRule } from './metrics-adapter-config';
export { RELEASE_STRATEGIES } from './validate-model-endpoint';
