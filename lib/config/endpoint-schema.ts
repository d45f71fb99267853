import { z } from 'zod';
import { apiAuthenticationSchema, ocirImage, rateLimitFields } from './common-schemas';
import { ocid } from './ocid';

const endpointName = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,38}[a-z0-9]$/, 'must be 2-40 characters of a-z, 0-9 and "-", starting with a letter and not ending with "-"');

/** A YAML `3` and `'3'` are both version "3". */
const modelVersion = z
  .union([z.string(), z.number()])
  .transform(String)
  .pipe(z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be 1-64 letters, digits, ".", "_" or "-"'));

const anonymousSchema = z
  .object({
    type: z.literal('none'),
    reason: z.string().trim().min(20, 'must say in at least 20 characters why the routes may be anonymous').meta({ description: 'Why anonymous callers are accepted; recorded as the MLOPS-4 policy suppression.' }),
  })
  .strict()
  .meta({ description: 'Anonymous routes: the policy rule MLOPS-4 is suppressed with the reason given.' });

export const endpointGatewaySchema = z
  .object({
    pathPrefix: z
      .string()
      .regex(/^\/[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_-]*)*$/, 'must be "/" followed by lowercase segments, e.g. "/fraud-detection"')
      .optional()
      .meta({ description: 'Path prefix of the team\'s API deployment on the platform gateway (default "/<team>"); unique per gateway.' }),
    authentication: z.union([apiAuthenticationSchema, anonymousSchema]).meta({ description: 'How callers of the team\'s routes authenticate (required: there is no default).' }),
    ...rateLimitFields,
    corsAllowedOrigins: z.array(z.string().min(1)).default([]).meta({ description: 'Origins browsers may call from; empty turns CORS off.' }),
    executionLogLevel: z.enum(['INFO', 'WARN', 'ERROR']).default('WARN').meta({ description: 'Lowest level of the execution log.' }),
  })
  .strict();

export const modelArtifactSchema = z
  .object({
    uri: z.string().regex(/^(oci:\/\/[^@/\s]+@[^/\s]+\/\S+|\/\S+)$/, 'must be oci://<bucket>@<namespace>/<object> or an absolute path in the image').meta({ description: 'Where the ONNX model file is (MODEL_URI).' }),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits').meta({ description: 'Expected SHA-256 of the file; the runtime refuses any other (MODEL_SHA256).' }),
  })
  .strict();

/** A data-quality suite checked on every request row of a functions or oke endpoint (docs/data-quality.md). */
export const endpointDataQualitySchema = z
  .object({
    suite: z.string().min(1).meta({ description: "The data-quality suite file (YAML or JSON), relative to the team file; read and validated when the team file loads, and carried into the endpoint's configuration as JSON (DATA_QUALITY_SUITE)." }),
    mode: z.enum(['reject', 'flag']).default('reject').meta({ description: 'reject: a request row that breaks a column check gets 422 with one detail per violation; flag: it is served and its violations are counted in /metrics and the prediction record (DATA_QUALITY_MODE).' }),
  })
  .strict();

const common = {
  name: endpointName.meta({ description: 'Endpoint name, unique in the team: resource names and the default route /models/<name>/predict.' }),
  modelName: z.string().regex(/^[A-Za-z0-9._-]{1,128}$/, 'must be 1-128 letters, digits, ".", "_" or "-"').meta({ description: 'Model name in the catalog (model_name metric dimension).' }),
  modelVersion: modelVersion.meta({ description: 'Model version served.' }),
  routePath: z.string().regex(/^\/[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/, 'must be an absolute path of plain segments').optional().meta({ description: 'Route path in the team deployment (default /models/<name>/predict).' }),
  timeoutSec: z.number().int().positive().optional().meta({ description: 'Seconds a prediction may take (default 30; functions 5-300, otherwise 1-300).' }),
  releaseStrategy: z.enum(['rolling', 'blue-green', 'canary']).default('rolling').meta({ description: 'How new versions roll out: rolling anywhere, blue-green on functions and oke, canary on oke only (oke blue-green/canary serve through an NGINX Ingress).' }),
};

const runtime = {
  image: ocirImage.meta({ description: 'OCIR image of the inference runtime, by tag or digest.' }),
  artifact: modelArtifactSchema.meta({ description: 'The model file and its SHA-256.' }),
  maxBatch: z.number().int().positive().optional().meta({ description: 'Rows per request at most (default 1000).' }),
  maxBodyBytes: z.number().int().positive().optional().meta({ description: 'Request body limit in bytes (default 1048576).' }),
  logFeatures: z.boolean().default(true).meta({ description: 'Log request features with each prediction (drift detection needs them).' }),
  featureNames: z.array(z.string().regex(/^[^,\s]+$/, 'must be a name without commas or spaces')).optional().meta({ description: 'Feature column names in input order, logged with the rows so drift is reported per named feature.' }),
  memoryMib: z.number().int().positive().optional().meta({ description: 'Memory in MiB (default 1024; functions: 128, 256, 512, 1024, 2048 or 3072).' }),
  dataQuality: endpointDataQualitySchema.optional().meta({ description: "Check each request row against a data-quality suite's column checks, matched to featureNames (required with it); omitted means no check." }),
};

export const functionsEndpointSchema = z
  .object({
    ...common,
    target: z.literal('functions'),
    ...runtime,
    provisionedConcurrency: z.number().int().min(0).default(0).meta({ description: 'Provisioned concurrency units kept warm (0: off).' }),
  })
  .strict();

export const okeEndpointSchema = z
  .object({
    ...common,
    target: z.literal('oke'),
    ...runtime,
    cluster: z.enum(['team', 'platform']).optional().meta({ description: "Which cluster runs the pods (default: the team's own if it has one, else the platform's)." }),
    serviceHostname: z.string().min(1).meta({ description: "Private DNS name (or private IP) pointing at the Service's internal load balancer, which the gateway calls." }),
    servicePort: z.number().int().positive().default(80).meta({ description: "Port of the Service's load balancer." }),
    minReplicas: z.number().int().positive().default(2).meta({ description: 'Pods at least.' }),
    maxReplicas: z.number().int().positive().default(6).meta({ description: 'Pods at most (HPA).' }),
    cpuMillicores: z.number().int().positive().default(500).meta({ description: 'CPU request per pod in millicores (limit: twice).' }),
    targetCpuUtilizationPercent: z.number().int().min(1).max(100).default(70).meta({ description: 'CPU utilisation the HPA keeps.' }),
    targetRequestsPerSecondPerPod: z.number().positive().default(20).meta({ description: 'Requests per second per pod the HPA keeps.' }),
  })
  .strict();

export const datascienceEndpointSchema = z
  .object({
    ...common,
    target: z.literal('datascience'),
    modelCatalogId: ocid('datasciencemodel').meta({ description: 'Model OCID in the Data Science model catalog.' }),
    instanceShape: z.string().default('VM.Standard.E4.Flex').meta({ description: 'Shape of the model deployment instances.' }),
    instanceOcpus: z.number().int().positive().default(1).meta({ description: 'OCPUs per instance (flexible shapes).' }),
    instanceMemoryGb: z.number().int().positive().default(16).meta({ description: 'Memory per instance in GB (flexible shapes).' }),
    instanceCount: z.number().int().positive().default(1).meta({ description: 'Instances at least (and at start).' }),
    maxInstanceCount: z.number().int().positive().optional().meta({ description: 'Instances at most; above instanceCount turns CPU autoscaling on (default 2).' }),
    bandwidthMbps: z.number().int().positive().default(10).meta({ description: 'Load balancer bandwidth in Mbps.' }),
    maxBodyBytes: z.number().int().positive().optional().meta({ description: 'Request body limit in bytes, enforced by the predict proxy (default 1048576, at most 6291456).' }),
    provisionedConcurrency: z.number().int().min(0).default(0).meta({ description: 'Provisioned concurrency units that keep the predict proxy warm (0: off; cold starts then add to the first requests after idle).' }),
  })
  .strict();

export const endpointSchema = z
  .discriminatedUnion('target', [functionsEndpointSchema, okeEndpointSchema, datascienceEndpointSchema])
  .meta({ description: 'One model endpoint: functions (an OCI Function), oke (pods on OKE) or datascience (a model deployment).' });

export const endpointsSectionSchema = z
  .object({
    gateway: endpointGatewaySchema.meta({ description: "The team's API Gateway deployment on the platform gateway, shared by its endpoints." }),
    predictProxyImage: ocirImage.optional().meta({
      description: 'OCIR image of the Data Science predict proxy (functions/predict-proxy), by tag or digest; required when a model has target datascience: its route calls this function, which signs the request for the model deployment.',
    }),
    models: z.array(endpointSchema).min(1).meta({ description: 'The endpoints of the team.' }),
  })
  .strict()
  .superRefine((s, ctx) => {
    const ds = s.models.findIndex((m) => m.target === 'datascience');
    if (ds >= 0 && s.predictProxyImage === undefined) {
      ctx.addIssue({ code: 'custom', path: ['predictProxyImage'], message: `is required because models[${ds}] (${JSON.stringify(s.models[ds]!.name)}) has target datascience: its route goes through the predict proxy` });
    }
    const seen = new Map<string, number>();
    s.models.forEach((m, i) => {
      const j = seen.get(m.name);
      if (j !== undefined) ctx.addIssue({ code: 'custom', path: ['models', i, 'name'], message: `duplicates the name of models[${j}]: ${JSON.stringify(m.name)}` });
      seen.set(m.name, i);
      if (m.target !== 'datascience' && m.dataQuality && !m.featureNames?.length) {
        ctx.addIssue({ code: 'custom', path: ['models', i, 'featureNames'], message: `is required because models[${i}] (${JSON.stringify(m.name)}) sets dataQuality: the suite's columns are matched to the model's feature names` });
      }
    });
  })
  .meta({ description: "The team's model endpoints and the API deployment their routes share." });

export type EndpointsConfig = z.infer<typeof endpointsSectionSchema>;
export type EndpointConfig = z.infer<typeof endpointSchema>;
