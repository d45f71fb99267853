import { performance } from 'node:perf_hooks';
import { mean } from 'simple-statistics';
import type * as ort from 'onnxruntime-node';
import { type InputColumns } from '../../validation/types';
import { latencyPercentiles } from '../../validation/latency-percentiles';
import { inputFeeds } from '../input-feeds';

/** Timings of one batch size: the design's `benchmark_model` figures. */
export interface BatchTiming {
  readonly batch_size: number;
  readonly iterations: number;
  readonly mean_ms: number;
  readonly p50_ms: number;
  readonly p95_ms: number;
  readonly p99_ms: number;
  /** batch_size / mean latency. */
  readonly rows_per_s: number;
}

/** Options of `timeBatches`. */
export interface TimeBatchesOptions {
  readonly batchSize: number;
  /** Timed runs. */
  readonly iterations: number;
  /** Untimed runs before them (allocator, caches, lazy initialization). */
  readonly warmup: number;
}

/**
 * Times `session.run` on batches of one size, warm-up excluded: each run takes the next rows of the
 * input columns (wrapping around), the feeds built before the clock starts; every output is fetched.
 *
 * @param session - an open ONNX Runtime session
 * @param columns - input columns (hold-out or generated)
 * @param rows - rows the columns hold
 * @param opts - batch size, timed runs, warm-up runs
 * @returns mean, p50, p95, p99 latency in ms and rows per second
 * @throws Error naming `timeBatches` when a count is not a positive integer (warm-up may be 0)
 * @example
 * const t = await timeBatches(session, columns, 3783, { batchSize: 1024, iterations: 50, warmup: 5 }); // t.rows_per_s
 */
export async function timeBatches(session: ort.InferenceSession, columns: readonly InputColumns[], rows: number, opts: TimeBatchesOptions): Promise<BatchTiming> {
  const { batchSize, iterations, warmup } = opts;
  if (!Number.isInteger(batchSize) || batchSize < 1 || !Number.isInteger(iterations) || iterations < 1 || !Number.isInteger(warmup) || warmup < 0) {
    throw new Error(`timeBatches: batchSize and iterations must be integers >= 1 and warmup >= 0, got ${batchSize}, ${iterations}, ${warmup}`);
  }
  const durations = new Float64Array(iterations);
  for (let i = 0; i < warmup + iterations; i++) {
    const feeds = inputFeeds(columns, rows, i * batchSize, batchSize);
    const t0 = performance.now();
    await session.run(feeds);
    if (i >= warmup) durations[i - warmup] = performance.now() - t0;
  }
  const p = latencyPercentiles(durations);
  const m = mean(Array.from(durations));
  return { batch_size: batchSize, iterations, mean_ms: m, p50_ms: p.p50, p95_ms: p.p95, p99_ms: p.p99, rows_per_s: (batchSize * 1000) / m };
}
