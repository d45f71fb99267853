import { type EndpointRoutes } from './endpoint-routes';
import { type EndpointTarget } from './model-endpoint-base';
import { type DataQualitySuite } from '../../runtime/data-quality/suite-schema';

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
   * A data-quality suite (docs/data-quality.md) whose column checks the runtime applies to each
   * request row, matched to `featureNames` (DATA_QUALITY_SUITE of the runtime, as JSON). Only the
   * checks a numeric feature can fail apply (type integer, notNull, min, max, numeric
   * allowedValues); a string, pattern or length check on a feature is refused at synthesis.
   * @default - no data-quality checks at the endpoint
   */
  readonly dataQualitySuite?: DataQualitySuite;
  /**
   * What a request row that fails `dataQualitySuite` gets: `reject` answers 422 with one detail per
   * violation; `flag` serves it and counts the violations in the metrics and the prediction record.
   * @default 'reject'
   */
  readonly dataQualityMode?: 'reject' | 'flag';
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
   * Request body size limit in bytes (MAX_BODY_BYTES), enforced by the runtime (functions, oke) or
   * the predict proxy (datascience) with a 413 answer: at most 6 MB on functions and datascience
   * (the Functions invocation limit), 20 MB on oke.
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
   * (functions 5-300, oke 1-300); on datascience the predict proxy's deadline for the model
   * deployment (1-60: the service's own /predict timeout is 60 s), the proxy function getting 5 s more.
   * @default 30
   */
  readonly timeoutSec?: number;

  /**
   * Functions application of the function (the platform's). Required for `functions`, and for
   * `datascience`, whose route goes through a predict proxy function.
   * @default - none
   */
  readonly functionsApplicationId?: string;
  /**
   * Provisioned concurrency units kept warm: the function (functions) or the predict proxy
   * (datascience), so that no request waits for a cold start; 0 turns it off.
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
  /**
   * OCIR image of the Data Science predict proxy (functions/predict-proxy), by tag or digest.
   * Required for `datascience`: model deployments accept only OCI-signed requests, so the route's
   * backend is this function, which signs each request with its resource principal.
   * @default - none
   */
  readonly predictProxyImage?: string;
  /**
   * Tenancy OCID, where the predict proxy's dynamic group is defined. Required for `datascience`.
   * @default - none
   */
  readonly tenancyId?: string;
  /**
   * Prefix of the predict proxy's dynamic group and policy (`<prefix>-<endpointName>-predict-proxy`),
   * which must be unique in the tenancy: a-z, 0-9 and "-", starting with a letter; the whole name at
   * most 100 characters.
   * @default - iamNamePrefix
   */
  readonly predictProxyNamePrefix?: string;
  /**
   * Prefix of the endpoint's IAM names, unique in the tenancy: the telemetry policy of `functions`
   * and `oke` (`<prefix>-<endpointName>-telemetry`, in compartmentId: the workload writes its
   * prediction log and posts its metrics there) and, unless predictProxyNamePrefix is set, the
   * predict proxy's names. a-z, 0-9 and "-", starting with a letter; each name at most 100 characters.
   * @default 'mlops'
   */
  readonly iamNamePrefix?: string;
}
