import { benchmarkModel } from '../../runtime/optimization/adapters/benchmark-model';
import { type BenchmarkReport } from '../../runtime/optimization/adapters/benchmark-model';
import { OptimizationInputError } from '../../runtime/optimization/optimization-input-error';
import { CliError } from '../cli-error';
import { type CommandRegistrar } from '../command-registrar';

/** The options of `benchmark`, as commander hands them over (strings until checked). */
export interface BenchmarkOptions {
  readonly model?: string;
  readonly data?: string;
  readonly label?: string;
  readonly batchSizes?: string;
  readonly iterations?: string;
  readonly warmup?: string;
  readonly threads?: string;
  readonly json?: boolean;
}

function bad(message: string): CliError {
  return new CliError(`benchmark: ${message}`, 1);
}

function integer(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim())) throw bad(`${flag} must be a whole number, got ${JSON.stringify(raw)}`);
  return Number(raw);
}

function format(r: BenchmarkReport): string {
  const pad = (s: string, n: number) => s.padStart(n);
  const lines = [
    `${r.model}: ${r.inputs_from} inputs, ${r.threads} intra-op thread(s), ${r.warmup} warm-up runs excluded`,
    `${pad('batch', 6)} ${pad('runs', 6)} ${pad('mean ms', 10)} ${pad('p50 ms', 10)} ${pad('p95 ms', 10)} ${pad('p99 ms', 10)} ${pad('rows/s', 12)}`,
    ...r.results.map((t) => `${pad(String(t.batch_size), 6)} ${pad(String(t.iterations), 6)} ${pad(t.mean_ms.toFixed(4), 10)} ${pad(t.p50_ms.toFixed(4), 10)} ${pad(t.p95_ms.toFixed(4), 10)} ${pad(t.p99_ms.toFixed(4), 10)} ${pad(Math.round(t.rows_per_s).toString(), 12)}`),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Runs `benchmark` and writes its table (or JSON document) with `write`.
 *
 * @throws CliError exit 1 for bad input, naming the option or file
 */
export async function benchmark(opts: BenchmarkOptions, write: (text: string) => void): Promise<void> {
  if (!opts.model) throw bad('missing required option --model');
  const sizes = opts.batchSizes?.split(',').map((s) => integer('--batch-sizes', s)!);
  let report;
  try {
    report = await benchmarkModel({
      model: opts.model, data: opts.data, label: opts.label, batchSizes: sizes,
      iterations: integer('--iterations', opts.iterations), warmup: integer('--warmup', opts.warmup), threads: integer('--threads', opts.threads),
    });
  } catch (err) {
    if (err instanceof OptimizationInputError) throw bad(err.message);
    throw err;
  }
  write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : format(report));
}

export const registerBenchmark: CommandRegistrar = (program) => {
  program
    .command('benchmark')
    .description('Time an ONNX model per batch size: mean, p50, p95, p99 latency and rows per second, warm-up excluded, on hold-out rows or inputs generated from its signature. Exit 1 for bad input.')
    .option('--model <FILE.onnx>', 'the model (required)')
    .option('--data <FILE.csv>', 'rows to feed (default: generated from the input signature)')
    .option('--label <COLUMN>', 'label column of --data, left out of the features')
    .option('--batch-sizes <1,32,1024>', 'batch sizes', '1,32,1024')
    .option('--iterations <N>', 'timed runs per batch size', '100')
    .option('--warmup <N>', 'untimed runs before them', '10')
    .option('--threads <N>', 'ONNX Runtime intra-op threads', '1')
    .option('--json', 'print the result as JSON')
    .action((opts: BenchmarkOptions) => benchmark(opts, (text) => process.stdout.write(text)));
};
