import { readFileSync } from 'node:fs';
import { type InputColumns } from '../../validation/types';
import { ValidationInputError } from '../../validation/validation-input-error';
import { generateInputColumns } from '../generate-input-columns';
import { OptimizationInputError } from '../optimization-input-error';
import { openServingSession } from './open-serving-session';
import { readHoldoutColumns } from './read-holdout-columns';
import { type BatchTiming, timeBatches } from './time-batches';

/** Options of `benchmarkModel`, as `oci-mlops benchmark` takes them. */
export interface BenchmarkModelOptions {
  readonly model: string;
  /** Rows to feed (a hold-out file). @default - generated from the model's input signature */
  readonly data?: string;
  /** Label column of `data`, left out of the features (required with data). */
  readonly label?: string;
  /** @default [1, 32, 1024] */
  readonly batchSizes?: readonly number[];
  /** Timed runs per batch size. @default 100 */
  readonly iterations?: number;
  /** Untimed runs before them. @default 10 */
  readonly warmup?: number;
  /** ONNX Runtime intra-op threads. @default 1 */
  readonly threads?: number;
}

/** The result of `oci-mlops benchmark --json`. */
export interface BenchmarkReport {
  readonly model: string;
  readonly inputs_from: 'holdout' | 'generated';
  readonly threads: number;
  readonly warmup: number;
  readonly results: readonly BatchTiming[];
}

function integer(flag: string, v: number, min: number): number {
  if (!Number.isInteger(v) || v < min) throw new OptimizationInputError(`${flag} must be an integer >= ${min}, got ${v}`);
  return v;
}

/**
 * The design's `benchmark_model`: for each batch size, the mean, p50, p95 and p99 latency of
 * `session.run` and the rows per second, warm-up runs excluded, on rows of a hold-out file or rows
 * generated from the model's input signature. The model is opened as the serving runtime opens it.
 *
 * @param opts - model, data, batch sizes, runs, threads
 * @returns one timing per batch size
 * @throws OptimizationInputError for an unreadable model or data, data that does not fit the model, or bad counts
 * @example
 * const report = await benchmarkModel({ model: 'models/sensor-mote-mlp.onnx', batchSizes: [1, 1024], iterations: 200 });
 */
export async function benchmarkModel(opts: BenchmarkModelOptions): Promise<BenchmarkReport> {
  const batchSizes = opts.batchSizes ?? [1, 32, 1024];
  if (batchSizes.length === 0) throw new OptimizationInputError('--batch-sizes must list at least one batch size');
  batchSizes.forEach((b) => integer('--batch-sizes', b, 1));
  const iterations = integer('--iterations', opts.iterations ?? 100, 1);
  const warmup = integer('--warmup', opts.warmup ?? 10, 0);
  const threads = integer('--threads', opts.threads ?? 1, 1);
  if ((opts.data === undefined) !== (opts.label === undefined)) throw new OptimizationInputError('--data and --label go together: the rows to feed and the label column to leave out');
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(opts.model));
  } catch (err) {
    throw new OptimizationInputError(`${opts.model}: cannot read the model file: ${(err as Error).message}`);
  }
  let s;
  try {
    s = await openServingSession(bytes, threads);
  } catch (err) {
    throw new OptimizationInputError(`${opts.model}: ${(err as Error).message}`);
  }
  try {
    let columns: InputColumns[];
    let rows: number;
    try {
      if (opts.data !== undefined) {
        ({ columns, rows } = await readHoldoutColumns(s.inputs, opts.data, opts.label!));
      } else {
        rows = Math.max(...batchSizes);
        columns = generateInputColumns(s.inputs, rows);
      }
    } catch (err) {
      // Data that does not fit the model, or a model input no rows can be made up for.
      throw new OptimizationInputError(err instanceof ValidationInputError ? err.message : `${opts.model}: ${(err as Error).message}`);
    }
    const results: BatchTiming[] = [];
    for (const batchSize of batchSizes) results.push(await timeBatches(s.session, columns, rows, { batchSize, iterations, warmup }));
    return { model: opts.model, inputs_from: opts.data !== undefined ? 'holdout' : 'generated', threads, warmup, results };
  } finally {
    await s.session.release();
  }
}
