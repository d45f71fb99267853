import { quantileSorted } from 'simple-statistics';

/** Latency percentiles in milliseconds. */
export interface LatencyPercentiles {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

/**
 * The 50th, 95th and 99th percentiles of measured latencies, with linear interpolation between
 * ranks (NumPy's default `percentile` method, through simple-statistics).
 *
 * @param samplesMs - one duration per run, milliseconds
 * @returns p50, p95 and p99 in milliseconds
 * @throws Error naming `latencyPercentiles` when there is no sample or a sample is negative or not finite
 * @example
 * latencyPercentiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]); // { p50: 5.5, p95: 9.549999999999999, p99: 9.91 }
 */
export function latencyPercentiles(samplesMs: ArrayLike<number>): LatencyPercentiles {
  if (samplesMs.length === 0) throw new Error('latencyPercentiles: no samples; at least one run is needed');
  for (let i = 0; i < samplesMs.length; i++) {
    const v = samplesMs[i]!;
    if (!(Number.isFinite(v) && v >= 0)) throw new Error(`latencyPercentiles: samplesMs[${i}] is ${v}; durations must be finite and >= 0`);
  }
  const sorted = Array.from(samplesMs).sort((a, b) => a - b);
  return { p50: quantileSorted(sorted, 0.5), p95: quantileSorted(sorted, 0.95), p99: quantileSorted(sorted, 0.99) };
}
