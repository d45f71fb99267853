import { type StreamClient } from 'oci-streaming';
import { type CreateGroupCursorDetails } from 'oci-streaming/lib/model';
import { BatchRejectedError } from '../../data-quality/batch-rejected-error';
import { ingest, type IngestResult } from '../ingest';
import { type FeatureStores } from '../types';
import { validateFeatureRows } from '../validate-feature-rows';

/** The three Streaming operations the consumer uses; a real `StreamClient` fits. */
export type FeatureStreamClient = Pick<StreamClient, 'createGroupCursor' | 'getMessages' | 'consumerCommit'>;

/** A message that could not be ingested, when `invalidMessages` is `skip`. */
export interface InvalidStreamMessage {
  readonly partition: string;
  readonly offset: number;
  readonly reason: string;
}

export interface ConsumeFeatureStreamOptions {
  /** A Streaming client whose endpoint is the stream pool's messages endpoint. */
  readonly client: FeatureStreamClient;
  readonly streamId: string;
  /** The feature group the messages belong to. */
  readonly featureGroup: string;
  /** Streaming consumer group: partitions are shared among its instances and offsets committed per group. */
  readonly consumerGroup: string;
  /**
   * This consumer's instance name within the group.
   * @default - the service assigns one
   */
  readonly instanceName?: string;
  /**
   * Where a consumer group without committed offsets starts.
   * @default 'TRIM_HORIZON'
   */
  readonly startAt?: 'TRIM_HORIZON' | 'LATEST';
  /**
   * Messages per GetMessages call, 1-10000.
   * @default 1000
   */
  readonly limit?: number;
  /**
   * `fail`: an undecodable or invalid message fails the poll (nothing ingested or committed; the same
   * messages come again). `skip`: it is reported to `onInvalidMessage`, the others are ingested and
   * its offset is committed with them.
   * @default 'fail'
   */
  readonly invalidMessages?: 'fail' | 'skip';
  readonly onInvalidMessage?: (message: InvalidStreamMessage) => void;
  /**
   * Checks each poll's rows before they are ingested (the feature group's data-quality suite, see
   * `checkRows`). A `BatchRejectedError` rejects the poll's rows: reported to `onBatchRejected`, not
   * ingested, committed (the same rows would fail again). Any other error fails the poll.
   * @default - no check
   */
  readonly checkBatch?: (rows: readonly Record<string, unknown>[], source: string) => Promise<unknown>;
  readonly onBatchRejected?: (rejection: BatchRejectedError) => void;
  /** Called after each ingested and committed poll (with the default `rows`). */
  readonly onBatch?: (result: IngestResult) => void;
  /**
   * How a poll's rows are checked and written, for groups whose messages are not feature rows (the
   * raw events of a computed group): `validate` checks one message's rows (throws to refuse them),
   * `write` writes a poll's rows, given a unique id per row (partition, offset, place in the message).
   * @default - rows are feature rows: `validateFeatureRows` and `ingest` into the offline store
   */
  readonly rows?: {
    validate(rows: readonly Record<string, unknown>[]): void;
    write(rows: readonly Record<string, unknown>[], ids: readonly string[], rowLabel: (i: number) => string): Promise<{ written: number; overwritten: number }>;
  };
  /**
   * Return after the first poll that brings no messages (a scheduled job or function draining the
   * stream); otherwise keep polling until `signal` aborts.
   * @default false
   */
  readonly stopWhenIdle?: boolean;
  /**
   * Pause after an empty poll, milliseconds.
   * @default 1000
   */
  readonly idleDelayMs?: number;
  readonly signal?: AbortSignal;
}

export interface ConsumeFeatureStreamResult {
  readonly polls: number;
  readonly messages: number;
  readonly written: number;
  readonly overwritten: number;
  readonly skipped: number;
  /** Polls whose rows the data-quality check rejected. */
  readonly batchesRejected: number;
  readonly rowsRejected: number;
}

/**
 * Ingests a feature group from an OCI Streaming stream, at least once: each message value is a JSON
 * row object (or an array of them) for the group; each poll's rows are ingested as one batch and only
 * then is the poll committed (`ConsumerCommit`, with commit-on-get off). A crash between ingest and
 * commit replays the poll, which is harmless: the same (entity, event time) rows overwrite
 * themselves. Retries of throttled or failed calls come from the client's retry configuration
 * (`ociClientConfiguration`).
 *
 * @param stores the registry and the offline store
 * @param opts stream, groups, batching and stop conditions
 * @returns counts of polls, messages, written, overwritten and skipped rows
 * @throws Error naming the partition and offset of an invalid message (with `invalidMessages: 'fail'`),
 *   or the Streaming error once the client's retries are spent
 * @example
 * const client = new StreamClient({ authenticationDetailsProvider: await createAuthProvider() }, ociClientConfiguration());
 * client.endpoint = 'https://cell-1.streaming.eu-frankfurt-1.oci.oraclecloud.com';
 * await consumeFeatureStream(stores, { client, streamId, featureGroup: 'driver_stats', consumerGroup: 'feature-ingest', stopWhenIdle: true });
 */
export async function consumeFeatureStream(stores: Pick<FeatureStores, 'registry' | 'offline'>, opts: ConsumeFeatureStreamOptions): Promise<ConsumeFeatureStreamResult> {
  const limit = opts.limit ?? 1000;
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new Error(`consumeFeatureStream: limit must be 1-10000 messages, got ${limit}`);
  const group = await stores.registry.latest(opts.featureGroup);
  if (!group) throw new Error(`consumeFeatureStream: feature group "${opts.featureGroup}" is not registered`);
  const skip = (opts.invalidMessages ?? 'fail') === 'skip';

  const created = await opts.client.createGroupCursor({
    streamId: opts.streamId,
    createGroupCursorDetails: {
      groupName: opts.consumerGroup,
      instanceName: opts.instanceName,
      type: (opts.startAt ?? 'TRIM_HORIZON') as CreateGroupCursorDetails.Type,
      commitOnGet: false,
    },
  });
  let cursor = created.cursor.value;
  const totals = { polls: 0, messages: 0, written: 0, overwritten: 0, skipped: 0, batchesRejected: 0, rowsRejected: 0 };
  while (!opts.signal?.aborted) {
    const got = await opts.client.getMessages({ streamId: opts.streamId, cursor, limit });
    totals.polls++;
    if (got.items.length === 0) {
      cursor = got.opcNextCursor;
      if (opts.stopWhenIdle) break;
      await delay(opts.idleDelayMs ?? 1000, opts.signal);
      continue;
    }
    const rows: Record<string, unknown>[] = [];
    const labels: string[] = [];
    const ids: string[] = [];
    for (const message of got.items) {
      const where = `partition ${message.partition} offset ${message.offset}`;
      try {
        const decoded = decode(message.value);
        if (skip && opts.rows) opts.rows.validate(decoded);
        else if (skip) validateFeatureRows(group.definition, decoded);
        decoded.forEach((row, i) => {
          rows.push(row);
          labels.push(where);
          ids.push(`${message.partition}:${message.offset}:${i}`);
        });
      } catch (err) {
        const reason = (err as Error).message;
        if (!skip) throw new Error(`consumeFeatureStream: stream ${opts.streamId} ${where}: ${reason}; nothing from this poll was ingested or committed`);
        totals.skipped++;
        opts.onInvalidMessage?.({ partition: message.partition, offset: message.offset, reason });
      }
    }
    totals.messages += got.items.length;
    if (rows.length > 0 && opts.checkBatch) {
      const source = `stream ${opts.streamId} ${labels[0]} to ${labels[labels.length - 1]}`;
      try {
        await opts.checkBatch(rows, source);
      } catch (err) {
        if (!(err instanceof BatchRejectedError)) throw err;
        totals.batchesRejected++;
        totals.rowsRejected += rows.length;
        opts.onBatchRejected?.(err);
        rows.length = 0;
      }
    }
    if (rows.length > 0) {
      const failed = (err: Error): never => {
        throw new Error(`consumeFeatureStream: stream ${opts.streamId}: ${err.message}; nothing from this poll was committed`);
      };
      const rowLabel = (i: number) => labels[i]!;
      if (opts.rows) {
        const result = await opts.rows.write(rows, ids, rowLabel).catch(failed);
        totals.written += result.written;
        totals.overwritten += result.overwritten;
      } else {
        const result = await ingest(stores, opts.featureGroup, rows, { rowLabel }).catch(failed);
        totals.written += result.written;
        totals.overwritten += result.overwritten;
        opts.onBatch?.(result);
      }
    }
    cursor = (await opts.client.consumerCommit({ streamId: opts.streamId, cursor: got.opcNextCursor })).cursor.value;
  }
  return totals;
}

function decode(base64: string): Record<string, unknown>[] {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(base64, 'base64').toString('utf8'));
  } catch (err) {
    throw new Error(`the message value is not base64-encoded JSON (${(err as Error).message})`);
  }
  const rows = Array.isArray(value) ? value : [value];
  if (rows.length === 0 || rows.some((r) => r === null || typeof r !== 'object' || Array.isArray(r))) {
    throw new Error('the message value must be a JSON object (one row) or a non-empty array of objects');
  }
  return rows as Record<string, unknown>[];
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    // An abort during the poll has already fired: its event will not come again.
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
