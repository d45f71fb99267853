import { type Check, outside, runChecks } from '../private/checks';
import { type BuildSpec, type BuildSpecCommandStep, type BuildSpecOutputArtifact, MAX_BUILD_TIMEOUT_SEC, validateBuildSpec } from './build-spec';

/** The gates of `oci-mlops validate-model` the build enforces (omitted ones are not checked). */
export interface ModelValidationThresholds {
  /** Fail below this accuracy, 0..1. */
  readonly minAccuracy?: number;
  /** Fail below this macro F1, 0..1. */
  readonly minF1?: number;
  /** Fail below this one-vs-rest macro ROC AUC, 0..1. */
  readonly minAuc?: number;
  /** Fail above this RMSE, > 0 (target units). */
  readonly maxRmse?: number;
  /** Fail above this p95 single-row latency, > 0 ms. */
  readonly maxP95Ms?: number;
}

/** The optimization the build applies after validation (`oci-mlops optimize`). */
export interface ModelOptimizationOptions {
  /** dynamic-int8 (int8 weights of MatMul/Gemm), fp16 (float16 with float32 inputs and outputs), or graph (ONNX Runtime's graph optimizations). */
  readonly method: 'dynamic-int8' | 'fp16' | 'graph';
  /**
   * Fail the build above this drop of hold-out accuracy (0.01 = one point) or relative rise of RMSE
   * (0.01 = 1 %), >= 0.
   * @default - no limit: the drop is reported, not gated
   */
  readonly maxMetricDrop?: number;
  /** dynamic-int8: one scale per output channel (usually a smaller drop). @default false */
  readonly perChannel?: boolean;
}

export interface ModelBuildSpecOptions {
  /** Model name (lowercase, digits, '-'): names the local image and the artifacts. */
  readonly modelName: string;
  /** The `.onnx` file, relative to the repository root. */
  readonly modelPath: string;
  /** The hold-out CSV, relative to the repository root. */
  readonly holdoutPath: string;
  /** Label column of the hold-out CSV. */
  readonly label: string;
  /** @default - inferred by validate-model from the model's outputs */
  readonly task?: 'classification' | 'regression';
  /** @default - no threshold: the step still fails on unusable input (exit 2) */
  readonly thresholds?: ModelValidationThresholds;
  /** OCIR repository of the model's image, without a tag: `<region>.ocir.io/<namespace>/<repository>`. */
  readonly imageRepository: string;
  /**
   * A table checked against a data-quality suite before the tests (`oci-mlops data-quality check`,
   * paths relative to the repository root; `data` may be an `oci://` URI): a failed expectation
   * fails the build.
   * @default - no data-quality step
   */
  readonly dataQuality?: { readonly suite: string; readonly data: string };
  /** Where the data-quality JUnit report is written (an output artifact). @default 'reports/data-quality.xml' */
  readonly dataQualityReportPath?: string;
  /** @default 'Dockerfile' */
  readonly dockerfile?: string;
  /** @default 'npm ci --no-audit --no-fund' */
  readonly installCommand?: string;
  /** Runs the tests and writes a JUnit report to `junitReportPath`. @default 'npx jest --ci --reporters=default --reporters=jest-junit' (JEST_JUNIT_OUTPUT_FILE is set) */
  readonly testCommand?: string;
  /** @default 'reports/junit.xml' */
  readonly junitReportPath?: string;
  /** Where the `--json` validation result is written (recorded by governance). @default 'reports/model-validation.json' */
  readonly validationReportPath?: string;
  /**
   * Optimize the validated model: the step runs `oci-mlops optimize` on the hold-out, fails the
   * build when the metric drop is over `maxMetricDrop` (or the method has nothing to change), and
   * replaces the model file (and `<modelPath>.sha256`) with the optimized one, so the image ships it.
   * @default - no optimization: the image ships the model as validated
   */
  readonly optimize?: ModelOptimizationOptions;
  /** Where the `--json` optimization report is written (an output artifact). @default 'reports/model-optimization.json' */
  readonly optimizationReportPath?: string;
  /**
   * Vault secrets holding the OCIR user name and auth token; when given the build pushes the image
   * itself ("Push to OCIR" step).
   * @default - no push step: the deliver-artifacts stage pushes the `<modelName>-image` output artifact
   */
  readonly ocirCredentials?: { readonly usernameSecretId: string; readonly authTokenSecretId: string };
  /** Whole build, seconds, 1-28800. @default 3600 */
  readonly timeoutInSeconds?: number;
}

const OCIR_REPOSITORY = /^(([a-z]{3}|[a-z]{2,}-[a-z]+-\d)\.ocir\.io)\/[a-z0-9][a-z0-9_-]*\/[a-z0-9][a-z0-9._/-]*$/;
const RATIO_KEYS = ['minAccuracy', 'minF1', 'minAuc'] as const;
const OPTIMIZE_METHODS: readonly ModelOptimizationOptions['method'][] = ['dynamic-int8', 'fp16', 'graph'];
const POSITIVE_KEYS = ['maxRmse', 'maxP95Ms'] as const;
const FLAGS: Record<keyof ModelValidationThresholds, string> = {
  minAccuracy: '--min-accuracy', minF1: '--min-f1', minAuc: '--min-auc', maxRmse: '--max-rmse', maxP95Ms: '--max-p95-ms',
};

const checks: Check<ModelBuildSpecOptions>[] = [
  { fails: (o) => !/^[a-z][a-z0-9-]{0,62}$/.test(o.modelName), message: (o) => `modelName must be lowercase letters, digits and '-', starting with a letter (1-63 characters), got ${JSON.stringify(o.modelName)}` },
  { fails: (o) => !o.modelPath.trim(), message: (o) => `modelPath must be the path of the .onnx file, got ${JSON.stringify(o.modelPath)}` },
  { fails: (o) => !o.holdoutPath.trim(), message: (o) => `holdoutPath must be the path of the hold-out CSV, got ${JSON.stringify(o.holdoutPath)}` },
  { fails: (o) => !o.label.trim(), message: (o) => `label must be the label column of the hold-out CSV, got ${JSON.stringify(o.label)}` },
  { fails: (o) => !OCIR_REPOSITORY.test(o.imageRepository), message: (o) => `imageRepository must be an OCIR repository "<region>.ocir.io/<namespace>/<repository>" without a tag, got ${JSON.stringify(o.imageRepository)}` },
  { fails: (o) => o.dataQuality !== undefined && !o.dataQuality.suite?.trim(), message: (o) => `dataQuality.suite must be the path of the suite file, got ${JSON.stringify(o.dataQuality?.suite)}` },
  { fails: (o) => o.dataQuality !== undefined && !o.dataQuality.data?.trim(), message: (o) => `dataQuality.data must be the path or oci:// URI of the table checked, got ${JSON.stringify(o.dataQuality?.data)}` },
  { fails: (o) => outside(o.timeoutInSeconds, 1, MAX_BUILD_TIMEOUT_SEC), message: (o) => `timeoutInSeconds must be a whole number of seconds 1-${MAX_BUILD_TIMEOUT_SEC} (8 hours), got ${o.timeoutInSeconds}` },
  { fails: (o) => o.optimize !== undefined && !OPTIMIZE_METHODS.includes(o.optimize.method), message: (o) => `optimize.method must be one of ${OPTIMIZE_METHODS.join(', ')}, got ${JSON.stringify(o.optimize?.method)}` },
  { fails: (o) => o.optimize?.maxMetricDrop !== undefined && !(o.optimize.maxMetricDrop >= 0 && Number.isFinite(o.optimize.maxMetricDrop)), message: (o) => `optimize.maxMetricDrop must be a number >= 0 (0.01 = one accuracy point or 1 % more RMSE), got ${o.optimize?.maxMetricDrop}` },
  { fails: (o) => o.optimize?.perChannel === true && o.optimize.method !== 'dynamic-int8', message: (o) => `optimize.perChannel applies to method dynamic-int8 only, got method ${JSON.stringify(o.optimize?.method)}` },
  ...RATIO_KEYS.map((k): Check<ModelBuildSpecOptions> => ({
    fails: (o) => outside(o.thresholds?.[k], 0, 1, false),
    message: (o) => `thresholds.${k} must be within 0..1, got ${o.thresholds?.[k]}`,
  })),
  ...POSITIVE_KEYS.map((k): Check<ModelBuildSpecOptions> => ({
    fails: (o) => o.thresholds?.[k] !== undefined && !(o.thresholds[k]! > 0 && Number.isFinite(o.thresholds[k])),
    message: (o) => `thresholds.${k} must be a number greater than 0, got ${o.thresholds?.[k]}`,
  })),
];

/** Quotes a word for bash when it holds anything beyond a safe set of characters. */
function sh(word: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The design's model build spec (`.oci/build_spec.yaml`): set up (install, image tag from the build
 * run id), check the data against a data-quality suite (when given), run the tests with a JUnit report, validate the model with
 * `oci-mlops validate-model ... --json` (the build fails on a failed threshold or unusable input),
 * build the container, push it to OCIR (when credentials are given), and output the image, the
 * JUnit report and the validation result as artifacts.
 *
 * @param opts - model, hold-out data, thresholds, image repository and commands
 * @returns the build spec, valid (`renderBuildSpec` writes it)
 * @throws Error `ModelBuildSpec: ...` naming each bad option, its value and what is allowed
 * @example
 * const spec = modelBuildSpec({
 *   modelName: 'fraud', modelPath: 'models/fraud.onnx', holdoutPath: 'data/holdout.csv', label: 'is_fraud',
 *   thresholds: { minAuc: 0.9 }, imageRepository: 'fra.ocir.io/axaxnpcrorw5/mlops/fraud',
 * });
 * spec.steps.map((s) => s.name); // ['Set up', 'Run tests', 'Validate model', 'Build container image']
 */
export function modelBuildSpec(opts: ModelBuildSpecOptions): BuildSpec {
  runChecks('ModelBuildSpec', opts, checks);
  const junit = opts.junitReportPath ?? 'reports/junit.xml';
  const validation = opts.validationReportPath ?? 'reports/model-validation.json';
  const dataQualityReport = opts.dataQualityReportPath ?? 'reports/data-quality.xml';
  const optimization = opts.optimizationReportPath ?? 'reports/model-optimization.json';
  const localImage = `${opts.modelName}-image`;
  const timeout = opts.timeoutInSeconds ?? 3600;
  // Each step's own budget, never beyond the whole build's.
  const budget = (sec: number) => Math.min(sec, timeout);
  const registry = OCIR_REPOSITORY.exec(opts.imageRepository)![1]!;
  const remote = `${opts.imageRepository}:\${IMAGE_TAG}`;
  const limits = Object.entries(opts.thresholds ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${FLAGS[k as keyof ModelValidationThresholds]} ${v}`);
  const validate = [
    'npx oci-mlops validate-model', `--model ${sh(opts.modelPath)}`, `--data ${sh(opts.holdoutPath)}`, `--label ${sh(opts.label)}`,
    ...(opts.task ? [`--task ${opts.task}`] : []), ...limits, '--json',
  ].join(' ');
  const steps: BuildSpecCommandStep[] = [
    {
      type: 'Command', name: 'Set up', timeoutInSeconds: budget(900),
      command: [
        opts.installCommand ?? 'npm ci --no-audit --no-fund',
        // A short, unique image tag from the build run OCID; exported to the deliver and deploy stages.
        'export IMAGE_TAG="$(echo "${OCI_BUILD_RUN_ID}" | rev | cut -c 1-7)"',
        `mkdir -p ${[...new Set([dirOf(junit), dirOf(validation), ...(opts.dataQuality ? [dirOf(dataQualityReport)] : []), ...(opts.optimize ? [dirOf(optimization)] : [])])].map(sh).join(' ')}`,
        'echo "image tag ${IMAGE_TAG}"',
      ].join('\n'),
    },
    ...(opts.dataQuality
      ? [{
        type: 'Command' as const, name: 'Check data quality', timeoutInSeconds: budget(1800),
        // Exit 3: an expectation failed; 1: unusable suite or data. The report is kept either way.
        command: `npx oci-mlops data-quality check --suite ${sh(opts.dataQuality.suite)} --data ${sh(opts.dataQuality.data)} --junit ${sh(dataQualityReport)}`,
      }]
      : []),
    { type: 'Command', name: 'Run tests', timeoutInSeconds: budget(1800), command: opts.testCommand ?? 'npx jest --ci --reporters=default --reporters=jest-junit' },
    {
      type: 'Command', name: 'Validate model', timeoutInSeconds: budget(900),
      // Keep validate-model's exit code (1: a threshold failed, 2: unusable input) after showing its result.
      command: ['status=0', `${validate} > ${sh(validation)} || status=$?`, `cat ${sh(validation)}`, 'exit $status'].join('\n'),
    },
    ...(opts.optimize ? [optimizeStep(opts, optimization, budget(1800))] : []),
    {
      type: 'Command', name: 'Build container image', timeoutInSeconds: budget(1800),
      command: `docker build --pull -f ${sh(opts.dockerfile ?? 'Dockerfile')} -t ${localImage} -t "${remote}" .`,
    },
  ];
  if (opts.ocirCredentials) {
    steps.push({
      type: 'Command', name: 'Push to OCIR', timeoutInSeconds: budget(900),
      command: [`printf '%s' "\${OCIR_AUTH_TOKEN}" | docker login ${registry} --username "\${OCIR_USERNAME}" --password-stdin`, `docker push "${remote}"`].join('\n'),
      onFailure: [{ type: 'Command', command: `docker logout ${registry}`, timeoutInSeconds: budget(60) }],
    });
  }
  const outputArtifacts: BuildSpecOutputArtifact[] = [
    { name: localImage, type: 'DOCKER_IMAGE', location: localImage },
    { name: 'junit-report', type: 'BINARY', location: junit },
    { name: 'model-validation', type: 'BINARY', location: validation },
    ...(opts.dataQuality ? [{ name: 'data-quality-report', type: 'BINARY' as const, location: dataQualityReport }] : []),
    ...(opts.optimize ? [{ name: 'model-optimization', type: 'BINARY' as const, location: optimization }] : []),
  ];
  const spec: BuildSpec = {
    version: 0.1,
    component: 'build',
    timeoutInSeconds: timeout,
    shell: 'bash',
    failImmediatelyOnError: true,
    env: {
      variables: opts.testCommand ? {} : { JEST_JUNIT_OUTPUT_FILE: junit },
      vaultVariables: opts.ocirCredentials ? { OCIR_USERNAME: opts.ocirCredentials.usernameSecretId, OCIR_AUTH_TOKEN: opts.ocirCredentials.authTokenSecretId } : {},
      exportedVariables: ['IMAGE_TAG'],
    },
    steps,
    outputArtifacts,
  };
  try {
    validateBuildSpec(spec);
  } catch (err) {
    throw new Error(`ModelBuildSpec: ${(err as Error).message.replace(/^BuildSpec: /, '')}`);
  }
  return spec;
}

/**
 * The "Optimize model" step: optimize on the hold-out into a file beside the model, keep the
 * command's exit code after showing its report (1 bad input, 2 nothing to change, 3 drop over the
 * limit), then put the optimized model and its digest in place of the model for the image.
 */
function optimizeStep(opts: ModelBuildSpecOptions, report: string, timeoutInSeconds: number): BuildSpecCommandStep {
  const o = opts.optimize!;
  const optimized = `${opts.modelPath.replace(/\.onnx$/i, '')}.optimized.onnx`;
  const base = opts.modelPath.slice(opts.modelPath.lastIndexOf('/') + 1);
  const command = [
    'npx oci-mlops optimize', `--model ${sh(opts.modelPath)}`, `--out ${sh(optimized)}`, `--method ${o.method}`, ...(o.perChannel ? ['--per-channel'] : []),
    `--data ${sh(opts.holdoutPath)}`, `--label ${sh(opts.label)}`, ...(opts.task ? [`--task ${opts.task}`] : []),
    ...(o.maxMetricDrop !== undefined ? [`--max-metric-drop ${o.maxMetricDrop}`] : []), '--json',
  ].join(' ');
  return {
    type: 'Command', name: 'Optimize model', timeoutInSeconds,
    command: [
      'status=0', `${command} > ${sh(report)} || status=$?`, `cat ${sh(report)}`, 'if [ "$status" -ne 0 ]; then exit $status; fi',
      // The image copies the model from modelPath: the optimized model and its digest take its place.
      `mv -f ${sh(optimized)} ${sh(opts.modelPath)}`, `rm -f ${sh(`${optimized}.sha256`)}`,
      `printf '%s  %s\\n' "$(sha256sum < ${sh(opts.modelPath)} | cut -d' ' -f1)" ${sh(base)} > ${sh(`${opts.modelPath}.sha256`)}`,
    ].join('\n'),
  };
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i > 0 ? path.slice(0, i) : '.';
}
