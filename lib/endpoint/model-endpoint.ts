import { type Construct } from 'constructs';
import { DatascienceModelDeployment } from '../../.gen/providers/oci/datascience-model-deployment';
import { type FunctionsFunction } from '../../.gen/providers/oci/functions-function';
import { LoggingLog } from '../../.gen/providers/oci/logging-log';
import { OKE_SERVING_IDENTITY } from '../platform/platform-iam';
import { runChecks } from '../private/checks';
import { type FunctionMemoryMib, OciFunction } from '../serving/oci-function';
import { EndpointMetric, type MetricOptions } from '../monitoring/endpoint-metric';
import { type EndpointRoutes } from './endpoint-routes';
import { APIGATEWAY_METRICS, defaultRoutePath, type EndpointTarget, ModelEndpointBase, type ModelEndpointAttributes } from './model-endpoint-base';
import { DEFAULT_HPA_CUSTOM_METRIC, renderServingManifests, type ServingManifests } from './serving-manifests';
import { modelEndpointChecks } from './validate-model-endpoint';

/** How a new model version replaces the old one. */
export type ReleaseStrategy = 'rolling' | 'blue-green' | 'canary';

export interface ModelEndpointProps {
  /** Compartment of the endpoint's prediction log, model deployment and custom metrics. */
  readonly compartmentId: string;
  /** Endpoint name, unique per team: 2-40 of a-z, 0-9 and "-". */
  readonly endpointName: string;
  /** Model name in the catalog (the MODEL_NAME and `model_name` metric dimension). */
  readonly modelName: string;
  /** Model version served (MODEL_VERSION, `model_version` dimension). */
  readonly modelVersion: string;
  /** Where the model runs: `functions`, `oke` or `datascience`. */
  readonly target: EndpointTarget;
  /** The API Gateway deployment the endpoint's route goes into (several endpoints may share one). */
  readonly routes: EndpointRoutes;
  /**
   * Route path in the deployment.
   * @default `/models/<endpointName>/predict`
   */
  readonly routePath?: string;
  /** Log group of the endpoint's prediction log (and of the model deployment's access and predict logs). */
  readonly logGroupId: string;
  /**
   * Retention of the prediction log in days: 30, 60, ... 180.
   * @default 90
   */
  readonly predictionLogRetentionDays?: number;
  /**
   * How new versions roll out (carried out by the release pipeline, lib/cicd): `rolling` on every
   * target; `blue-green` on `functions` (route switch) and `oke`; `canary` only on `oke`, where the
   * NGINX Ingress splits traffic. On `oke`, `blue-green` and `canary` serve through an NGINX Ingress
   * (host `serviceHostname`, port 80) instead of a load balancer of the Service's own.
   * @default 'rolling'
   */
  readonly releaseStrategy?: ReleaseStrategy;
  /**
   * Names of the model's feature columns in input order, logged with each prediction so the drift
   * monitor can match them to its reference profile (FEATURE_NAMES of the runtime).
   * @default - features logged by position (x0, x1, ...)
   */
  readonly featureNames?: readonly string[];
  /**
   * Compartment where the service posts its own metrics (oci_faas: the Functions application's).
   * @default - compartmentId
   */
  readonly serviceMetricsCompartmentId?: string;

  /**
   * OCIR image of the inference runtime (functions/inference), by tag or digest. Required for
   * `functions` and `oke`.
   * @default - none (datascience serves the catalog model with the service's own runtime)
   */
  readonly image?: string;
  /**
   * Model file the runtime loads: `oci://<bucket>@<namespace>/<object>` or a path in the image (MODEL_URI).
   * @default - none; required for functions and oke
   */
  readonly modelUri?: string;
  /**
   * Expected SHA-256 of the model file, 64 hex digits (MODEL_SHA256); the runtime refuses another file.
   * @default - none; required for functions and oke
   */
  readonly modelSha256?: string;
  /**
   * Rows per request at most (MAX_BATCH).
   * @default 1000
   */
  readonly maxBatch?: number;
  /**
   * Request body size limit in bytes (MAX_BODY_BYTES), enforced by the runtime with a 413 answer:
   * at most 6 MB on functions (the invocation limit), 20 MB on oke.
   * @default 1048576
   */
  readonly maxBodyBytes?: number;
  /**
   * Write the request features into the prediction log (LOG_FEATURES; drift detection needs them).
   * @default true
   */
  readonly logFeatures?: boolean;
  /**
   * Memory in MiB: one of 128, 256, 512, 1024, 2048, 3072 on functions; 128-65536 (request = limit) on oke.
   * @default 1024
   */
  readonly memoryMib?: number;
  /**
   * Seconds a prediction may take: the function's timeout and the gateway's backend read timeout
   * (functions 5-300, otherwise 1-300).
   * @default 30
   */
  readonly timeoutSec?: number;

  /**
   * Functions application of the function (the platform's). Required for `functions`.
   * @default - none
   */
  readonly functionsApplicationId?: string;
  /**
   * Provisioned concurrency units kept warm (functions); 0 turns it off.
   * @default 0
   */
  readonly provisionedConcurrency?: number;

  /**
   * OKE cluster the pods run on. Required for `oke`.
   * @default - none
   */
  readonly clusterId?: string;
  /**
   * Private DNS name or private IPv4 of the Service's internal load balancer, which the gateway
   * calls (`http://<serviceHostname>:<servicePort>`). Required for `oke`: the load balancer gets
   * its IP only when the manifests are applied, so point a private DNS record at it (or reserve the IP).
   * @default - none
   */
  readonly serviceHostname?: string;
  /**
   * Port of the Service's load balancer listener (80 when served through the NGINX Ingress).
   * @default 80
   */
  readonly servicePort?: number;
  /**
   * Private subnet of the internal load balancer (oke) or of the model deployment's instances
   * (datascience). Required for both.
   * @default - none
   */
  readonly subnetId?: string;
  /**
   * Pods at least (and the Deployment's initial replicas), 1-100.
   * @default 2
   */
  readonly minReplicas?: number;
  /**
   * Pods at most (HPA), minReplicas-100.
   * @default 6
   */
  readonly maxReplicas?: number;
  /**
   * CPU request of a pod in millicores; the limit is twice the request.
   * @default 500
   */
  readonly cpuMillicores?: number;
  /**
   * Average CPU utilisation the HPA keeps, percent of the request.
   * @default 70
   */
  readonly targetCpuUtilizationPercent?: number;
  /**
   * Requests per second per pod the HPA keeps (the custom metric `hpaCustomMetricName`).
   * @default 20
   */
  readonly targetRequestsPerSecondPerPod?: number;
  /**
   * Pods metric of the HPA (served by prometheus-adapter from the runtime's `/metrics`).
   * @default 'mlops_inference_requests_per_second'
   */
  readonly hpaCustomMetricName?: string;

  /**
   * Data Science project of the model deployment. Required for `datascience`.
   * @default - none
   */
  readonly projectId?: string;
  /**
   * Model OCID in the Data Science model catalog. Required for `datascience`.
   * @default - none
   */
  readonly modelCatalogId?: string;
  /**
   * Compute shape of the model deployment's instances.
   * @default 'VM.Standard.E4.Flex'
   */
  readonly instanceShape?: string;
  /**
   * OCPUs per instance (flexible shapes).
   * @default 1
   */
  readonly instanceOcpus?: number;
  /**
   * Memory per instance in GB (flexible shapes).
   * @default 16
   */
  readonly instanceMemoryGb?: number;
  /**
   * Instances at start and at least, 1-100.
   * @default 1
   */
  readonly instanceCount?: number;
  /**
   * Instances at most; above instanceCount turns on the CPU autoscaling policy (scale out above
   * 70% CPU, in below 30%).
   * @default 2
   */
  readonly maxInstanceCount?: number;
  /**
   * Load balancer bandwidth of the model deployment in Mbps.
   * @default 10
   */
  readonly bandwidthMbps?: number;
}

/** Facts of an endpoint served by an existing function. */
export interface FunctionEndpointAttributes extends ModelEndpointAttributes {
  /** OCID of the function. */
  readonly functionId: string;
}

class ImportedFunctionEndpoint extends ModelEndpointBase {
  readonly target = 'functions' as const;
  readonly functionId: string;
  readonly predictionLogId: string;
  readonly clusterId = undefined;
  readonly kubernetesNamespace = undefined;
  readonly kubernetesManifests = undefined;
  readonly modelDeploymentId = undefined;

  constructor(scope: Construct, id: string, attrs: FunctionEndpointAttributes) {
    super(scope, id, attrs);
    this.functionId = attrs.functionId;
    this.predictionLogId = attrs.predictionLogId;
  }
}

/**
 * Defines everything one model version needs to serve traffic: the serving resource (an OCI
 * Function, Kubernetes manifests for OKE, or a Data Science model deployment), the custom log the
 * runtime writes prediction records to, and a route in an API Gateway deployment; plus typed
 * metrics for alarms and release gates.
 */
export class ModelEndpoint extends ModelEndpointBase {
  /**
   * Wraps an endpoint served by an existing function (defined elsewhere), for alarms and gates.
   *
   * @example
   * const scorer = ModelEndpoint.fromFunctionId(this, 'Scorer', { functionId, endpointName: 'scorer', modelName: 'fraud', modelVersion: '3', compartmentId, predictionLogId });
   */
  static fromFunctionId(scope: Construct, id: string, attrs: FunctionEndpointAttributes): ModelEndpointBase {
    return new ImportedFunctionEndpoint(scope, id, attrs);
  }

  readonly target: EndpointTarget;
  /** The serving resource: the function (functions) or the model deployment (datascience); none on oke, whose objects live in Kubernetes. */
  readonly resource?: FunctionsFunction | DatascienceModelDeployment;
  /** The custom log of prediction records (LOG_ID). */
  readonly predictionLog: LoggingLog;
  readonly predictionLogId: string;
  /** The model deployment's access log (datascience). */
  readonly accessLog?: LoggingLog;
  readonly releaseStrategy: ReleaseStrategy;
  /** The route's deployment. */
  readonly routes: EndpointRoutes;
  /** Full URL of the route (`https://<gateway host><prefix><routePath>`). */
  readonly endpointUrl: string;
  readonly functionId?: string;
  /**
   * The standby ("green") function of a blue-green release on `functions`: same image and size, no
   * provisioned concurrency; the release pipeline deploys to it, validates it and switches the route.
   */
  readonly standbyFunctionId?: string;
  readonly clusterId?: string;
  readonly kubernetesNamespace?: string;
  readonly kubernetesManifests?: string;
  /** The typed Kubernetes objects behind kubernetesManifests (oke). */
  readonly manifests?: ServingManifests;
  readonly modelDeploymentId?: string;

  constructor(scope: Construct, id: string, props: ModelEndpointProps) {
    const routePath = props.routePath ?? (props.endpointName === undefined ? undefined : defaultRoutePath(props.endpointName));
    super(scope, id, { ...props, routePath });
    runChecks(this.node.path, props, modelEndpointChecks(props));
    this.target = props.target;
    this.releaseStrategy = props.releaseStrategy ?? 'rolling';
    this.routes = props.routes;

    this.predictionLog = new LoggingLog(this, 'PredictionLog', {
      logGroupId: props.logGroupId,
      displayName: `${props.endpointName}-predictions`,
      logType: 'CUSTOM',
      isEnabled: true,
      retentionDuration: props.predictionLogRetentionDays ?? 90,
    });
    this.predictionLogId = this.predictionLog.id;
    const timeoutSec = props.timeoutSec ?? 30;

    if (props.target === 'functions') {
      const functionProps = {
        applicationId: props.functionsApplicationId!,
        displayName: props.endpointName,
        image: props.image!,
        memoryMib: (props.memoryMib ?? 1024) as FunctionMemoryMib,
        timeoutSec,
        provisionedConcurrency: props.provisionedConcurrency,
        // The gateway passes the full request path; strip all but "/predict" (validation ensures the route ends so).
        config: { ...this.runtimeConfig(props), PATH_PREFIX: `${props.routes.pathPrefix}${this.routePath.slice(0, -'/predict'.length)}` },
      };
      const fn = new OciFunction(this, 'Function', functionProps);
      this.resource = fn.resource;
      this.functionId = fn.functionId;
      if (this.releaseStrategy === 'blue-green') {
        this.standbyFunctionId = new OciFunction(this, 'StandbyFunction', { ...functionProps, displayName: `${props.endpointName}-green`, provisionedConcurrency: 0 }).functionId;
      }
      props.routes.addRoute({ path: this.routePath, backend: { type: 'function', functionId: fn.functionId }, readTimeoutSec: timeoutSec, owner: this });
    } else if (props.target === 'oke') {
      const minReplicas = props.minReplicas ?? 2;
      const cpu = props.cpuMillicores ?? 500;
      this.clusterId = props.clusterId;
      this.kubernetesNamespace = OKE_SERVING_IDENTITY.namespace;
      this.manifests = renderServingManifests({
        name: props.endpointName,
        namespace: OKE_SERVING_IDENTITY.namespace,
        serviceAccountName: OKE_SERVING_IDENTITY.serviceAccount,
        image: props.image!,
        env: this.runtimeConfig(props),
        minReplicas,
        maxReplicas: props.maxReplicas ?? Math.max(6, minReplicas),
        cpuMillicores: cpu,
        cpuLimitMillicores: cpu * 2,
        memoryMib: props.memoryMib ?? 1024,
        targetCpuUtilizationPercent: props.targetCpuUtilizationPercent ?? 70,
        customMetricName: props.hpaCustomMetricName ?? DEFAULT_HPA_CUSTOM_METRIC,
        targetRequestsPerSecondPerPod: props.targetRequestsPerSecondPerPod ?? 20,
        servicePort: props.servicePort ?? 80,
        loadBalancerSubnetId: props.subnetId!,
        // Blue-green and canary shift traffic on an NGINX Ingress (OCI DevOps strategies); rolling needs none.
        ingressHost: this.releaseStrategy === 'rolling' ? undefined : props.serviceHostname,
        labels: { 'oci-mlops/model-name': props.modelName, 'oci-mlops/model-version': props.modelVersion },
      });
      this.kubernetesManifests = this.manifests.yaml;
      // The runtime's name-free POST /predict: the route path may differ from the model name.
      const url = `http://${props.serviceHostname}:${props.servicePort ?? 80}/predict`;
      props.routes.addRoute({ path: this.routePath, backend: { type: 'http', url }, readTimeoutSec: timeoutSec, owner: this });
    } else {
      this.accessLog = new LoggingLog(this, 'AccessLog', {
        logGroupId: props.logGroupId, displayName: `${props.endpointName}-access`, logType: 'CUSTOM', isEnabled: true, retentionDuration: props.predictionLogRetentionDays ?? 90,
      });
      const count = props.instanceCount ?? 1;
      const max = props.maxInstanceCount ?? Math.max(2, count);
      const deployment = new DatascienceModelDeployment(this, 'Resource', {
        compartmentId: props.compartmentId,
        projectId: props.projectId!,
        displayName: props.endpointName,
        description: `${props.modelName} ${props.modelVersion}`,
        modelDeploymentConfigurationDetails: {
          deploymentType: 'SINGLE_MODEL',
          modelConfigurationDetails: {
            modelId: props.modelCatalogId!,
            bandwidthMbps: props.bandwidthMbps ?? 10,
            instanceConfiguration: {
              instanceShapeName: props.instanceShape ?? 'VM.Standard.E4.Flex',
              subnetId: props.subnetId,
              modelDeploymentInstanceShapeConfigDetails: { ocpus: props.instanceOcpus ?? 1, memoryInGbs: props.instanceMemoryGb ?? 16 },
            },
            scalingPolicy: max > count
              ? {
                  policyType: 'AUTOSCALING',
                  coolDownInSeconds: 600,
                  isEnabled: true,
                  autoScalingPolicies: [{
                    autoScalingPolicyType: 'THRESHOLD',
                    initialInstanceCount: count,
                    minimumInstanceCount: count,
                    maximumInstanceCount: max,
                    rules: [{
                      metricExpressionRuleType: 'PREDEFINED_EXPRESSION',
                      metricType: 'CPU_UTILIZATION',
                      scaleOutConfiguration: { scalingConfigurationType: 'THRESHOLD', threshold: 70, instanceCountAdjustment: 1, pendingDuration: 'PT3M' },
                      scaleInConfiguration: { scalingConfigurationType: 'THRESHOLD', threshold: 30, instanceCountAdjustment: 1, pendingDuration: 'PT5M' },
                    }],
                  }],
                }
              : { policyType: 'FIXED_SIZE', instanceCount: count },
          },
        },
        categoryLogDetails: {
          access: { logGroupId: props.logGroupId, logId: this.accessLog.id },
          predict: { logGroupId: props.logGroupId, logId: this.predictionLog.id },
        },
      });
      this.resource = deployment;
      this.modelDeploymentId = deployment.id;
      props.routes.addRoute({ path: this.routePath, backend: { type: 'http', url: `${deployment.modelDeploymentUrl}/predict` }, readTimeoutSec: timeoutSec, owner: this });
    }
    this.endpointUrl = `${props.routes.deploymentEndpoint}${this.routePath}`;
  }

  /**
   * Requests the gateway received on the endpoint's route (`oci_apigateway` `HttpRequests`,
   * dimensions `resourceId` = gateway, `deploymentId`, `route`), whatever the backend answered.
   * @default - sum over 1 minute
   */
  metricRouteRequests(opts: MetricOptions = {}): EndpointMetric {
    return this.routeMetric(APIGATEWAY_METRICS.names.requests, 'sum', 'count', `requests to the route of ${this.endpointName}`, opts);
  }

  /**
   * Time from the request reaching the gateway to the answer leaving it, milliseconds
   * (`oci_apigateway` `Latency`): the latency callers see, authentication and backend included.
   * @default - mean over 1 minute
   */
  metricRouteLatency(opts: MetricOptions = {}): EndpointMetric {
    return this.routeMetric(APIGATEWAY_METRICS.names.latency, 'mean', 'ms', `gateway latency of ${this.endpointName}`, opts);
  }

  private routeMetric(name: string, statistic: 'sum' | 'mean', unit: string, description: string, opts: MetricOptions): EndpointMetric {
    return new EndpointMetric({
      namespace: APIGATEWAY_METRICS.namespace, name, compartmentId: this.routes.gatewayCompartmentId, statistic, intervalMinutes: 1, unit, description,
      dimensions: { resourceId: this.routes.gatewayId, deploymentId: this.routes.deploymentId, route: this.routePath },
    }).with(opts);
  }

  /** The inference runtime's configuration (functions/inference/read-function-config.ts keys). */
  private runtimeConfig(props: ModelEndpointProps): Record<string, string> {
    return {
      MODEL_URI: props.modelUri!,
      MODEL_SHA256: props.modelSha256!,
      MODEL_NAME: props.modelName,
      MODEL_VERSION: props.modelVersion,
      MAX_BATCH: String(props.maxBatch ?? 1000),
      MAX_BODY_BYTES: String(props.maxBodyBytes ?? 1048576),
      LOG_FEATURES: String(props.logFeatures ?? true),
      LOG_ID: this.predictionLogId,
      MONITORING_COMPARTMENT_ID: props.compartmentId,
      ...(props.featureNames?.length ? { FEATURE_NAMES: props.featureNames.join(',') } : {}),
    };
  }
}
