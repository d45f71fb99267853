import { StreamClient } from 'oci-streaming';
import { type BatchRejectedError } from '../../../runtime/data-quality/batch-rejected-error';
import { checkRows } from '../../../runtime/data-quality/check-rows';
import { DataQualitySuiteSchema } from '../../../runtime/data-quality/suite-schema';
import { consumeFeatureStream, type InvalidStreamMessage } from '../../../runtime/feature-store/adapters/consume-feature-stream';
import { openEmbeddedFeatureStore, type EmbeddedFeatureStore } from '../../../runtime/feature-store/adapters/open-embedded-feature-store';
import { getHistoricalFeatures } from '../../../runtime/feature-store/get-historical-features';
import { registerFeatureGroup } from '../../../runtime/feature-store/register-feature-group';
import { ociClientConfiguration } from '../../../runtime/oci';
import { OciTestServer } from '../../support/oci-test-server';
import { FakeStream } from './fake-stream';
import { DRIVER_STATS, T } from './helpers';

const STREAM = 'ocid1.stream.oc1.eu-frankfurt-1.aaaatest';

describe('consumeFeatureStream with a real Streaming client against a signed-request test server', () => {
  const server = new OciTestServer();
  let endpoint: string;
  let stream: FakeStream;
  let stores: EmbeddedFeatureStore;
  const client = () => {
    const c = new StreamClient({ authenticationDetailsProvider: server.auth }, ociClientConfiguration({ maxDelaySec: 0.01, maxAttempts: 3 }));
    c.endpoint = endpoint;
    return c;
  };
  const trips = async (...times: number[]) =>
    (await getHistoricalFeatures(stores, { entityRows: times.map((t) => ({ driver_id: 'd1', event_time: T(t) })), features: ['driver_stats:trips_today'] })).rows.map((r) => r.trips_today);

  beforeAll(async () => {
    endpoint = await server.start();
    // The SDK's retrier logs each retry of the failures these tests cause on purpose.
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await server.stop();
  });
  beforeEach(async () => {
    stream = new FakeStream(STREAM);
    server.setHandler((req) => stream.handle(req));
    stores = await openEmbeddedFeatureStore(':memory:');
    await registerFeatureGroup(stores, DRIVER_STATS);
  });
  afterEach(() => stores.close());

  test('ingests each poll as one batch, commits after it, and retries a failed GetMessages', async () => {
    stream.push(
      { driver_id: 'd1', event_time: T(0), trips_today: 1 },
      [{ driver_id: 'd1', event_time: T(60), trips_today: 2 }, { driver_id: 'd2', event_time: T(60), trips_today: 5 }],
      { driver_id: 'd1', event_time: T(60), trips_today: 3 },
    );
    stream.failNext = { path: '/messages', status: 500, times: 1 };
    const batches: number[] = [];
    const result = await consumeFeatureStream(stores, { client: client(), streamId: STREAM, featureGroup: 'driver_stats', consumerGroup: 'ingest', limit: 2, stopWhenIdle: true, onBatch: (b) => batches.push(b.seq) });
    expect(result).toEqual({ polls: 3, messages: 3, written: 4, overwritten: 1, skipped: 0, batchesRejected: 0, rowsRejected: 0 });
    expect(batches).toEqual([1, 2]);
    expect(stream.committed).toBe(2);
    expect(stream.calls).toEqual(['POST /groupCursors', 'GET /messages', 'GET /messages', 'POST /commit', 'GET /messages', 'POST /commit', 'GET /messages']);
    expect(server.requests.every((r) => r.signatureError === null)).toBe(true);
    expect(await trips(30, 60)).toEqual([1, 3]);
  });

  test('fails on an invalid message naming its partition and offset, ingesting and committing nothing of that poll', async () => {
    stream.push({ driver_id: 'd1', event_time: T(0), trips_today: 1 }, { driver_id: 'd1', event_time: T(5), trips_today: 'lots' });
    await expect(consumeFeatureStream(stores, { client: client(), streamId: STREAM, featureGroup: 'driver_stats', consumerGroup: 'ingest', stopWhenIdle: true })).rejects.toThrow(
      /partition 0 offset 1 column "trips_today": expected int64, got "lots"[\s\S]*nothing from this poll was committed/,
    );
    expect(stream.committed).toBe(-1);
    expect(stream.calls).not.toContain('POST /commit');
    expect(await trips(10)).toEqual([null]);
  });

  test('skips undecodable and invalid messages when asked, reporting them and committing past them', async () => {
    stream.push('not json', { driver_id: 'd1', event_time: T(0), trips_today: 4 }, { driver_id: 'd1', colour: 'red', event_time: T(1) }, []);
    const invalid: InvalidStreamMessage[] = [];
    const result = await consumeFeatureStream(stores, {
      client: client(), streamId: STREAM, featureGroup: 'driver_stats', consumerGroup: 'ingest', stopWhenIdle: true, invalidMessages: 'skip', onInvalidMessage: (m) => invalid.push(m),
    });
    expect(result).toMatchObject({ messages: 4, written: 1, skipped: 3 });
    expect(invalid.map((m) => [m.offset, m.reason.slice(0, 40)])).toEqual([
      [0, 'the message value is not base64-encoded '],
      [2, 'validateFeatureRows: group "driver_stats'],
      [3, 'the message value must be a JSON object '],
    ]);
    expect(stream.committed).toBe(3);
    expect(await trips(0)).toEqual([4]);
  });

  test('rejects a poll that fails the data-quality check (checkRows): counted, reported with the results, committed, not ingested', async () => {
    const suite = DataQualitySuiteSchema.parse({ name: 'drivers', columns: { trips_today: { type: 'integer', min: 0 } } });
    const columns = ['driver_id', 'event_time', 'trips_today', 'rating', 'city', 'active'];
    stream.push({ driver_id: 'd1', event_time: T(0), trips_today: 2 }, { driver_id: 'd2', event_time: T(0), trips_today: -4 }, { driver_id: 'd1', event_time: T(60), trips_today: 7 });
    const rejected: BatchRejectedError[] = [];
    const result = await consumeFeatureStream(stores, {
      client: client(), streamId: STREAM, featureGroup: 'driver_stats', consumerGroup: 'ingest', limit: 2, stopWhenIdle: true,
      checkBatch: (rows, source) => checkRows(rows, columns, suite, source), onBatchRejected: (e) => rejected.push(e),
    });
    expect(result).toMatchObject({ messages: 3, written: 1, batchesRejected: 1, rowsRejected: 2 });
    expect(rejected.map((e) => e.message)).toEqual([`stream ${STREAM} partition 0 offset 0 to partition 0 offset 1: batch rejected by data-quality suite "drivers": 1 expectation failed (trips_today.min)`]);
    expect(rejected[0]!.result.results[1]).toMatchObject({ expectation: 'trips_today.min', observed: -4, unexpected_count: 1, unexpected_rows: [2] });
    expect(stream.committed).toBe(2);
    expect(await trips(0, 60)).toEqual([null, 7]);
  });

  test('fails when Streaming keeps failing after the client retries, without committing', async () => {
    stream.push({ driver_id: 'd1', event_time: T(0), trips_today: 1 });
    stream.failNext = { path: '/messages', status: 503, times: 5 };
    await expect(consumeFeatureStream(stores, { client: client(), streamId: STREAM, featureGroup: 'driver_stats', consumerGroup: 'ingest', stopWhenIdle: true })).rejects.toMatchObject({ statusCode: 503 });
    expect(stream.calls.filter((c) => c === 'GET /messages')).toHaveLength(3);
    expect(stream.committed).toBe(-1);
  });

  test('stops polling when the signal aborts', async () => {
    const controller = new AbortController();
    const run = consumeFeatureStream(stores, { client: client(), streamId: STREAM, featureGroup: 'driver_stats', consumerGroup: 'ingest', idleDelayMs: 60_000, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(run).resolves.toMatchObject({ messages: 0 });
  });

  test('stops at once when the signal aborts while a poll is in flight', async () => {
    const controller = new AbortController();
    server.setHandler((req) => {
      // The abort lands while GetMessages is being answered, before the consumer waits.
      if (req.url.includes('/messages')) controller.abort();
      return stream.handle(req);
    });
    const run = consumeFeatureStream(stores, { client: client(), streamId: STREAM, featureGroup: 'driver_stats', consumerGroup: 'ingest', idleDelayMs: 600_000, signal: controller.signal });
    await expect(run).resolves.toMatchObject({ polls: 1, messages: 0 });
  });

  test('fails on an unregistered group or a limit out of range', async () => {
    await expect(consumeFeatureStream(stores, { client: client(), streamId: STREAM, featureGroup: 'nope', consumerGroup: 'g' })).rejects.toThrow(/feature group "nope" is not registered/);
    await expect(consumeFeatureStream(stores, { client: client(), streamId: STREAM, featureGroup: 'driver_stats', consumerGroup: 'g', limit: 0 })).rejects.toThrow(/limit must be 1-10000 messages, got 0/);
  });
});
