import { INFERENCE_METRICS } from '../../runtime/contract/metrics';
import { IamValidationError } from './iam-error';
import { PolicyCondition, type PolicyVariable } from './policy-condition';
import { type PolicyGrant } from './policy-grant';
import { PolicyLocation } from './policy-location';
import { PolicyStatement } from './policy-statement';
import { PolicySubject, type PrincipalNameOptions } from './policy-subject';

/**
 * Least-privilege statement sets for the platform's workloads and for the OCI services acting on its
 * behalf. Every statement is scoped to the platform compartment (by OCID) and none is `manage
 * all-resources`; the comment beside each grant says which call needs it.
 */

/** The dynamic group of a workload and the compartment it works in. */
export interface WorkloadPolicyProps {
  /** Name of the dynamic group whose members get the grants. */
  readonly dynamicGroupName: string;
  /**
   * Identity domain of the dynamic group.
   * @default - the Default identity domain
   */
  readonly identityDomain?: string;
  /** OCID of the platform compartment; every grant is limited to it. */
  readonly compartmentId: string;
}

/** What Data Science notebook sessions, job runs, pipeline runs and model deployments touch. */
export interface DataSciencePolicyProps extends WorkloadPolicyProps {
  /** Buckets the workloads read and write (datasets, models); other buckets of the compartment stay closed. */
  readonly bucketNames: readonly string[];
  /**
   * OCID of the customer-managed key the workloads encrypt and decrypt with directly.
   * @default - no key grant: Object Storage and Block Volume use the key through their own service grants
   */
  readonly keyId?: string;
  /**
   * OCID of the vault whose secrets the workloads read (database and MLflow credentials).
   * @default - no secret grant
   */
  readonly secretsVaultId?: string;
}

/** What the inference function (or an OKE inference pod) touches. */
export interface InferencePolicyProps {
  /** OCID of the platform compartment. */
  readonly compartmentId: string;
  /** Buckets the workload reads models from. */
  readonly modelBucketNames: readonly string[];
  /**
   * Custom metric namespaces the workload posts to.
   * @default [INFERENCE_METRICS.namespace] ('mlops_inference', runtime/contract/metrics.ts)
   */
  readonly metricNamespaces?: readonly string[];
  /**
   * OCID of the stream the workload pushes prediction records to.
   * @default - no stream grant
   */
  readonly predictionStreamId?: string;
}

/** Props of the inference function's statements. */
export type FunctionsPolicyProps = WorkloadPolicyProps & InferencePolicyProps;

/** The Kubernetes service account of an OKE workload (OKE Workload Identity: no dynamic group). */
export interface OkeWorkloadPolicyProps extends InferencePolicyProps {
  /** OCID of the OKE cluster. */
  readonly clusterId: string;
  /** Kubernetes namespace of the workload. */
  readonly namespace: string;
  /** Kubernetes service account the pods run as. */
  readonly serviceAccount: string;
}

/** Props of the DevOps build and deploy pipelines' statements. */
export interface DevopsPolicyProps extends WorkloadPolicyProps {
  /**
   * OCID of the vault holding the pipelines' secrets (registry and Git tokens).
   * @default - secrets of every vault in the compartment
   */
  readonly secretsVaultId?: string;
}

/** What the MLflow tracking server on Container Instances touches. */
export interface ExperimentTrackingPolicyProps extends WorkloadPolicyProps {
  /** Bucket holding MLflow run artifacts. */
  readonly artifactBucketName: string;
  /** OCID of the vault holding the backend-store credentials. */
  readonly secretsVaultId: string;
}

/** Props of the service-principal statements. */
export interface ServicePolicyProps {
  /** OCID of the platform compartment. */
  readonly compartmentId: string;
  /** Region of the platform's buckets: Object Storage acts as `objectstorage-<region>`. */
  readonly region: string;
  /**
   * OCID of the customer-managed master key of buckets, volumes and streams.
   * @default - no key grants (Oracle-managed keys)
   */
  readonly keyId?: string;
  /**
   * Bucket Connector Hub archives logs to (prediction logs).
   * @default - no Connector Hub grant
   */
  readonly connectorTargetBucketName?: string;
  /**
   * Grant Connector Hub the invocation of functions in the compartment (log-driven drift monitor).
   * @default false
   */
  readonly enableConnectorFunctionTarget?: boolean;
}

type Grant = PolicyGrant & { readonly where?: PolicyCondition };

function subjectOf(props: WorkloadPolicyProps): PolicySubject {
  const options: PrincipalNameOptions = props.identityDomain === undefined ? {} : { identityDomain: props.identityDomain };
  return PolicySubject.dynamicGroup(props.dynamicGroupName, options);
}

/** `variable = a` for one value, `any {variable = a, variable = b}` for several. */
function oneOf(input: string, variable: PolicyVariable, values: readonly string[]): PolicyCondition {
  if (!Array.isArray(values) || values.length === 0) {
    throw new IamValidationError(`${input} needs at least one value for ${variable}; got ${JSON.stringify(values)}`);
  }
  const conditions = values.map((v) => PolicyCondition.eq(variable, v));
  return conditions.length === 1 ? conditions[0] : PolicyCondition.any(...conditions);
}

/** Puts `extra` conditions before a grant's own condition in one `all {...}`. */
function narrow(grant: Grant, extra: readonly PolicyCondition[]): Grant {
  if (extra.length === 0) return grant;
  return { ...grant, where: PolicyCondition.all(...extra, ...(grant.where === undefined ? [] : [grant.where])) };
}

function statements(subject: PolicySubject, compartmentId: string, grants: readonly Grant[], extra: readonly PolicyCondition[] = []): PolicyStatement[] {
  const location = PolicyLocation.compartmentId(compartmentId);
  return grants.map((g) => new PolicyStatement({ subject, location, ...narrow(g, extra) } as never));
}

/**
 * Statements for the dynamic group of Data Science notebook sessions, job runs, pipeline runs and model
 * deployments.
 *
 * @param props - dynamic group, compartment, buckets and optional key and vault
 * @returns the statements, each scoped to the compartment
 * @throws IamValidationError on a malformed name, OCID or an empty bucket list
 * @example
 * dataSciencePolicyStatements({
 *   dynamicGroupName: 'mlops-ds-dg',
 *   compartmentId: 'ocid1.compartment.oc1..aaaaaaaaexampleexampleexample',
 *   bucketNames: ['mlops-models'],
 * })[0].toString();
 * // "Allow dynamic-group mlops-ds-dg to use data-science-family in compartment id ocid1.compartment.oc1..aaaaaaaaexampleexampleexample"
 */
export function dataSciencePolicyStatements(props: DataSciencePolicyProps): PolicyStatement[] {
  const buckets = oneOf('dataSciencePolicyStatements bucketNames', 'target.bucket.name', props.bucketNames);
  const grants: Grant[] = [
    // Read the project, notebook sessions, jobs and model version sets the workload runs in, and update them.
    { verb: 'use', resource: 'data-science-family' },
    // Register trained models (CreateModel, CreateModelArtifact) into the model catalog.
    { verb: 'manage', resource: 'data-science-models' },
    // Pipelines and notebooks start training job runs (CreateJobRun).
    { verb: 'manage', resource: 'data-science-job-runs' },
    // GetBucket/HeadBucket before object access (the ADS and fsspec clients call them), platform buckets only.
    { verb: 'read', resource: 'buckets', where: buckets },
    // Read and write datasets and model artifacts in the platform buckets; deletion is left to lifecycle rules.
    { verb: 'manage', resource: 'objects', where: PolicyCondition.all(buckets, PolicyCondition.neq('request.permission', 'OBJECT_DELETE')) },
    // Job runs and model deployments write their stdout/predict logs to OCI Logging (PutLogs).
    { verb: 'use', resource: 'log-content' },
    // Model deployments with a bring-your-own container pull the image from OCIR, and nothing else.
    {
      verb: 'read',
      resource: 'repos',
      where: ocirPullCondition(),
    },
  ];
  if (props.keyId !== undefined) {
    // Client-side encryption with the platform CMK (Encrypt/Decrypt/GenerateDataEncryptionKey), that key only.
    grants.push({ verb: 'read', resource: 'vaults' });
    grants.push({ verb: 'use', resource: 'keys', where: PolicyCondition.eq('target.key.id', props.keyId) });
  }
  if (props.secretsVaultId !== undefined) {
    // Database and MLflow credentials (GetSecretBundle), from the platform vault only.
    grants.push({ verb: 'read', resource: 'secret-family', where: PolicyCondition.eq('target.vault.id', props.secretsVaultId) });
  }
  return statements(subjectOf(props), props.compartmentId, grants);
}

function inferenceGrants(input: string, props: InferencePolicyProps): Grant[] {
  const namespaces = props.metricNamespaces ?? [INFERENCE_METRICS.namespace];
  const grants: Grant[] = [
    // Load the ONNX model (GetObject/HeadObject) from the model buckets only.
    { verb: 'read', resource: 'objects', where: oneOf(`${input} modelBucketNames`, 'target.bucket.name', props.modelBucketNames) },
    // Write prediction logs to OCI Logging (PutLogs, runtime adapter oci-loggingingestion).
    { verb: 'use', resource: 'log-content' },
    // Post latency/confidence/error metrics (PostMetricData) into the platform's namespaces only.
    { verb: 'use', resource: 'metrics', where: oneOf(`${input} metricNamespaces`, 'target.metrics.namespace', namespaces) },
  ];
  if (props.predictionStreamId !== undefined) {
    // Push prediction records to the one stream the drift monitor consumes (PutMessages).
    grants.push({ verb: 'use', resource: 'stream-push', where: PolicyCondition.eq('target.stream.id', props.predictionStreamId) });
  }
  return grants;
}

/**
 * Statements for the dynamic group of the inference function (`resource.type = 'fnfunc'`).
 *
 * @param props - dynamic group, compartment, model buckets, metric namespaces, optional stream
 * @returns the statements, each scoped to the compartment
 * @throws IamValidationError on a malformed name or OCID, or an empty bucket or namespace list
 * @example
 * functionsPolicyStatements({
 *   dynamicGroupName: 'mlops-fn-dg',
 *   compartmentId: 'ocid1.compartment.oc1..aaaaaaaaexampleexampleexample',
 *   modelBucketNames: ['mlops-models'],
 * })[2].toString();
 * // "Allow dynamic-group mlops-fn-dg to use metrics in compartment id ocid1.compartment.oc1..aaaaaaaaexampleexampleexample where target.metrics.namespace = 'mlops_inference'"
 */
export function functionsPolicyStatements(props: FunctionsPolicyProps): PolicyStatement[] {
  return statements(subjectOf(props), props.compartmentId, inferenceGrants('functionsPolicyStatements', props));
}

/**
 * Statements for an OKE inference workload through OKE Workload Identity: the same grants as the
 * inference function, given to one Kubernetes service account of one cluster (`any-user` narrowed by
 * `request.principal.type = 'workload'`, namespace, service account and cluster). Instance principals of
 * the worker nodes get nothing, so other pods on the nodes do not inherit the grants.
 *
 * @param props - compartment, cluster, namespace, service account, model buckets, metric namespaces
 * @returns the statements, each scoped to the compartment
 * @throws IamValidationError on a malformed OCID, quote in a name, or an empty bucket list
 * @example
 * okeWorkloadPolicyStatements({
 *   compartmentId: 'ocid1.compartment.oc1..aaaaaaaaexampleexampleexample',
 *   clusterId: 'ocid1.cluster.oc1.iad.aaaaaaaaexampleexampleexample',
 *   namespace: 'inference',
 *   serviceAccount: 'scorer',
 *   modelBucketNames: ['mlops-models'],
 * })[1].toString();
 * // "Allow any-user to use log-content in compartment id ocid1.compartment.oc1..aaaaaaaaexampleexampleexample where all {request.principal.type = 'workload', request.principal.namespace = 'inference', request.principal.service_account = 'scorer', request.principal.cluster_id = 'ocid1.cluster.oc1.iad.aaaaaaaaexampleexampleexample'}"
 */
export function okeWorkloadPolicyStatements(props: OkeWorkloadPolicyProps): PolicyStatement[] {
  const workload = [
    PolicyCondition.eq('request.principal.type', 'workload'),
    PolicyCondition.eq('request.principal.namespace', props.namespace),
    PolicyCondition.eq('request.principal.service_account', props.serviceAccount),
    PolicyCondition.eq('request.principal.cluster_id', props.clusterId),
  ];
  return statements(PolicySubject.anyUser(), props.compartmentId, inferenceGrants('okeWorkloadPolicyStatements', props), workload);
}

/** Who an inference workload is: its functions (resource principals) or its OKE pods (workload identity). */
export type InferencePrincipal =
  | { readonly functionIds: readonly string[] }
  | { readonly clusterId: string; readonly namespace: string; readonly serviceAccount: string };

/** Props of an inference workload's telemetry statements in the compartment it reports to. */
export interface InferenceTelemetryPolicyProps {
  /** OCID of the compartment the workload's prediction log and custom metrics are in (a team's). */
  readonly compartmentId: string;
  readonly principal: InferencePrincipal;
  /**
   * Custom metric namespaces the workload posts to.
   * @default [INFERENCE_METRICS.namespace] ('mlops_inference', runtime/contract/metrics.ts)
   */
  readonly metricNamespaces?: readonly string[];
}

/**
 * Statements that let one inference workload write its prediction log (PutLogs) and post its custom
 * metrics (PostMetricData) in the compartment it reports to, when that is not the platform
 * compartment its other grants are in: `any-user` narrowed to exactly its functions
 * (`request.principal.type = 'fnfunc'` and their OCIDs) or to its pods' Kubernetes service account
 * on its cluster, so no dynamic group is needed and no other function of the Functions application
 * gains anything.
 *
 * @param props - compartment, principal, metric namespaces
 * @returns the two statements, scoped to the compartment
 * @throws IamValidationError on an empty list of function OCIDs or namespaces
 * @example
 * inferenceTelemetryPolicyStatements({
 *   compartmentId: 'ocid1.compartment.oc1..aaaaaaaaexampleexampleexample',
 *   principal: { functionIds: ['ocid1.fnfunc.oc1.iad.aaaaaaaaexampleexampleexample'] },
 * })[1].toString();
 * // "Allow any-user to use metrics in compartment id ocid1.compartment.oc1..aaaaaaaaexampleexampleexample where all {request.principal.type = 'fnfunc', request.principal.id = 'ocid1.fnfunc.oc1.iad.aaaaaaaaexampleexampleexample', target.metrics.namespace = 'mlops_inference'}"
 */
export function inferenceTelemetryPolicyStatements(props: InferenceTelemetryPolicyProps): PolicyStatement[] {
  const input = 'inferenceTelemetryPolicyStatements';
  const p = props.principal;
  const who = 'functionIds' in p
    ? [PolicyCondition.eq('request.principal.type', 'fnfunc'), oneOf(`${input} functionIds`, 'request.principal.id', p.functionIds)]
    : [
      PolicyCondition.eq('request.principal.type', 'workload'),
      PolicyCondition.eq('request.principal.namespace', p.namespace),
      PolicyCondition.eq('request.principal.service_account', p.serviceAccount),
      PolicyCondition.eq('request.principal.cluster_id', p.clusterId),
    ];
  const grants: Grant[] = [
    // Write prediction records to the endpoint's log (PutLogs, runtime adapter oci-loggingingestion).
    { verb: 'use', resource: 'log-content' },
    // Post latency/confidence/error and memory metrics (PostMetricData) into the inference namespaces only.
    { verb: 'use', resource: 'metrics', where: oneOf(`${input} metricNamespaces`, 'target.metrics.namespace', props.metricNamespaces ?? [INFERENCE_METRICS.namespace]) },
  ];
  return statements(PolicySubject.anyUser(), props.compartmentId, grants, who);
}

/**
 * Statements for the dynamic group of the DevOps build and deploy pipelines (and code repositories).
 *
 * @param props - dynamic group, compartment, optional vault of the pipeline secrets
 * @returns the statements, each scoped to the compartment
 * @throws IamValidationError on a malformed name or OCID
 * @example
 * devopsPolicyStatements({
 *   dynamicGroupName: 'mlops-build-dg',
 *   compartmentId: 'ocid1.compartment.oc1..aaaaaaaaexampleexampleexample',
 * })[1].toString();
 * // "Allow dynamic-group mlops-build-dg to manage repos in compartment id ocid1.compartment.oc1..aaaaaaaaexampleexampleexample where request.permission != 'REPOSITORY_DELETE'"
 */
export function devopsPolicyStatements(props: DevopsPolicyProps): PolicyStatement[] {
  const grants: Grant[] = [
    // Read the project's code repositories, artifacts and environments; run and update pipelines.
    { verb: 'use', resource: 'devops-family' },
    // Push built images to OCIR (a first push creates the repository), never delete a repository.
    { verb: 'manage', resource: 'repos', where: PolicyCondition.neq('request.permission', 'REPOSITORY_DELETE') },
    // Deliver model files and Kubernetes manifests as generic artifacts for the deploy pipeline.
    { verb: 'manage', resource: 'generic-artifacts' },
    // The build stage triggers the deploy pipeline (CreateDeployment).
    { verb: 'manage', resource: 'devops-deployment' },
    // Registry auth tokens and Git credentials used by build steps.
    props.secretsVaultId === undefined
      ? { verb: 'read', resource: 'secret-family' }
      : { verb: 'read', resource: 'secret-family', where: PolicyCondition.eq('target.vault.id', props.secretsVaultId) },
    // Pipelines publish run events to the project's notification topic.
    { verb: 'use', resource: 'ons-topics' },
    // Function deploy stage: update the function's image (UpdateFunction), and read its application.
    { verb: 'manage', resource: 'fn-function' },
    { verb: 'read', resource: 'fn-app' },
    // Canary gate and smoke test invoke the function after a deployment.
    { verb: 'use', resource: 'fn-invocation' },
    // OKE deploy stage: obtain a cluster token to apply manifests; Kubernetes RBAC limits what it applies.
    { verb: 'use', resource: 'clusters' },
  ];
  return statements(subjectOf(props), props.compartmentId, grants);
}

/**
 * Statements for the dynamic group of the MLflow tracking server's container instance
 * (`resource.type = 'computecontainerinstance'`).
 *
 * @param props - dynamic group, compartment, artifact bucket and the vault of the database credentials
 * @returns the statements, each scoped to the compartment
 * @throws IamValidationError on a malformed name, OCID or bucket name
 * @example
 * experimentTrackingPolicyStatements({
 *   dynamicGroupName: 'mlops-mlflow-dg',
 *   compartmentId: 'ocid1.compartment.oc1..aaaaaaaaexampleexampleexample',
 *   artifactBucketName: 'mlops-mlflow-artifacts',
 *   secretsVaultId: 'ocid1.vault.oc1.eu-frankfurt-1.aaaaaaaaexampleexampleexample',
 * })[2].toString();
 * // "Allow dynamic-group mlops-mlflow-dg to read secret-family in compartment id ocid1.compartment.oc1..aaaaaaaaexampleexampleexample where target.vault.id = 'ocid1.vault.oc1.eu-frankfurt-1.aaaaaaaaexampleexampleexample'"
 */
export function experimentTrackingPolicyStatements(props: ExperimentTrackingPolicyProps): PolicyStatement[] {
  const bucket = PolicyCondition.eq('target.bucket.name', props.artifactBucketName);
  const grants: Grant[] = [
    // The artifact store client checks the bucket (GetBucket) before listing and writing artifacts.
    { verb: 'read', resource: 'buckets', where: bucket },
    // Log, download and garbage-collect (mlflow gc deletes) run artifacts, in the artifact bucket only.
    { verb: 'manage', resource: 'objects', where: bucket },
    // PostgreSQL backend-store credentials (GetSecretBundle), from the platform vault only.
    { verb: 'read', resource: 'secret-family', where: PolicyCondition.eq('target.vault.id', props.secretsVaultId) },
  ];
  return statements(subjectOf(props), props.compartmentId, grants);
}

/**
 * Statements for the OCI services that act for the platform: Object Storage, Block Volume and Streaming
 * using the customer-managed key; Data Science and Functions placing VNICs in the platform subnets;
 * API Gateway invoking the inference function; optionally Connector Hub archiving logs and invoking
 * functions. Connector Hub and API Gateway have no service principal: they are `any-user` narrowed by
 * `request.principal.type` and `request.principal.compartment.id`.
 *
 * @param props - compartment, region, optional key and Connector Hub targets
 * @returns the statements, each scoped to the compartment
 * @throws IamValidationError on a malformed OCID or an unknown region
 * @example
 * servicePolicyStatements({
 *   compartmentId: 'ocid1.compartment.oc1..aaaaaaaaexampleexampleexample',
 *   region: 'eu-frankfurt-1',
 * })[0].toString();
 * // 'Allow service datascience to use virtual-network-family in compartment id ocid1.compartment.oc1..aaaaaaaaexampleexampleexample'
 */
export function servicePolicyStatements(props: ServicePolicyProps): PolicyStatement[] {
  const allow = (subject: PolicySubject, grant: Grant, extra: readonly PolicyCondition[] = []) => statements(subject, props.compartmentId, [grant], extra)[0];
  // Connector Hub and API Gateway act as any-user: narrow to their principal type and to the compartment.
  const fromCompartment = (principalType: string) => [
    PolicyCondition.eq('request.principal.type', principalType),
    PolicyCondition.eq('request.principal.compartment.id', props.compartmentId),
  ];
  const result = [
    // Notebook sessions, jobs and the Data Science private endpoint get VNICs in the platform subnets.
    allow(PolicySubject.service('datascience'), { verb: 'use', resource: 'virtual-network-family' }),
    // Functions in the private subnet: the Functions service attaches their VNICs.
    allow(PolicySubject.service('faas'), { verb: 'use', resource: 'virtual-network-family' }),
    // The Functions service pulls the function images from the compartment's private OCIR repositories.
    allow(PolicySubject.service('faas'), { verb: 'read', resource: 'repos' }),
    // API Gateway routes call the inference function (Oracle's documented form, limited to gateways of the compartment).
    allow(PolicySubject.anyUser(), { verb: 'use', resource: 'functions-family' }, fromCompartment('ApiGateway')),
  ];
  if (props.keyId !== undefined) {
    const thisKey = PolicyCondition.eq('target.key.id', props.keyId);
    // CMK-encrypted buckets: Object Storage of the platform's region wraps object keys with the master key.
    result.push(allow(PolicySubject.service(`objectstorage-${props.region}`), { verb: 'use', resource: 'keys', where: thisKey }));
    // CMK-encrypted block and boot volumes (notebook sessions, job runs, OKE nodes), and CMK stream pools.
    result.push(allow(PolicySubject.services(['blockstorage', 'streaming']), { verb: 'use', resource: 'keys', where: thisKey }));
  }
  if (props.connectorTargetBucketName !== undefined) {
    const bucket = PolicyCondition.eq('target.bucket.name', props.connectorTargetBucketName);
    // Connector Hub archives prediction logs into the one target bucket (Oracle's documented form).
    result.push(allow(PolicySubject.anyUser(), { verb: 'read', resource: 'buckets', where: bucket }, fromCompartment('serviceconnector')));
    result.push(allow(PolicySubject.anyUser(), { verb: 'manage', resource: 'objects', where: bucket }, fromCompartment('serviceconnector')));
  }
  if (props.enableConnectorFunctionTarget === true) {
    // Connector Hub hands log batches to the drift monitor function.
    result.push(allow(PolicySubject.anyUser(), { verb: 'use', resource: 'fn-function' }, fromCompartment('serviceconnector')));
    result.push(allow(PolicySubject.anyUser(), { verb: 'use', resource: 'fn-invocation' }, fromCompartment('serviceconnector')));
  }
  return result;
}

/** The Container Registry operations an image pull makes, and no others (no push, no delete). */
export function ocirPullCondition(): PolicyCondition {
  return PolicyCondition.any(...['ReadDockerRepositoryMetadata', 'ReadDockerRepositoryManifest', 'PullDockerLayer'].map((op) => PolicyCondition.eq('request.operation', op)));
}

/**
 * The statement that lets a job run or deployment pull its container image from OCIR, and nothing
 * else from the registry.
 *
 * @param subject - who pulls (a job run's or deployment's dynamic group)
 * @param location - the compartment of the image's repository
 * @returns `Allow <subject> to read repos in <location> where any {request.operation = ... pull operations}`
 */
export function ocirPullStatement(subject: PolicySubject, location: PolicyLocation): PolicyStatement {
  return new PolicyStatement({ subject, verb: 'read', resource: 'repos', location, where: ocirPullCondition() });
}
