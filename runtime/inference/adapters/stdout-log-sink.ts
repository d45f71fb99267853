import { type PredictionLogRecord } from '../prediction-log-record';
import { type PredictionLogSink, type SinkStats } from './prediction-log-sink';

/**
 * A sink writing one JSON line per record to a stream (stdout in OCI Functions, whose logs OCI
 * Logging collects). Lines are joined and written once per event-loop turn, after the responses.
 *
 * @param out the stream to write to
 * @returns the sink
 * @example
 * const sink = createStdoutLogSink(process.stdout);
 */
export function createStdoutLogSink(out: NodeJS.WritableStream = process.stdout): PredictionLogSink {
  let pending: string[] = [];
  let sent = 0;
  let failures = 0;
  let scheduled = false;
  const drain = () => {
    scheduled = false;
    if (!pending.length) return;
    const lines = pending;
    pending = [];
    try {
      out.write(`${lines.join('\n')}\n`);
      sent += lines.length;
    } catch {
      failures++;
    }
  };
  return {
    write(record: PredictionLogRecord) {
      pending.push(JSON.stringify(record));
      if (!scheduled) { scheduled = true; setImmediate(drain); }
    },
    async flush() { drain(); },
    stats(): SinkStats { return { sent, dropped: 0, failures, buffered: pending.length }; },
    async close() { drain(); },
  };
}
