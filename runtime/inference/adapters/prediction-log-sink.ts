import { type PredictionLogRecord } from '../prediction-log-record';

/** Counters every sink exposes (on `/metrics` and in tests). */
export interface SinkStats {
  /** Records delivered. */
  readonly sent: number;
  /** Records dropped because the buffer was full (oldest first). */
  readonly dropped: number;
  /** Delivery attempts that failed (after the client's own retries). */
  readonly failures: number;
  /** Records waiting. */
  readonly buffered: number;
}

/**
 * Where prediction log records go. `write` only buffers: it never blocks or throws; delivery
 * happens later, batched, and its failures are counted, never surfaced to a request.
 */
export interface PredictionLogSink {
  write(record: PredictionLogRecord): void;
  /** Delivers what is buffered now (called on shutdown). */
  flush(): Promise<void>;
  stats(): SinkStats;
  /** Stops the timer and flushes. */
  close(): Promise<void>;
}
