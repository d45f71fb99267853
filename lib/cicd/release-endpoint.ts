/**
 * What a release needs of a model endpoint. `IModelEndpoint` (lib/endpoint/model-endpoint-base.ts)
 * satisfies it structurally; releases take this narrower type so that they also accept endpoints
 * wrapped from existing resources.
 */
export interface IReleaseEndpoint {
  /** Endpoint name, unique in the team; names the deploy pipeline. */
  readonly endpointName: string;
  /** Model name (the `model_name` dimension of the inference metrics). */
  readonly modelName: string;
  /** Model version now served (the `model_version` dimension). */
  readonly modelVersion: string;
  /** Model id (the `model_id` dimension of the drift score). */
  readonly modelId: string;
  /** Where the endpoint runs. */
  readonly target: 'functions' | 'oke' | 'datascience';
  /** Compartment of the endpoint and its custom metrics. */
  readonly compartmentId: string;
  /** Route of the endpoint on the API Gateway, e.g. `/fraud/v1/predict`. */
  readonly routePath: string;
  /** The serving function (target `functions`). */
  readonly functionId?: string;
  /** The OKE cluster (target `oke`). */
  readonly clusterId?: string;
  /** Kubernetes namespace of the endpoint (target `oke`). */
  readonly kubernetesNamespace?: string;
  /** The endpoint's Kubernetes manifests, multi-document YAML (target `oke`). */
  readonly kubernetesManifests?: string;
}
