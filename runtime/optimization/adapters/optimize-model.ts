import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { onnx } from 'onnx-proto';
import { ModelSession } from '../../inference/model-session';
import { type InputColumns } from '../../validation/types';
import { runModelValidation } from '../../validation/adapters/run-model-validation';
import { type ClassificationMetrics, type RegressionMetrics, type ValidationTask } from '../../validation/types';
import { ValidationInputError } from '../../validation/validation-input-error';
import { convertToFloat16 } from '../convert-to-float16';
import { generateInputColumns } from '../generate-input-columns';
import { metricDrop } from '../metric-drop';
import { NothingToOptimizeError } from '../nothing-to-optimize-error';
import { OptimizationInputError } from '../optimization-input-error';
import { quantizeDynamicInt8 } from '../quantize-dynamic-int8';
import { type GraphRewrite, type OptimizationMethod, type SkippedNode } from '../types';
import { compareOutputs } from './compare-outputs';
import { convertModelToFloat16 } from './convert-model-to-float16';
import { openServingSession, type ServingSession } from './open-serving-session';
import { optimizeGraphWithOrt } from './optimize-graph-with-ort';
import { type OrtGraphLevel } from './ort-optimized-graph';
import { readHoldoutColumns } from './read-holdout-columns';
import { type BatchTiming, timeBatches } from './time-batches';

/** Options of `optimizeModel`, as `oci-mlops optimize` takes them. */
export interface OptimizeModelOptions {
  /** The float model (`.onnx`). */
  readonly model: string;
  /** Where the optimized model is written (and `<out>.sha256` beside it). */
  readonly out: string;
  readonly method: OptimizationMethod;
  /** dynamic-int8: one scale per output channel. @default false */
  readonly perChannel?: boolean;
  /** dynamic-int8: weight type. @default 'int8' */
  readonly weightType?: 'int8' | 'uint8';
  /** dynamic-int8: 7-bit weights. @default false */
  readonly reduceRange?: boolean;
  /** graph: ONNX Runtime's optimization level. @default 'all' */
  readonly graphLevel?: Exclude<OrtGraphLevel, 'disabled'>;
  /** fp16: keep every convertible node in float16 even where the CPU provider falls back to float32 (ONNX Runtime then casts around it). @default false */
  readonly fp16KeepCpuFallbacks?: boolean;
  /** external: the model optimized elsewhere (same inputs and outputs as `model`). */
  readonly candidate?: string;
  /** The hold-out file the metrics are measured on. @default - no metrics; inputs generated from the signature */
  readonly data?: string;
  /** Label column of the hold-out (required with data). */
  readonly label?: string;
  /** @default - inferred from the model's outputs */
  readonly task?: ValidationTask;
  /** Fail (no model written) when the drop of accuracy, or the relative rise of RMSE, is larger. @default - no limit */
  readonly maxMetricDrop?: number;
  /**
   * Rows per run when the hold-out is scored and the outputs compared. Dynamic quantization takes
   * the activation range of each run's batch, so the int8 model's predictions depend on it; the
   * default is the size of a large serving request.
   * @default 1024
   */
  readonly evalBatchRows?: number;
  /** Timed single-row runs per model. @default 200 */
  readonly latencyRuns?: number;
  /** Rows per run for the throughput figure. @default 1024 */
  readonly throughputBatch?: number;
  /** Timed runs of `throughputBatch` rows per model. @default 20 */
  readonly throughputRuns?: number;
}

/** Latency of single-row runs, milliseconds. */
export interface LatencySummary {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly mean: number;
}

/** The report of `oci-mlops optimize` (`--json`). */
export interface OptimizationReport {
  readonly method: OptimizationMethod;
  readonly size_bytes: { readonly before: number; readonly after: number };
  readonly latency_ms: { readonly before: LatencySummary; readonly after: LatencySummary };
  /** Rows per second at `throughput_batch_size` rows per run. */
  readonly throughput_rows_per_s: { readonly before: number; readonly after: number };
  readonly throughput_batch_size: number;
  /** Largest |before - after| over every float output, on the hold-out (or generated rows). */
  readonly max_abs_output_diff: number;
  /** Share of rows with the same predicted label; null without a label output. */
  readonly label_agreement: number | null;
  /** Rows the outputs were compared on, and where they came from. */
  readonly compared_rows: number;
  readonly inputs_from: 'holdout' | 'generated';
  /** Rows per run when scoring and comparing (dynamic quantization depends on it). */
  readonly eval_batch_rows: number;
  /** validate-model's metrics on the hold-out; null without --data. */
  readonly metrics: { readonly before: ClassificationMetrics | RegressionMetrics; readonly after: ClassificationMetrics | RegressionMetrics } | null;
  /** Drop of accuracy (classification) or relative rise of RMSE (regression); null without --data. */
  readonly metric_drop: number | null;
  readonly metric: 'accuracy' | 'rmse' | null;
  readonly max_metric_drop: number | null;
  readonly passed: boolean;
  readonly changed_nodes: readonly string[];
  readonly skipped_nodes: readonly SkippedNode[];
  /** The written model and its digest; null when the gate failed (nothing written). */
  readonly output: { readonly path: string; readonly sha256: string } | null;
}

function positiveInteger(flag: string, value: number, min = 1): number {
  if (!Number.isInteger(value) || value < min) throw new OptimizationInputError(`${flag} must be an integer >= ${min}, got ${value}`);
  return value;
}

async function rewrite(bytes: Uint8Array, opts: OptimizeModelOptions): Promise<GraphRewrite> {
  if (opts.method === 'dynamic-int8') {
    return quantizeDynamicInt8(onnx.ModelProto.decode(bytes), { perChannel: opts.perChannel, weightType: opts.weightType, reduceRange: opts.reduceRange });
  }
  if (opts.method === 'external') {
    try {
      return { model: onnx.ModelProto.decode(readFileSync(opts.candidate ?? '')), changed: [`${opts.candidate} (optimized elsewhere)`], skipped: [] };
    } catch (err) {
      throw new OptimizationInputError(`--candidate ${opts.candidate}: cannot read the optimized model: ${(err as Error).message}`);
    }
  }
  if (opts.method === 'fp16') return opts.fp16KeepCpuFallbacks ? convertToFloat16(onnx.ModelProto.decode(bytes)) : convertModelToFloat16(bytes);
  return optimizeGraphWithOrt(bytes, opts.graphLevel ?? 'all');
}

async function timing(s: ServingSession, columns: readonly InputColumns[], rows: number, latencyRuns: number, batch: number, runs: number): Promise<{ latency: LatencySummary; throughput: number }> {
  const single: BatchTiming = await timeBatches(s.session, columns, rows, { batchSize: 1, iterations: latencyRuns, warmup: Math.min(20, latencyRuns) });
  const large = await timeBatches(s.session, columns, rows, { batchSize: batch, iterations: runs, warmup: 3 });
  return { latency: { p50: single.p50_ms, p95: single.p95_ms, p99: single.p99_ms, mean: single.mean_ms }, throughput: large.rows_per_s };
}

function writeAtomically(path: string, bytes: Uint8Array | string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
}

/**
 * Optimizes a model with one method and measures the trade-off: file size, single-row latency
 * (p50/p95/p99/mean) and throughput before and after, the largest output difference and label
 * agreement on the same rows (both models run by ONNX Runtime), and, with a hold-out, the metrics
 * of `validate-model` (the same reader, binding and metric code) and their drop. The optimized
 * model must load in ONNX Runtime as the serving runtime opens it and, when the original passes
 * the inference runtime's loading checks (`ModelSession.load`), pass them too. It is written with
 * `<out>.sha256` (each through a temporary file and a rename) only when the gate passes.
 *
 * @param opts - model, output, method and its options, hold-out, gate, run counts
 * @returns the report
 * @throws OptimizationInputError for unusable input (unreadable files, bad options, a hold-out
 *   that does not fit the model); NothingToOptimizeError when the method has nothing to change
 * @example
 * const report = await optimizeModel({ model: 'models/sensor-mote-mlp.onnx', out: 'mlp-int8.onnx', method: 'dynamic-int8', perChannel: true, data: 'models/sensor-mote-mlp-holdout.csv', label: 'mote_id', maxMetricDrop: 0.01 });
 */
export async function optimizeModel(opts: OptimizeModelOptions): Promise<OptimizationReport> {
  const latencyRuns = positiveInteger('--latency-runs', opts.latencyRuns ?? 200);
  const throughputBatch = positiveInteger('--throughput-batch', opts.throughputBatch ?? 1024);
  const throughputRuns = positiveInteger('--throughput-runs', opts.throughputRuns ?? 20);
  const evalBatchRows = positiveInteger('--eval-batch-rows', opts.evalBatchRows ?? 1024);
  if ((opts.data === undefined) !== (opts.label === undefined)) throw new OptimizationInputError('--data and --label go together: the hold-out file and its label column');
  if ((opts.method === 'external') !== (opts.candidate !== undefined)) throw new OptimizationInputError('--candidate (the model optimized elsewhere) goes with --method external, and only with it');
  if (opts.maxMetricDrop !== undefined) {
    if (!Number.isFinite(opts.maxMetricDrop) || opts.maxMetricDrop < 0) throw new OptimizationInputError(`--max-metric-drop must be a number >= 0 (0.01 = one accuracy point, or 1 % more RMSE), got ${opts.maxMetricDrop}`);
    if (opts.data === undefined) throw new OptimizationInputError('--max-metric-drop needs --data and --label: the drop is measured on the hold-out');
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(opts.model));
  } catch (err) {
    throw new OptimizationInputError(`${opts.model}: cannot read the model file: ${(err as Error).message}`);
  }
  let before: ServingSession;
  try {
    before = await openServingSession(bytes);
  } catch (err) {
    throw new OptimizationInputError(`${opts.model}: ${(err as Error).message}`);
  }
  let after: ServingSession | null = null;
  const tmp = join(dirname(opts.out), `.${basename(opts.out)}.${process.pid}.tmp.onnx`);
  try {
    let result: GraphRewrite;
    try {
      result = await rewrite(bytes, opts);
    } catch (err) {
      if (err instanceof OptimizationInputError) throw err;
      throw new OptimizationInputError(`${opts.model}: ${(err as Error).message}`);
    }
    if (result.changed.length === 0) throw new NothingToOptimizeError(opts.method, result.skipped);
    const outBytes = onnx.ModelProto.encode(result.model).finish();
    // Our own rewrite failing to load is a fault of this tool, not of the input: plain Error.
    try {
      after = await openServingSession(outBytes);
    } catch (err) {
      if (opts.method === 'external') throw new OptimizationInputError(`${opts.candidate}: ${(err as Error).message}`);
      throw err;
    }
    const sha256 = createHash('sha256').update(outBytes).digest('hex');
    const servable = await ModelSession.load(bytes, { name: 'before', expectedSha256: createHash('sha256').update(bytes).digest('hex'), source: opts.model }).then((s) => s.release().then(() => true), () => false);
    if (servable) await (await ModelSession.load(outBytes, { name: 'after', expectedSha256: sha256, source: opts.out })).release();

    let columns: InputColumns[];
    let rows: number;
    let inputsFrom: OptimizationReport['inputs_from'];
    try {
      writeFileSync(tmp, outBytes);
    } catch (err) {
      throw new OptimizationInputError(`${opts.out}: cannot write the optimized model: ${(err as Error).message}`);
    }
    let metrics: OptimizationReport['metrics'] = null;
    let drop: ReturnType<typeof metricDrop> | null = null;
    try {
      if (opts.data !== undefined) {
        ({ columns, rows } = await readHoldoutColumns(before.inputs, opts.data, opts.label!));
        inputsFrom = 'holdout';
        const validate = (model: string) => runModelValidation({ model, data: opts.data!, label: opts.label!, task: opts.task, latencyRuns: 1, warmupRuns: 0, batchRows: evalBatchRows });
        const [b, a] = [await validate(opts.model), await validate(tmp)];
        metrics = { before: b.metrics, after: a.metrics };
        drop = metricDrop(b.task, b.metrics, a.metrics);
      } else {
        rows = throughputBatch;
        columns = generateInputColumns(before.inputs, rows);
        inputsFrom = 'generated';
      }
    } catch (err) {
      if (err instanceof ValidationInputError) throw new OptimizationInputError(err.message);
      throw err;
    }
    const comparison = await compareOutputs(before, after, columns, rows, evalBatchRows);
    const t0 = await timing(before, columns, rows, latencyRuns, throughputBatch, throughputRuns);
    const t1 = await timing(after, columns, rows, latencyRuns, throughputBatch, throughputRuns);
    const passed = opts.maxMetricDrop === undefined || drop === null || drop.drop <= opts.maxMetricDrop;
    if (passed) {
      renameSync(tmp, opts.out);
      writeAtomically(`${opts.out}.sha256`, `${sha256}  ${basename(opts.out)}\n`);
    }
    return {
      method: opts.method,
      size_bytes: { before: bytes.length, after: outBytes.length },
      latency_ms: { before: t0.latency, after: t1.latency },
      throughput_rows_per_s: { before: t0.throughput, after: t1.throughput },
      throughput_batch_size: throughputBatch,
      max_abs_output_diff: comparison.maxAbsDiff,
      label_agreement: comparison.labelAgreement,
      compared_rows: comparison.rows,
      inputs_from: inputsFrom,
      eval_batch_rows: evalBatchRows,
      metrics,
      metric_drop: drop?.drop ?? null,
      metric: drop?.metric ?? null,
      max_metric_drop: opts.maxMetricDrop ?? null,
      passed,
      changed_nodes: result.changed,
      skipped_nodes: result.skipped,
      output: passed ? { path: opts.out, sha256 } : null,
    };
  } finally {
    rmSync(tmp, { force: true });
    await before.session.release();
    if (after) await after.session.release();
  }
}
