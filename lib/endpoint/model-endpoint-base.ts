import { Construct, type IConstruct } from 'constructs';
import { DRIFT_METRICS, INFERENCE_METRICS } from '../../runtime/contract/metrics';
import { EndpointMetric, type MetricOptions, type MqlStatistic } from '../monitoring/endpoint-metric';

/** Where a model endpoint runs: an OCI Function, pods on OKE, or a Data Science model deployment. */
export type EndpointTarget = 'functions' | 'oke' | 'datascience';

/** The targets ModelEndpoint accepts, for validation and config enums. */
export const ENDPOINT_TARGETS: readonly EndpointTarget[] = ['functions', 'oke', 'datascience'];

/** OCI Functions service metrics (namespace `oci_faas`, dimension `resourceId` = function OCID). */
export const FAAS_METRICS = {
  namespace: 'oci_faas',
  names: { duration: 'FunctionExecutionDuration', invocations: 'FunctionInvocationCount', responses: 'FunctionResponseCount' },
  /** `responseType` on FunctionResponseCount: `Success`, `Error` or `Throttled`. */
  errorResponseType: 'Error',
} as const;

/** Data Science model deployment metrics (namespace `oci_datascience_modeldeploy`, `resourceId` = deployment OCID). */
export const MODEL_DEPLOY_METRICS = {
  namespace: 'oci_datascience_modeldeploy',
  names: { latency: 'PredictLatency', requests: 'PredictRequestCount', responses: 'PredictResponse' },
  /** `result` on PredictResponse: `Success` or `Failure` (4xx and 5xx). */
  failureResult: 'Failure',
} as const;

/** API Gateway metrics (namespace `oci_apigateway`; `resourceId` = gateway, `deploymentId`, `route`). */
export const APIGATEWAY_METRICS = {
  namespace: 'oci_apigateway',
  names: { requests: 'HttpRequests', responses: 'HttpResponses', backendResponses: 'BackendHttpResponses', latency: 'Latency', integrationLatency: 'IntegrationLatency' },
} as const;

/** A model version serving predictions, defined here or imported. */
export interface IModelEndpoint extends IConstruct {
  /** Endpoint name, unique per team: used in resource names and the default route. */
  readonly endpointName: string;
  /** Model name in the catalog. */
  readonly modelName: string;
  /** Model version served. */
  readonly modelVersion: string;
  /** `${modelName}-${modelVersion}`: the governance model_id and the drift `model_id` dimension. */
  readonly modelId: string;
  /** Where the endpoint runs. */
  readonly target: EndpointTarget;
  /** Compartment that owns the endpoint, its logs and its custom metrics. */
  readonly compartmentId: string;
  /** Route path on the API Gateway, e.g. `/models/fraud-scorer/predict`. */
  readonly routePath: string;
  /** OCID of the endpoint's custom OCI Logging log the inference runtime writes prediction records to (LOG_ID). */
  readonly predictionLogId: string;
  /** Function OCID (functions target). */
  readonly functionId?: string;
  /** OKE cluster OCID (oke target). */
  readonly clusterId?: string;
  /** Kubernetes namespace of the serving pods (oke target). */
  readonly kubernetesNamespace?: string;
  /** Kubernetes manifests as multi-document YAML (oke target), shipped by a DevOps deploy pipeline. */
  readonly kubernetesManifests?: string;
  /** Data Science model deployment OCID (datascience target). */
  readonly modelDeploymentId?: string;
  /** Prediction latency in milliseconds. */
  metricLatency(opts?: MetricOptions): EndpointMetric;
  /** Failed predictions. */
  metricErrors(opts?: MetricOptions): EndpointMetric;
  /** Prediction requests. */
  metricInvocations(opts?: MetricOptions): EndpointMetric;
  /** Drift score of the model (share of drifted features) or of one feature. */
  metricDriftScore(feature?: string, opts?: MetricOptions): EndpointMetric;
  /** Mean max-class probability of the predictions (classifiers). */
  metricConfidence(opts?: MetricOptions): EndpointMetric;
}

/** The facts every endpoint, defined or imported, carries. */
export interface ModelEndpointAttributes extends ModelEndpointIdentity {
  /** OCID of the endpoint's prediction log (custom log). */
  readonly predictionLogId: string;
}

/** What the base of every endpoint needs. */
export interface ModelEndpointIdentity {
  /** Endpoint name, unique per team. */
  readonly endpointName: string;
  /** Model name in the catalog. */
  readonly modelName: string;
  /** Model version served. */
  readonly modelVersion: string;
  /** Compartment of the endpoint, its logs and custom metrics. */
  readonly compartmentId: string;
  /**
   * Route path on the API Gateway.
   * @default `/models/<endpointName>/predict`
   */
  readonly routePath?: string;
  /**
   * Compartment where the service (oci_faas, oci_datascience_modeldeploy) posts its metrics: for a
   * function, the compartment of its Functions application.
   * @default - compartmentId
   */
  readonly serviceMetricsCompartmentId?: string;
}

/** The path a model endpoint gets on the gateway when none is given. */
export function defaultRoutePath(endpointName: string): string {
  return `/models/${endpointName}/predict`;
}

/**
 * What ModelEndpoint and imported endpoints share: the attributes and the metric methods, which pick
 * the service's own metrics where it has them (Functions, Data Science) and the custom namespaces the
 * inference runtime and the drift monitor write to otherwise.
 */
export abstract class ModelEndpointBase extends Construct implements IModelEndpoint {
  abstract readonly target: EndpointTarget;
  readonly endpointName: string;
  readonly modelName: string;
  readonly modelVersion: string;
  readonly modelId: string;
  readonly compartmentId: string;
  readonly routePath: string;
  abstract readonly predictionLogId: string;
  abstract readonly functionId?: string;
  abstract readonly clusterId?: string;
  abstract readonly kubernetesNamespace?: string;
  abstract readonly kubernetesManifests?: string;
  abstract readonly modelDeploymentId?: string;
  /** Compartment of the service metrics (oci_faas, oci_datascience_modeldeploy). */
  protected readonly serviceMetricsCompartmentId: string;

  protected constructor(scope: Construct, id: string, attrs: ModelEndpointIdentity) {
    super(scope, id);
    this.endpointName = attrs.endpointName;
    this.modelName = attrs.modelName;
    this.modelVersion = attrs.modelVersion;
    this.modelId = `${attrs.modelName}-${attrs.modelVersion}`;
    this.compartmentId = attrs.compartmentId;
    this.routePath = attrs.routePath ?? defaultRoutePath(attrs.endpointName);
    this.serviceMetricsCompartmentId = attrs.serviceMetricsCompartmentId ?? attrs.compartmentId;
  }

  /**
   * Time to answer one prediction, milliseconds: `FunctionExecutionDuration` (oci_faas) for a
   * function, `PredictLatency` (oci_datascience_modeldeploy) for a model deployment,
   * `prediction_latency_ms` (mlops_inference) for pods on OKE.
   * @default - mean over 1 minute
   */
  metricLatency(opts: MetricOptions = {}): EndpointMetric {
    const base = { statistic: 'mean' as MqlStatistic, intervalMinutes: 1, unit: 'ms', description: `latency of ${this.endpointName}` };
    switch (this.target) {
      case 'functions':
        return this.serviceMetric({ ...base, namespace: FAAS_METRICS.namespace, name: FAAS_METRICS.names.duration, dimensions: { resourceId: this.functionId! } }, opts);
      case 'datascience':
        return this.serviceMetric({ ...base, namespace: MODEL_DEPLOY_METRICS.namespace, name: MODEL_DEPLOY_METRICS.names.latency, dimensions: { resourceId: this.modelDeploymentId! } }, opts);
      default:
        return this.inferenceMetric(INFERENCE_METRICS.names.latencyMs, base, opts);
    }
  }

  /**
   * Failed predictions: `FunctionResponseCount` with `responseType = "Error"` for a function,
   * `PredictResponse` with `result = "Failure"` for a model deployment, `prediction_errors` for OKE.
   * @default - sum over 1 minute
   */
  metricErrors(opts: MetricOptions = {}): EndpointMetric {
    const base = { statistic: 'sum' as MqlStatistic, intervalMinutes: 1, unit: 'count', description: `errors of ${this.endpointName}` };
    switch (this.target) {
      case 'functions':
        return this.serviceMetric({ ...base, namespace: FAAS_METRICS.namespace, name: FAAS_METRICS.names.responses, dimensions: { resourceId: this.functionId!, responseType: FAAS_METRICS.errorResponseType } }, opts);
      case 'datascience':
        return this.serviceMetric({ ...base, namespace: MODEL_DEPLOY_METRICS.namespace, name: MODEL_DEPLOY_METRICS.names.responses, dimensions: { resourceId: this.modelDeploymentId!, result: MODEL_DEPLOY_METRICS.failureResult } }, opts);
      default:
        return this.inferenceMetric(INFERENCE_METRICS.names.errors, base, opts);
    }
  }

  /**
   * Prediction requests: `FunctionInvocationCount` for a function, `PredictRequestCount` for a model
   * deployment, `prediction_requests` for OKE.
   * @default - sum over 1 minute
   */
  metricInvocations(opts: MetricOptions = {}): EndpointMetric {
    const base = { statistic: 'sum' as MqlStatistic, intervalMinutes: 1, unit: 'count', description: `requests to ${this.endpointName}` };
    switch (this.target) {
      case 'functions':
        return this.serviceMetric({ ...base, namespace: FAAS_METRICS.namespace, name: FAAS_METRICS.names.invocations, dimensions: { resourceId: this.functionId! } }, opts);
      case 'datascience':
        return this.serviceMetric({ ...base, namespace: MODEL_DEPLOY_METRICS.namespace, name: MODEL_DEPLOY_METRICS.names.requests, dimensions: { resourceId: this.modelDeploymentId! } }, opts);
      default:
        return this.inferenceMetric(INFERENCE_METRICS.names.requests, base, opts);
    }
  }

  /**
   * Drift score posted by the drift monitor (`mlops_drift` `drift_score`): the share of drifted
   * features with `model_id` alone, or one feature's statistic with `model_id` and `feature`.
   * @param feature - a feature name; omitted for the model-level score
   * @default - max over 60 minutes
   */
  metricDriftScore(feature?: string, opts: MetricOptions = {}): EndpointMetric {
    const dimensions: Record<string, string> = { model_id: this.modelId };
    if (feature !== undefined) dimensions.feature = feature;
    return new EndpointMetric({
      namespace: DRIFT_METRICS.namespace, name: DRIFT_METRICS.names.driftScore, compartmentId: this.compartmentId, dimensions,
      statistic: 'max', intervalMinutes: 60, unit: feature === undefined ? 'share of features' : 'statistic',
      description: feature === undefined ? `drift score of ${this.modelId}` : `drift of feature ${feature} of ${this.modelId}`,
    }).with(opts);
  }

  /**
   * Max-class probability of the predictions (`mlops_inference` `prediction_confidence`, classifiers).
   * @default - mean over 5 minutes
   */
  metricConfidence(opts: MetricOptions = {}): EndpointMetric {
    return this.inferenceMetric(INFERENCE_METRICS.names.confidence, { statistic: 'mean', intervalMinutes: 5, unit: 'probability', description: `confidence of ${this.endpointName}` }, opts);
  }

  private serviceMetric(p: { namespace: string; name: string; dimensions: Record<string, string>; statistic: MqlStatistic; intervalMinutes: number; unit: string; description: string }, opts: MetricOptions): EndpointMetric {
    return new EndpointMetric({ ...p, compartmentId: this.serviceMetricsCompartmentId }).with(opts);
  }

  private inferenceMetric(name: string, p: { statistic: MqlStatistic; intervalMinutes: number; unit: string; description: string }, opts: MetricOptions): EndpointMetric {
    return new EndpointMetric({
      ...p, namespace: INFERENCE_METRICS.namespace, name, compartmentId: this.compartmentId,
      dimensions: { model_name: this.modelName, model_version: this.modelVersion },
    }).with(opts);
  }
}
