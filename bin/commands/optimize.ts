import { optimizeModel, type OptimizeModelOptions } from '../../runtime/optimization/adapters/optimize-model';
import { formatOptimizationReport } from '../../runtime/optimization/format-optimization-report';
import { NothingToOptimizeError } from '../../runtime/optimization/nothing-to-optimize-error';
import { OptimizationInputError } from '../../runtime/optimization/optimization-input-error';
import { type OptimizationMethod } from '../../runtime/optimization/types';
import { CliError } from '../cli-error';
import { type CommandRegistrar } from '../command-registrar';

/** Exit code for unusable input (unreadable model or hold-out, bad option). */
export const EXIT_BAD_INPUT = 1;
/** Exit code when the model has nothing the method can change (no model written). */
export const EXIT_NOTHING_TO_OPTIMIZE = 2;
/** Exit code when the metric drop is over --max-metric-drop (no model written). */
export const EXIT_METRIC_DROP = 3;

/** The options of `optimize`, as commander hands them over (strings until checked). */
export interface OptimizeOptions {
  readonly model?: string;
  readonly out?: string;
  readonly method?: string;
  readonly perChannel?: boolean;
  readonly weightType?: string;
  readonly reduceRange?: boolean;
  readonly graphLevel?: string;
  readonly cpuFallback?: boolean;
  readonly candidate?: string;
  readonly data?: string;
  readonly label?: string;
  readonly task?: string;
  readonly maxMetricDrop?: string;
  readonly evalBatchRows?: string;
  readonly latencyRuns?: string;
  readonly throughputBatch?: string;
  readonly throughputRuns?: string;
  readonly json?: boolean;
}

const METHODS: readonly OptimizationMethod[] = ['dynamic-int8', 'fp16', 'graph', 'external'];

function bad(message: string): CliError {
  return new CliError(`optimize: ${message}`, EXIT_BAD_INPUT);
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw bad(`${flag} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  return value as T;
}

function number(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const v = raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(v)) throw bad(`${flag} must be a number, got ${JSON.stringify(raw)}`);
  return v;
}

/**
 * Runs `optimize` and writes its report (or JSON document) with `write`.
 *
 * @returns when the optimized model was written
 * @throws CliError exit 1 for bad input, 2 when the method has nothing to change, 3 when the
 *   metric drop is over --max-metric-drop (after the report was written)
 */
export async function optimize(opts: OptimizeOptions, write: (text: string) => void): Promise<void> {
  const missing = (['model', 'out', 'method'] as const).filter((k) => !opts[k]);
  if (missing.length) throw bad(`missing required option(s): ${missing.map((k) => `--${k}`).join(', ')}`);
  const method = oneOf('--method', opts.method, METHODS)!;
  if (method !== 'dynamic-int8' && (opts.perChannel || opts.weightType || opts.reduceRange)) throw bad('--per-channel, --weight-type and --reduce-range apply to --method dynamic-int8 only');
  if (method !== 'graph' && opts.graphLevel) throw bad('--graph-level applies to --method graph only');
  if (method !== 'fp16' && opts.cpuFallback === false) throw bad('--no-cpu-fallback applies to --method fp16 only');
  const options: OptimizeModelOptions = {
    model: opts.model!, out: opts.out!, method,
    perChannel: opts.perChannel, reduceRange: opts.reduceRange,
    weightType: oneOf('--weight-type', opts.weightType, ['int8', 'uint8'] as const),
    graphLevel: oneOf('--graph-level', opts.graphLevel, ['basic', 'extended', 'all'] as const),
    fp16KeepCpuFallbacks: opts.cpuFallback === false,
    candidate: opts.candidate, data: opts.data, label: opts.label,
    task: oneOf('--task', opts.task, ['classification', 'regression'] as const),
    maxMetricDrop: number('--max-metric-drop', opts.maxMetricDrop),
    evalBatchRows: number('--eval-batch-rows', opts.evalBatchRows),
    latencyRuns: number('--latency-runs', opts.latencyRuns),
    throughputBatch: number('--throughput-batch', opts.throughputBatch),
    throughputRuns: number('--throughput-runs', opts.throughputRuns),
  };
  let report;
  try {
    report = await optimizeModel(options);
  } catch (err) {
    if (err instanceof OptimizationInputError) throw bad(err.message);
    if (err instanceof NothingToOptimizeError) {
      if (opts.json) write(`${JSON.stringify({ method, passed: false, nothing_to_optimize: true, skipped_nodes: err.skipped }, null, 2)}\n`);
      throw new CliError(`optimize: ${err.message}; no model written`, EXIT_NOTHING_TO_OPTIMIZE);
    }
    throw err;
  }
  write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatOptimizationReport(report));
  if (!report.passed) {
    const what = report.metric === 'accuracy' ? 'accuracy drop' : 'relative RMSE rise';
    throw new CliError(`optimize: ${what} ${report.metric_drop} is over --max-metric-drop ${report.max_metric_drop}; no model written`, EXIT_METRIC_DROP);
  }
}

export const registerOptimize: CommandRegistrar = (program) => {
  program
    .command('optimize')
    .description(
      'Optimize an ONNX model (dynamic-int8, fp16 or ONNX Runtime graph optimizations; or gate a model optimized elsewhere) and report size, latency, throughput, output difference and hold-out metrics before and after. ' +
        'Exit 0 when written, 1 for bad input, 2 when the method has nothing to change, 3 when the metric drop is over --max-metric-drop.',
    )
    .option('--model <FILE.onnx>', 'the float model (required)')
    .option('--out <OUT.onnx>', 'where the optimized model goes, with OUT.onnx.sha256 beside it (required)')
    .option('--method <dynamic-int8|fp16|graph|external>', 'the optimization (required); external: a model optimized elsewhere, given with --candidate')
    .option('--candidate <FILE.onnx>', 'external: the pruned, distilled or otherwise optimized model, measured and gated against --model')
    .option('--per-channel', 'dynamic-int8: one scale and zero point per output channel')
    .option('--weight-type <int8|uint8>', 'dynamic-int8: weight type (default int8, symmetric; uint8 is asymmetric)')
    .option('--reduce-range', 'dynamic-int8: 7-bit weights (x86 CPUs without VNNI)')
    .option('--graph-level <basic|extended|all>', 'graph: ONNX Runtime optimization level (default all)')
    .option('--no-cpu-fallback', 'fp16: keep nodes in float16 even where this CPU has no float16 kernel (for a model served on another architecture)')
    .option('--data <HOLDOUT.csv>', 'hold-out data: metrics before and after, and the rows compared and timed')
    .option('--label <COLUMN>', 'label column of the hold-out')
    .option('--task <classification|regression>', 'the task (default: inferred from the model outputs)')
    .option('--max-metric-drop <X>', 'fail (exit 3, no model written) above this drop of accuracy (0.01 = one point) or relative rise of RMSE (0.01 = 1 %)')
    .option('--eval-batch-rows <N>', 'rows per run when scoring the hold-out and comparing outputs (dynamic int8 depends on it)', '1024')
    .option('--latency-runs <N>', 'timed single-row runs per model', '200')
    .option('--throughput-batch <N>', 'rows per run for the throughput figure', '1024')
    .option('--throughput-runs <N>', 'timed runs for the throughput figure', '20')
    .option('--json', 'print the report as JSON')
    .action((opts: OptimizeOptions) => optimize(opts, (text) => process.stdout.write(text)));
};
