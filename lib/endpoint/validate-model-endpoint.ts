import { logRetentionProblem } from '../observability/service-log';
import { Token } from 'cdktf';
import { type Check, mismatches, outside } from '../private/checks';
import { ocirImageProblem } from '../private/ocir';
import { FUNCTION_MEMORY_MIB } from '../serving/oci-function';
import { ENDPOINT_TARGETS, type EndpointTarget } from './model-endpoint-base';
import { type ModelEndpointProps, type ReleaseStrategy } from './model-endpoint-props';
import { ocidShape } from '../../runtime/contract/ocid-shape';
import { compileRowValidator } from '../../runtime/data-quality/compile-row-validator';
import { DataQualitySuiteSchema } from '../../runtime/data-quality/suite-schema';

/**
 * Release strategies each target can carry out through the release pipeline (lib/cicd): only OKE
 * can split traffic (canary); a function's blue-green switches the gateway route; model deployments
 * are updated in place.
 */
export const RELEASE_STRATEGIES: Readonly<Record<EndpointTarget, readonly ReleaseStrategy[]>> = {
  functions: ['rolling', 'blue-green'],
  datascience: ['rolling'],
  oke: ['rolling', 'blue-green', 'canary'],
};

/** Largest request body per target in bytes: OCI Functions (the datascience predict proxy too) takes 6 MB per invocation. */
const MAX_BODY_LIMIT: Record<EndpointTarget, number> = { functions: 6 * 1024 * 1024, oke: 20 * 1024 * 1024, datascience: 6 * 1024 * 1024 };
/** Largest timeout per target in seconds: a model deployment's /predict gives up after 60 s. */
const MAX_TIMEOUT_SEC: Record<EndpointTarget, number> = { functions: 300, oke: 300, datascience: 60 };

const known = (t: unknown): t is EndpointTarget => (ENDPOINT_TARGETS as readonly unknown[]).includes(t);
const is = (p: ModelEndpointProps, ...targets: EndpointTarget[]) => targets.includes(p.target);
const missing = (p: ModelEndpointProps, prop: keyof ModelEndpointProps, ...targets: EndpointTarget[]): Check<ModelEndpointProps> => ({
  fails: (q) => is(q, ...targets) && (q[prop] === undefined || q[prop] === ''),
  message: () => `${prop} is required when target is "${p.target}"`,
});
const unused = (p: ModelEndpointProps, prop: keyof ModelEndpointProps, ...targets: EndpointTarget[]): Check<ModelEndpointProps> => ({
  fails: (q) => !is(q, ...targets) && q[prop] !== undefined,
  message: () => `${prop} applies only to target ${targets.map((t) => `"${t}"`).join(' or ')}, got ${JSON.stringify(p[prop])} with target "${p.target}"`,
});

/** OCI Functions keeps at most 4 KB of configuration per function: the suite must leave room for the other keys. */
const MAX_FUNCTION_SUITE_BYTES = 3072;

/** Why `dataQualitySuite` cannot serve this endpoint (the runtime would refuse it at start), or null. */
function dataQualityProblem(p: ModelEndpointProps): string | null {
  if (p.dataQualitySuite === undefined) return null;
  if (!p.featureNames?.length) return 'dataQualitySuite needs featureNames: the suite\'s columns are matched to the model\'s feature names';
  const parsed = DataQualitySuiteSchema.safeParse(p.dataQualitySuite);
  if (!parsed.success) return `dataQualitySuite is not a valid suite: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(suite)'}: ${i.message}`).join('; ')}`;
  try {
    compileRowValidator(parsed.data, p.featureNames);
  } catch (err) {
    return `dataQualitySuite cannot check request rows: ${(err as Error).message.replace(/^compileRowValidator: /, '')}`;
  }
  const bytes = Buffer.byteLength(JSON.stringify(p.dataQualitySuite));
  if (p.target === 'functions' && bytes > MAX_FUNCTION_SUITE_BYTES) {
    return `dataQualitySuite is ${bytes} bytes as JSON; a function's whole configuration is limited to 4 KB, so keep the suite under ${MAX_FUNCTION_SUITE_BYTES} bytes (only the checks of the model's features apply at the endpoint)`;
  }
  return null;
}

/** The checks of ModelEndpointProps, in the order their messages appear. */
export function modelEndpointChecks(p: ModelEndpointProps): Check<ModelEndpointProps>[] {
  if (!known(p.target)) {
    return [{ fails: () => true, message: () => `target must be one of ${ENDPOINT_TARGETS.map((t) => `"${t}"`).join(', ')}, got ${JSON.stringify(p.target)}` }];
  }
  const strategies = RELEASE_STRATEGIES[p.target];
  const image = p.image === undefined ? null : ocirImageProblem('image', p.image);
  const proxyImage = p.predictProxyImage === undefined ? null : ocirImageProblem('predictProxyImage', p.predictProxyImage);
  const maxTimeout = MAX_TIMEOUT_SEC[p.target];
  const maxBody = MAX_BODY_LIMIT[p.target];
  return [
    { fails: () => mismatches(p.endpointName, /^[a-z][a-z0-9-]{0,38}[a-z0-9]$/), message: () => `endpointName must be 2-40 characters of a-z, 0-9 and "-", starting with a letter, got ${JSON.stringify(p.endpointName)}` },
    { fails: () => mismatches(p.modelName, /^[A-Za-z0-9._-]{1,128}$/), message: () => `modelName must be 1-128 letters, digits, ".", "_" or "-", got ${JSON.stringify(p.modelName)}` },
    { fails: () => mismatches(p.modelVersion, /^[A-Za-z0-9._-]{1,64}$/), message: () => `modelVersion must be 1-64 letters, digits, ".", "_" or "-", got ${JSON.stringify(p.modelVersion)}` },
    { fails: () => mismatches(p.routePath, /^\/[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/), message: () => `routePath must be an absolute path of plain segments (e.g. "/models/scorer/predict"), got ${JSON.stringify(p.routePath)}` },
    { fails: () => p.target === 'functions' && mismatches(p.routePath, /\/predict$/), message: () => `routePath must end with "/predict" for target "functions" (the function serves POST /predict under it), got ${JSON.stringify(p.routePath)}` },
    {
      fails: () => p.releaseStrategy !== undefined && !strategies.includes(p.releaseStrategy),
      message: () => `releaseStrategy must be ${strategies.map((s) => `"${s}"`).join(' or ')} for target "${p.target}"${p.releaseStrategy === 'canary' ? ' (only "oke" can split traffic)' : ''}, got ${JSON.stringify(p.releaseStrategy)}`,
    },
    { fails: () => image !== null, message: () => image! },
    { fails: () => proxyImage !== null, message: () => proxyImage! },
    missing(p, 'image', 'functions', 'oke'),
    missing(p, 'modelUri', 'functions', 'oke'),
    missing(p, 'modelSha256', 'functions', 'oke'),
    missing(p, 'functionsApplicationId', 'functions', 'datascience'),
    missing(p, 'clusterId', 'oke'),
    missing(p, 'serviceHostname', 'oke'),
    missing(p, 'subnetId', 'oke', 'datascience'),
    missing(p, 'modelCatalogId', 'datascience'),
    missing(p, 'projectId', 'datascience'),
    missing(p, 'predictProxyImage', 'datascience'),
    missing(p, 'tenancyId', 'datascience'),
    unused(p, 'functionsApplicationId', 'functions', 'datascience'),
    unused(p, 'provisionedConcurrency', 'functions', 'datascience'),
    unused(p, 'clusterId', 'oke'),
    unused(p, 'serviceHostname', 'oke'),
    unused(p, 'minReplicas', 'oke'),
    unused(p, 'maxReplicas', 'oke'),
    unused(p, 'cpuMillicores', 'oke'),
    unused(p, 'hpaCustomMetricName', 'oke'),
    { fails: () => mismatches(p.hpaCustomMetricName, /^[a-zA-Z_:][a-zA-Z0-9_:]*$/), message: () => `hpaCustomMetricName must be a Prometheus metric name ([a-zA-Z_:][a-zA-Z0-9_:]*), got ${JSON.stringify(p.hpaCustomMetricName)}` },
    unused(p, 'modelCatalogId', 'datascience'),
    unused(p, 'projectId', 'datascience'),
    unused(p, 'instanceShape', 'datascience'),
    unused(p, 'instanceCount', 'datascience'),
    unused(p, 'maxInstanceCount', 'datascience'),
    unused(p, 'predictProxyImage', 'datascience'),
    unused(p, 'tenancyId', 'datascience'),
    unused(p, 'predictProxyNamePrefix', 'datascience'),
    unused(p, 'modelUri', 'functions', 'oke'),
    unused(p, 'dataQualitySuite', 'functions', 'oke'),
    unused(p, 'dataQualityMode', 'functions', 'oke'),
    { fails: () => p.dataQualityMode !== undefined && p.dataQualitySuite === undefined, message: () => `dataQualityMode applies only with a dataQualitySuite, got ${JSON.stringify(p.dataQualityMode)} without one` },
    { fails: () => p.dataQualityMode !== undefined && !['reject', 'flag'].includes(p.dataQualityMode), message: () => `dataQualityMode must be "reject" or "flag", got ${JSON.stringify(p.dataQualityMode)}` },
    { fails: () => dataQualityProblem(p) !== null, message: () => dataQualityProblem(p)! },
    unused(p, 'image', 'functions', 'oke'),
    unused(p, 'modelSha256', 'functions', 'oke'),
    unused(p, 'subnetId', 'oke', 'datascience'),
    unused(p, 'maxBodyBytes', 'functions', 'oke', 'datascience'),
    { fails: () => mismatches(p.tenancyId, ocidShape('tenancy')), message: () => `tenancyId must be a tenancy OCID (ocid1.tenancy...), got ${JSON.stringify(p.tenancyId)}` },
    { fails: () => mismatches(p.predictProxyNamePrefix, /^[a-z][a-z0-9-]*$/), message: () => `predictProxyNamePrefix must be a-z, 0-9 and "-", starting with a letter, got ${JSON.stringify(p.predictProxyNamePrefix)}` },
    { fails: () => mismatches(p.iamNamePrefix, /^[a-z][a-z0-9-]*$/), message: () => `iamNamePrefix must be a-z, 0-9 and "-", starting with a letter, got ${JSON.stringify(p.iamNamePrefix)}` },
    {
      fails: () => p.target !== 'datascience' && !Token.isUnresolved(p.iamNamePrefix ?? '') && telemetryPolicyName(p).length > 100,
      message: () => `iamNamePrefix and endpointName must make a policy name of at most 100 characters (OCI IAM limit), got ${JSON.stringify(telemetryPolicyName(p))}`,
    },
    {
      fails: () => p.target === 'datascience' && !Token.isUnresolved(p.predictProxyNamePrefix ?? '') && predictProxyName(p).length > 100,
      message: () => `predictProxyNamePrefix and endpointName must make a dynamic group name of at most 100 characters (OCI IAM limit), got ${JSON.stringify(predictProxyName(p))}`,
    },
    { fails: () => mismatches(p.modelSha256, /^[0-9a-f]{64}$/), message: () => `modelSha256 must be 64 lowercase hex digits, got ${JSON.stringify(p.modelSha256)}` },
    { fails: () => mismatches(p.modelUri, /^(oci:\/\/[^@/\s]+@[^/\s]+\/\S+|\/\S+)$/), message: () => `modelUri must be "oci://<bucket>@<namespace>/<object>" or an absolute path in the image, got ${JSON.stringify(p.modelUri)}` },
    {
      fails: () => p.target === 'functions' && p.memoryMib !== undefined && !Token.isUnresolved(p.memoryMib) && !(FUNCTION_MEMORY_MIB as readonly number[]).includes(p.memoryMib),
      message: () => `memoryMib must be one of ${FUNCTION_MEMORY_MIB.join(', ')} for target "functions" (OCI Functions sizes), got ${p.memoryMib}`,
    },
    { fails: () => p.target === 'oke' && outside(p.memoryMib, 128, 65536), message: () => `memoryMib must be an integer from 128 to 65536 for target "oke", got ${p.memoryMib}` },
    { fails: () => p.target === 'datascience' && p.memoryMib !== undefined, message: () => `memoryMib does not apply to target "datascience" (use instanceMemoryGb), got ${p.memoryMib}` },
    {
      fails: () => outside(p.timeoutSec, p.target === 'functions' ? 5 : 1, maxTimeout),
      message: () => `timeoutSec must be an integer from ${p.target === 'functions' ? 5 : 1} to ${maxTimeout} seconds (${{ functions: 'OCI Functions and API Gateway limit', oke: 'API Gateway limit', datascience: 'the model deployment /predict timeout' }[p.target]}), got ${p.timeoutSec}`,
    },
    { fails: () => outside(p.provisionedConcurrency, 0, 10000), message: () => `provisionedConcurrency must be an integer from 0 to 10000, got ${p.provisionedConcurrency}` },
    { fails: () => outside(p.maxBatch, 1, 100000), message: () => `maxBatch must be an integer from 1 to 100000 rows, got ${p.maxBatch}` },
    { fails: () => outside(p.maxBodyBytes, 1, maxBody), message: () => `maxBodyBytes must be an integer from 1 to ${maxBody} for target "${p.target}", got ${p.maxBodyBytes}` },
    { fails: () => outside(p.minReplicas, 1, 100), message: () => `minReplicas must be an integer from 1 to 100, got ${p.minReplicas}` },
    { fails: () => outside(p.maxReplicas, p.minReplicas ?? 1, 100), message: () => `maxReplicas must be an integer from minReplicas (${p.minReplicas ?? 1}) to 100, got ${p.maxReplicas}` },
    { fails: () => outside(p.cpuMillicores, 50, 64000), message: () => `cpuMillicores must be an integer from 50 to 64000, got ${p.cpuMillicores}` },
    {
      fails: () => p.target === 'oke' && (p.releaseStrategy ?? 'rolling') !== 'rolling' && p.servicePort !== undefined && p.servicePort !== 80,
      message: () => `servicePort must be 80 with releaseStrategy "${p.releaseStrategy}" (the NGINX Ingress listens on 80), got ${p.servicePort}`,
    },
    { fails: () => outside(p.servicePort, 1, 65535), message: () => `servicePort must be an integer from 1 to 65535, got ${p.servicePort}` },
    {
      fails: () => mismatches(p.serviceHostname, /^(([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*)$/) || publicIpv4(p.serviceHostname),
      message: () => `serviceHostname must be a private DNS name or a private IPv4 address (10/8, 172.16/12, 192.168/16) of the internal load balancer, got ${JSON.stringify(p.serviceHostname)}`,
    },
    { fails: () => outside(p.instanceCount, 1, 100), message: () => `instanceCount must be an integer from 1 to 100, got ${p.instanceCount}` },
    { fails: () => outside(p.maxInstanceCount, p.instanceCount ?? 1, 100), message: () => `maxInstanceCount must be an integer from instanceCount (${p.instanceCount ?? 1}) to 100, got ${p.maxInstanceCount}` },
    { fails: () => outside(p.instanceOcpus, 1, 64), message: () => `instanceOcpus must be an integer from 1 to 64, got ${p.instanceOcpus}` },
    { fails: () => outside(p.instanceMemoryGb, 1, 1024), message: () => `instanceMemoryGb must be an integer from 1 to 1024, got ${p.instanceMemoryGb}` },
    { fails: () => mismatches(p.instanceShape, /^VM\.[A-Za-z0-9.]+$/), message: () => `instanceShape must be a VM shape such as "VM.Standard.E4.Flex", got ${JSON.stringify(p.instanceShape)}` },
    { fails: () => p.predictionLogRetentionDays !== undefined && logRetentionProblem('predictionLogRetentionDays', p.predictionLogRetentionDays) !== null, message: () => logRetentionProblem('predictionLogRetentionDays', p.predictionLogRetentionDays!)! },
  ];
}

/** Name of the predict proxy's dynamic group and policy (datascience): `<prefix>-<endpointName>-predict-proxy`. */
export function predictProxyName(p: Pick<ModelEndpointProps, 'predictProxyNamePrefix' | 'iamNamePrefix' | 'endpointName'>): string {
  return `${p.predictProxyNamePrefix ?? p.iamNamePrefix ?? 'mlops'}-${p.endpointName}-predict-proxy`;
}

/** Name of the telemetry policy of a `functions` or `oke` endpoint, in its compartment. */
export function telemetryPolicyName(p: Pick<ModelEndpointProps, 'iamNamePrefix' | 'endpointName'>): string {
  return `${p.iamNamePrefix ?? 'mlops'}-${p.endpointName}-telemetry`;
}

/** True for a dotted IPv4 address outside the private ranges. */
function publicIpv4(host: string | undefined): boolean {
  if (host === undefined || Token.isUnresolved(host)) return false;
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (m.slice(1).some((o) => Number(o) > 255)) return true;
  return !(a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168));
}
