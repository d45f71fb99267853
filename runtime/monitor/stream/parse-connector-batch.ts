import { z } from 'zod';
import { normalizePredictionLog } from './normalize-prediction-log';
import { type PredictionLogRecord, PredictionLogRecordSchema } from './prediction-log-record';

/**
 * One message as Service Connector Hub hands a Streaming source to a Functions target: the shape
 * of the Streaming GetMessages API, with `key` and `value` base64-encoded.
 */
const ConnectorMessageSchema = z
  .object({
    stream: z.string().optional(),
    partition: z.union([z.string(), z.number()]).optional(),
    key: z.string().nullable().optional(),
    value: z.string(),
    offset: z.number().optional(),
    timestamp: z.string().optional(),
  })
  .loose();

export interface ParsedConnectorBatch {
  /** Valid records with their effective time (the record's, else the message's, else `now`). */
  readonly records: { readonly record: PredictionLogRecord; readonly time: Date }[];
  /** Messages that could not be used, with the reason (the batch still goes on). */
  readonly rejected: { readonly index: number; readonly offset?: number; readonly reason: string }[];
}

/**
 * Decodes a Service Connector Hub batch from Streaming: a JSON array of messages
 * `{stream, partition, key, value, offset, timestamp}` whose `value` is the base64 of a
 * prediction-log record (JSON), possibly inside the OCI Logging envelope and possibly a whole
 * request's rows (see normalizePredictionLog). A message that is not base64 JSON or not a valid
 * record is rejected with its reason; the rest of the batch is kept.
 *
 * @param body - the function's input: the JSON text, a Buffer, or an already parsed array
 * @param now - time used when neither the record nor the message has one
 * @returns the records and the rejected messages
 * @throws Error naming `parseConnectorBatch` when the body is not a JSON array
 * @example
 * const value = Buffer.from(JSON.stringify({ model_id: 'm1', features: { x: 1 } })).toString('base64');
 * parseConnectorBatch(JSON.stringify([{ stream: 's', partition: '0', key: null, value, offset: 7, timestamp: '2026-01-01T00:00:00.000Z' }]), new Date());
 * // { records: [{ record: { model_id: 'm1', features: { x: 1 } }, time: 2026-01-01T00:00:00.000Z }], rejected: [] }
 */
export function parseConnectorBatch(body: unknown, now: Date): ParsedConnectorBatch {
  let messages: unknown = body;
  if (Buffer.isBuffer(body)) messages = body.toString('utf8');
  if (typeof messages === 'string') {
    try {
      messages = messages.trim() === '' ? [] : JSON.parse(messages);
    } catch (err) {
      throw new Error(`parseConnectorBatch: the body is not JSON: ${(err as Error).message}`);
    }
  }
  if (!Array.isArray(messages)) throw new Error(`parseConnectorBatch: expected a JSON array of stream messages, got ${typeof messages}`);
  const records: { record: PredictionLogRecord; time: Date }[] = [];
  const rejected: { index: number; offset?: number; reason: string }[] = [];
  messages.forEach((raw, index) => {
    const msg = ConnectorMessageSchema.safeParse(raw);
    if (!msg.success) {
      rejected.push({ index, reason: `not a stream message: ${msg.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` });
      return;
    }
    const offset = msg.data.offset;
    let decoded: unknown;
    try {
      const text = Buffer.from(msg.data.value, 'base64').toString('utf8');
      decoded = JSON.parse(text);
    } catch {
      rejected.push({ index, offset, reason: 'value is not base64-encoded JSON' });
      return;
    }
    for (const candidate of normalizePredictionLog(decoded)) {
      const rec = PredictionLogRecordSchema.safeParse(candidate);
      if (!rec.success) {
        rejected.push({ index, offset, reason: `not a prediction-log record: ${rec.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}` });
        continue;
      }
      const stamp = rec.data.timestamp ?? msg.data.timestamp;
      const time = stamp && !Number.isNaN(Date.parse(stamp)) ? new Date(stamp) : now;
      records.push({ record: rec.data, time });
    }
  });
  return { records, rejected };
}
