import { z } from 'zod';
import { CanaryThresholdsSchema } from '../../runtime/canary/canary-thresholds-schema';
import { resourceName } from './common-schemas';
import { ocid } from './ocid';

const modelName = z.string().regex(/^[a-z][a-z0-9-]{0,62}$/, "must be lowercase letters, digits and '-', starting with a letter (1-63 characters)");

/** Where a model's source lives: an OCI DevOps repository or a mirrored GitHub/GitLab one. */
export const releaseRepositorySchema = z
  .object({
    type: z.enum(['devops', 'github', 'gitlab']).default('devops').meta({ description: 'An OCI DevOps code repository (defined), or a GitHub/GitLab repository mirrored into one.' }),
    url: z.url({ protocol: /^https$/ }).optional().meta({ description: 'HTTPS URL of the GitHub/GitLab repository (type github/gitlab).' }),
    accessTokenSecretId: ocid('vaultsecret').optional().meta({ description: 'Vault secret holding the GitHub/GitLab access token (type github/gitlab).' }),
    branch: z.string().min(1).default('main').meta({ description: 'Branch whose pushes start a build.' }),
  })
  .strict();

/** The model build: what `oci-mlops validate-model` checks and how the image is built. */
export const releaseBuildSchema = z
  .object({
    modelPath: z.string().min(1).meta({ description: 'The .onnx file, relative to the repository root.' }),
    holdoutPath: z.string().min(1).meta({ description: 'The hold-out CSV, relative to the repository root.' }),
    label: z.string().min(1).meta({ description: 'Label column of the hold-out CSV.' }),
    task: z.enum(['classification', 'regression']).optional().meta({ description: "The model's task (default: inferred from its outputs)." }),
    thresholds: z
      .object({
        minAccuracy: z.number().optional().meta({ description: 'Fail below this accuracy, 0..1.' }),
        minF1: z.number().optional().meta({ description: 'Fail below this macro F1, 0..1.' }),
        minAuc: z.number().optional().meta({ description: 'Fail below this one-vs-rest macro ROC AUC, 0..1.' }),
        maxRmse: z.number().optional().meta({ description: 'Fail above this RMSE (target units).' }),
        maxP95Ms: z.number().optional().meta({ description: 'Fail above this p95 single-row latency, ms.' }),
      })
      .strict()
      .default({})
      .meta({ description: 'Validation gates of the build; omitted ones are not checked.' }),
    dataQuality: z
      .object({
        suite: z.string().min(1).meta({ description: 'The data-quality suite (docs/data-quality.md), relative to the repository root.' }),
        data: z.string().min(1).meta({ description: 'The table checked: a CSV or Parquet file relative to the repository root, or oci://<bucket>@<namespace>/<object>.' }),
      })
      .strict()
      .optional()
      .meta({ description: 'Checks a table against a data-quality suite (`oci-mlops data-quality check`) before the tests: a failed expectation fails the build; the JUnit report is an output artifact.' }),
    optimize: z
      .object({
        method: z.enum(['dynamic-int8', 'fp16', 'graph']).meta({ description: 'dynamic-int8: int8 weights of MatMul/Gemm; fp16: float16 with float32 inputs and outputs; graph: ONNX Runtime graph optimizations saved as a model.' }),
        maxMetricDrop: z.number().optional().meta({ description: 'Fail the build above this drop of hold-out accuracy (0.01 = one point) or relative rise of RMSE (0.01 = 1 %) (default: reported, not gated).' }),
        perChannel: z.boolean().optional().meta({ description: 'dynamic-int8: one scale per output channel.' }),
      })
      .strict()
      .optional()
      .meta({ description: 'Optimize the model after validation (oci-mlops optimize); the image ships the optimized model and its digest, the report is a build artifact.' }),
    dockerfile: z.string().min(1).optional().meta({ description: 'Dockerfile path (default Dockerfile).' }),
    testCommand: z.string().optional().meta({ description: 'Runs the tests and writes a JUnit report (default: jest with jest-junit).' }),
    timeoutInSeconds: z.number().optional().meta({ description: 'Whole build, seconds, 1-28800 (default 3600).' }),
  })
  .strict();

/** One model's build pipeline. */
export const releaseModelSchema = z
  .object({
    model: modelName.meta({ description: 'Model name: names the pipeline, the OCIR repository <team>/<model> and build-specs/<team>-<model>.yaml.' }),
    repository: releaseRepositorySchema.default({ type: 'devops', branch: 'main' }).meta({ description: "Where the model's source lives." }),
    build: releaseBuildSchema.meta({ description: 'The model build and its validation gates.' }),
    imageRetentionDays: z.number().default(90).meta({ description: 'Days an image not pulled is kept (applied by the custom OCIR retention policy, see docs/cicd.md).' }),
  })
  .strict();

/** One endpoint's release settings. */
export const releaseEndpointSchema = z
  .object({
    endpoint: resourceName.meta({ description: 'Name of the endpoint released (an endpoint of this team).' }),
    model: modelName.meta({ description: 'The model pipeline (models[].model) whose builds start this release.' }),
    strategy: z.enum(['rolling', 'blue-green', 'canary']).default('rolling').meta({ description: 'rolling: in place; blue-green: green beside blue, validated, switched, blue kept for the rollback window; canary (OKE only): traffic steps with the canary gate.' }),
    requiredApprovals: z.number().default(0).meta({ description: 'Approvals before production (0: no approval stage).' }),
    canarySteps: z.array(z.number()).optional().meta({ description: 'Canary traffic steps in percent, increasing, ending at 100 (default [10, 50, 100]).' }),
    gate: CanaryThresholdsSchema.optional().meta({ description: 'Thresholds of the canary gate (required for canary).' }),
    requireGovernanceRecord: z.boolean().optional().meta({ description: "Canary: fail a step whose gate decision could not be recorded in the governance audit trail (default: the platform's canaryGate.requireGovernanceRecord)." }),
    validationRequest: z.record(z.string(), z.unknown()).optional().meta({ description: 'JSON test request sent to green before the switch (required for blue-green).' }),
    validationFunctionId: ocid('fnfunc').optional().meta({ description: 'OKE blue-green: the function that sends the test request to the green namespace.' }),
    rollbackWindowMinutes: z.number().default(30).meta({ description: 'Minutes blue is kept after the switch.' }),
    ingressName: z.string().optional().meta({ description: "Name of the endpoint's Ingress in its manifests (default: the endpoint name)." }),
  })
  .strict();

/** The `releases` section of a team file. */
export const releasesSchema = z
  .object({
    ocirNamespace: z.string().regex(/^[a-z0-9]{1,64}$/, 'must be the Object Storage namespace of the tenancy').meta({ description: "The tenancy's Object Storage namespace (the OCIR namespace), written into the build specs." }),
    canaryGateFunctionId: ocid('fnfunc').optional().meta({ description: 'The canary-gate function (functions/canary-gate) invoked between canary steps.' }),
    models: z.array(releaseModelSchema).default([]).meta({ description: 'Build pipelines, one per model.' }),
    endpoints: z.array(releaseEndpointSchema).default([]).meta({ description: 'Release settings, one per endpoint released.' }),
  })
  .strict()
  .meta({ description: "The team's model pipelines and releases on OCI DevOps." });

export type ReleasesConfigInput = z.input<typeof releasesSchema>;
export type ReleasesConfig = z.output<typeof releasesSchema>;
