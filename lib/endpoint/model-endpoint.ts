import { type ModelEndpointProps, type ReleaseStrategy } from './model-endpoint-props';
import { type Construct } from 'constructs';
import { DatascienceModelDeployment } from '../../.gen/providers/oci/datascience-model-deployment';
import { type FunctionsFunction } from '../../.gen/providers/oci/functions-function';
import { IdentityDynamicGroup } from '../../.gen/providers/oci/identity-dynamic-group';
import { IdentityPolicy } from '../../.gen/providers/oci/identity-policy';
import { LoggingLog } from '../../.gen/providers/oci/logging-log';
import { type InferencePrincipal, inferenceTelemetryPolicyStatements, MatchingRule, PolicyLocation, PolicyStatement, PolicySubject } from '../iam';
import { OKE_SERVING_IDENTITY } from '../platform/platform-iam';
import { runChecks } from '../private/checks';
import { type FunctionMemoryMib, OciFunction } from '../serving/oci-function';
import { EndpointMetric, type MetricOptions } from '../monitoring/endpoint-metric';
import { type EndpointRoutes } from './endpoint-routes';
import { APIGATEWAY_METRICS, defaultRoutePath, type EndpointTarget, ModelEndpointBase, type ModelEndpointAttributes } from './model-endpoint-base';
import { renderMetricsAdapterConfig } from './metrics-adapter-config';
import { DEFAULT_HPA_CUSTOM_METRIC, renderServingManifests, type ServingManifests } from './serving-manifests';
import { modelEndpointChecks, predictProxyName, telemetryPolicyName } from './validate-model-endpoint';

export type { ModelEndpointProps, ReleaseStrategy } from './model-endpoint-props';

/** The request body limit the runtime (functions, oke) and the predict proxy (datascience) enforce unless told otherwise: 1 MiB. */
const DEFAULT_MAX_BODY_BYTES = 1048576;



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
  /**
   * prometheus-adapter's configuration for the HPA's custom metric (oke): a ConfigMap in the
   * adapter's namespace (`monitoring`), applied once per cluster, not part of kubernetesManifests
   * (see docs/model-endpoint.md, "The HPA's custom metric").
   */
  readonly metricsAdapterManifests?: string;
  readonly modelDeploymentId?: string;
  /**
   * The predict proxy (datascience): the function the route calls, which forwards each request to
   * the model deployment's `/predict` signed with its resource principal.
   */
  readonly predictProxy?: OciFunction;
  /** The predict proxy's dynamic group (this one function, by OCID), in the tenancy. */
  readonly predictProxyGroup?: IdentityDynamicGroup;
  /** The policy that lets the predict proxy call model deployment predict endpoints, in compartmentId. */
  readonly predictProxyPolicy?: IdentityPolicy;
  /**
   * The policy that lets the inference workload (`functions`: its functions; `oke`: its pods' service
   * account) write its prediction log and post its metrics in compartmentId, where both live; its
   * other grants (model bucket, platform logs and metrics) are the platform's.
   */
  readonly telemetryPolicy?: IdentityPolicy;

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
      this.telemetryPolicy = this.defineTelemetryPolicy(props, { functionIds: [fn.functionId, ...(this.standbyFunctionId ? [this.standbyFunctionId] : [])] });
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
      this.telemetryPolicy = this.defineTelemetryPolicy(props, { clusterId: props.clusterId!, namespace: OKE_SERVING_IDENTITY.namespace, serviceAccount: OKE_SERVING_IDENTITY.serviceAccount });
      this.metricsAdapterManifests = renderMetricsAdapterConfig({ metricName: props.hpaCustomMetricName }).yaml;
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
      // Model deployments accept only OCI-signed requests and the gateway cannot sign: the route calls a proxy that does.
      this.predictProxy = new OciFunction(this, 'PredictProxy', {
        applicationId: props.functionsApplicationId!,
        displayName: `${props.endpointName}-predict-proxy`,
        image: props.predictProxyImage!,
        memoryMib: 256,
        provisionedConcurrency: props.provisionedConcurrency,
        // A few seconds beyond the upstream deadline, so the proxy answers 504 itself rather than being cut off.
        timeoutSec: timeoutSec + 5,
        config: { MODEL_DEPLOYMENT_URL: deployment.modelDeploymentUrl, UPSTREAM_TIMEOUT_SEC: String(timeoutSec), MAX_BODY_BYTES: String(props.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES) },
      });
      ({ group: this.predictProxyGroup, policy: this.predictProxyPolicy } = this.definePredictProxyIam(props, this.predictProxy.functionId));
      props.routes.addRoute({ path: this.routePath, backend: { type: 'function', functionId: this.predictProxy.functionId }, readTimeoutSec: timeoutSec, owner: this });
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

  /**
   * The predict proxy's identity: a dynamic group of exactly its function, allowed only
   * DATA_SCIENCE_MODEL_DEPLOYMENT_PREDICT (no inspect, read, update or delete) in the endpoint's
   * compartment. OCI's Data Science policy reference documents no variable naming one model
   * deployment, so the grant covers predict on the compartment's deployments; the function itself
   * only ever calls the URL in its configuration.
   */
  private definePredictProxyIam(props: ModelEndpointProps, functionId: string): { group: IdentityDynamicGroup; policy: IdentityPolicy } {
    const name = predictProxyName(props);
    const group = new IdentityDynamicGroup(this, 'PredictProxyGroup', {
      compartmentId: props.tenancyId!, name,
      description: `Predict proxy function of the ${props.endpointName} model endpoint`,
      matchingRule: MatchingRule.all(MatchingRule.resourceType('fnfunc'), MatchingRule.resourceId(functionId)).toString(),
    });
    const statement = new PolicyStatement({
      subject: PolicySubject.dynamicGroup(name), permissions: ['DATA_SCIENCE_MODEL_DEPLOYMENT_PREDICT'], location: PolicyLocation.compartmentId(props.compartmentId),
    });
    const policy = new IdentityPolicy(this, 'PredictProxyPolicy', {
      compartmentId: props.compartmentId, name, description: `The ${props.endpointName} predict proxy calls model deployment predict endpoints`,
      statements: [statement.toString()], dependsOn: [group],
    });
    return { group, policy };
  }

  /**
   * The inference workload's grants in the endpoint's compartment: its prediction log (LOG_ID) and
   * its custom metrics (MONITORING_COMPARTMENT_ID) are there, while the platform's policies grant
   * only the platform compartment.
   */
  private defineTelemetryPolicy(props: ModelEndpointProps, principal: InferencePrincipal): IdentityPolicy {
    return new IdentityPolicy(this, 'TelemetryPolicy', {
      compartmentId: props.compartmentId, name: telemetryPolicyName(props),
      description: `The ${props.endpointName} model endpoint writes its prediction log and posts its inference metrics`,
      statements: inferenceTelemetryPolicyStatements({ compartmentId: props.compartmentId, principal }).map((st) => st.toString()),
    });
  }

  /** The inference runtime's configuration (functions/inference/read-function-config.ts keys). */
  private runtimeConfig(props: ModelEndpointProps): Record<string, string> {
    return {
      MODEL_URI: props.modelUri!,
      MODEL_SHA256: props.modelSha256!,
      MODEL_NAME: props.modelName,
      MODEL_VERSION: props.modelVersion,
      MAX_BATCH: String(props.maxBatch ?? 1000),
      MAX_BODY_BYTES: String(props.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES),
      LOG_FEATURES: String(props.logFeatures ?? true),
      LOG_ID: this.predictionLogId,
      MONITORING_COMPARTMENT_ID: props.compartmentId,
      ...(props.featureNames?.length ? { FEATURE_NAMES: props.featureNames.join(',') } : {}),
      ...(props.dataQualitySuite ? { DATA_QUALITY_SUITE: JSON.stringify(props.dataQualitySuite), DATA_QUALITY_MODE: props.dataQualityMode ?? 'reject' } : {}),
    };
  }
}
