import { TABLE_FORMATS, type TableFormat } from '../../runtime/data';
import { runModelValidation } from '../../runtime/validation/adapters/run-model-validation';
import { formatValidationReport } from '../../runtime/validation/format-validation-report';
import { toValidationJson } from '../../runtime/validation/to-validation-json';
import { type ThresholdResult, type ValidationLimits, type ValidationTask } from '../../runtime/validation/types';
import { ValidationInputError } from '../../runtime/validation/validation-input-error';
import { CliError } from '../cli-error';
import { type CommandRegistrar } from '../command-registrar';

/** Exit code for unusable input (missing column, unreadable model, signature mismatch, bad option). */
export const EXIT_UNUSABLE_INPUT = 2;
/** Exit code when at least one threshold failed. */
export const EXIT_THRESHOLD_FAILED = 1;

/** The options of `validate-model`, as commander hands them over (strings until checked). */
export interface ValidateModelOptions {
  readonly model?: string;
  readonly data?: string;
  readonly label?: string;
  readonly task?: string;
  readonly features?: string;
  readonly minAccuracy?: string;
  readonly minF1?: string;
  readonly minAuc?: string;
  readonly maxRmse?: string;
  readonly maxP95Ms?: string;
  readonly latencyRuns?: string;
  readonly warmupRuns?: string;
  readonly json?: boolean;
  readonly format?: string;
}

const LIMIT_FLAGS: readonly [keyof ValidationLimits, keyof ValidateModelOptions, string][] = [
  ['minAccuracy', 'minAccuracy', '--min-accuracy'],
  ['minF1', 'minF1', '--min-f1'],
  ['minAuc', 'minAuc', '--min-auc'],
  ['maxRmse', 'maxRmse', '--max-rmse'],
  ['maxP95Ms', 'maxP95Ms', '--max-p95-ms'],
];

const THRESHOLD_FLAGS: Record<ThresholdResult['name'], string> = {
  min_accuracy: '--min-accuracy', min_f1: '--min-f1', min_auc: '--min-auc', max_rmse: '--max-rmse', max_p95_ms: '--max-p95-ms',
};

function unusable(message: string): CliError {
  return new CliError(`validate-model: ${message}`, EXIT_UNUSABLE_INPUT);
}

function number(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const v = raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(v)) throw unusable(`${flag} must be a number, got ${JSON.stringify(raw)}`);
  return v;
}

/**
 * Runs `validate-model` and writes its report (or JSON document) with `write`.
 *
 * @returns when every threshold passed
 * @throws CliError with exit code 1 naming every failed threshold (after the report was written),
 *   or 2 for unusable input, naming the mismatch
 */
export async function validateModel(opts: ValidateModelOptions, write: (text: string) => void): Promise<void> {
  const missing = (['model', 'data', 'label'] as const).filter((k) => !opts[k]);
  if (missing.length) throw unusable(`missing required option(s): ${missing.map((k) => `--${k}`).join(', ')}`);
  if (opts.task !== undefined && opts.task !== 'classification' && opts.task !== 'regression') {
    throw unusable(`--task must be classification or regression, got ${JSON.stringify(opts.task)}`);
  }
  const limits: Record<string, number> = {};
  for (const [key, opt, flag] of LIMIT_FLAGS) {
    const v = number(flag, opts[opt] as string | undefined);
    if (v !== undefined) limits[key] = v;
  }
  if (opts.format !== undefined && !(TABLE_FORMATS as readonly string[]).includes(opts.format)) {
    throw unusable(`--format must be one of ${TABLE_FORMATS.join(', ')}, got ${JSON.stringify(opts.format)}`);
  }
  const features = opts.features?.split(',').map((f) => f.trim());
  if (features && features.some((f) => f === '')) throw unusable(`--features must be a comma-separated list of column names, got ${JSON.stringify(opts.features)}`);
  let result;
  try {
    result = await runModelValidation({
      model: opts.model!, data: opts.data!, format: opts.format as TableFormat | undefined, label: opts.label!, task: opts.task as ValidationTask | undefined, features,
      limits, latencyRuns: number('--latency-runs', opts.latencyRuns), warmupRuns: number('--warmup-runs', opts.warmupRuns),
    });
  } catch (err) {
    if (err instanceof ValidationInputError) throw unusable(err.message);
    throw err;
  }
  write(opts.json ? `${JSON.stringify(toValidationJson(result), null, 2)}\n` : formatValidationReport(result));
  const failed = result.thresholds.filter((t) => !t.passed);
  if (failed.length) {
    const what = failed.map((t) => `${THRESHOLD_FLAGS[t.name]} ${t.limit} (got ${t.value})`);
    throw new CliError(`validate-model: ${failed.length} threshold(s) failed: ${what.join('; ')}`, EXIT_THRESHOLD_FAILED);
  }
}

export const registerValidateModel: CommandRegistrar = (program) => {
  program
    .command('validate-model')
    .description(
      'Validate an ONNX model on a hold-out table (CSV, CSV.gz or Parquet; local or oci://): signature check, classification or regression metrics, latency percentiles, thresholds. ' +
        'Exit 0 when every threshold passes, 1 naming each failed threshold, 2 for unusable input.',
    )
    .option('--model <FILE.onnx>', 'the model (required)')
    .option('--data <HOLDOUT.csv|HOLDOUT.parquet>', 'hold-out table: CSV with a header row, CSV.gz or Parquet; a path or oci://bucket@namespace/object (required)')
    .option('--format <csv|parquet>', 'format of --data, for a name without a .csv, .csv.gz or .parquet extension')
    .option('--label <COLUMN>', 'label column: class indices 0..K-1 or class names, or the regression target (required)')
    .option('--task <classification|regression>', 'the task (default: inferred from the model outputs)')
    .option('--features <a,b,c>', 'feature columns in input order, for a single-input model (default: every column but the label, in file order)')
    .option('--min-accuracy <X>', 'fail below this accuracy (0..1)')
    .option('--min-f1 <X>', 'fail below this macro F1 (0..1)')
    .option('--min-auc <X>', 'fail below this one-vs-rest macro ROC AUC (0..1; binary: positive class)')
    .option('--max-rmse <X>', 'fail above this RMSE (target units)')
    .option('--max-p95-ms <X>', 'fail above this p95 single-row latency, milliseconds')
    .option('--latency-runs <N>', 'timed single-row runs', '200')
    .option('--warmup-runs <N>', 'untimed runs before them', '20')
    .option('--json', 'print the result as JSON instead of the report')
    .action((opts: ValidateModelOptions) => validateModel(opts, (text) => process.stdout.write(text)));
};
