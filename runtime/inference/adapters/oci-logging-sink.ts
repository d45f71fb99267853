import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { type requests } from 'oci-loggingingestion';
import { type PredictionLogRecord } from '../prediction-log-record';
import { startPeriodicFlush } from './periodic-flush';
import { type PredictionLogSink, type SinkStats } from './prediction-log-sink';

/** The one Logging ingestion call this sink makes; a `LoggingClient` satisfies it. */
export interface LogPutter {
  putLogs(request: requests.PutLogsRequest): Promise<unknown>;
}

export interface OciLoggingSinkOptions {
  /** OCID of the custom log records are put into. */
  readonly logId: string;
  /** `source` of each batch (the host or function). @default - `os.hostname()` */
  readonly source?: string;
  /** Records per PutLogs call. @default 500 */
  readonly maxBatch?: number;
  /** Records kept while the service is unreachable; past it the oldest are dropped and counted. @default 10000 */
  readonly maxBuffered?: number;
  /** Time between flushes, ms. @default 1000 */
  readonly flushIntervalMs?: number;
}

/**
 * A sink posting prediction records to OCI Logging (`oci-loggingingestion` PutLogs) in batches, off
 * the request path: `write` appends to a bounded buffer; a timer (unref'd) flushes it, one request
 * in flight at a time. A failed batch goes back to the front of the buffer and is counted; the
 * client's retry policy (`ociClientConfiguration`) retries 429/5xx inside each call.
 *
 * @param client a `LoggingClient`
 * @param options log OCID, source, batch and buffer sizes, flush interval
 * @returns the sink
 * @example
 * const sink = createOciLoggingSink(loggingClient, { logId: 'ocid1.log.oc1..aaaa' });
 */
export function createOciLoggingSink(client: LogPutter, options: OciLoggingSinkOptions): PredictionLogSink {
  const maxBatch = options.maxBatch ?? 500;
  const maxBuffered = options.maxBuffered ?? 10000;
  const source = options.source ?? hostname();
  let buffer: PredictionLogRecord[] = [];
  let sent = 0;
  let dropped = 0;
  let failures = 0;

  async function sendOnce(): Promise<void> {
    while (buffer.length) {
      const batch = buffer.slice(0, maxBatch);
      buffer = buffer.slice(batch.length);
      try {
        await client.putLogs({
          logId: options.logId,
          putLogsDetails: {
            specversion: '1.0',
            logEntryBatches: [{
              source,
              type: 'mlops.inference.prediction',
              subject: batch[0]!.model_name,
              defaultlogentrytime: new Date(),
              entries: batch.map((r) => ({ id: r.request_id || randomUUID(), data: JSON.stringify(r), time: new Date(r.timestamp) })),
            }],
          },
        });
        sent += batch.length;
      } catch {
        failures++;
        buffer = batch.concat(buffer);
        if (buffer.length > maxBuffered) { dropped += buffer.length - maxBuffered; buffer = buffer.slice(buffer.length - maxBuffered); }
        return;
      }
    }
  }
  const periodic = startPeriodicFlush(sendOnce, options.flushIntervalMs ?? 1000);
  return {
    write(record) {
      buffer.push(record);
      if (buffer.length > maxBuffered) { buffer.shift(); dropped++; }
    },
    flush: periodic.flush,
    stats(): SinkStats { return { sent, dropped, failures, buffered: buffer.length }; },
    close: periodic.close,
  };
}
