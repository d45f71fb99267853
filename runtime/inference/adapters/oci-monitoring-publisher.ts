import { type requests } from 'oci-monitoring';
import { type AggregatedMetric, type MetricAggregator } from '../metric-aggregator';
import { startPeriodicFlush } from './periodic-flush';

/** The one Monitoring call this publisher makes; a `MonitoringClient` whose endpoint is telemetry-ingestion satisfies it. */
export interface MetricPoster {
  postMetricData(request: requests.PostMetricDataRequest): Promise<unknown>;
}

export interface MonitoringPublisherOptions {
  /** Time between posts, ms. @default 60000 */
  readonly intervalMs?: number;
  /** Metric entries per PostMetricData call (the service takes at most 50 metric streams per call). @default 50 */
  readonly maxEntriesPerCall?: number;
  /** Entries kept while Monitoring is unreachable; past it the oldest are dropped and counted. @default 5000 */
  readonly maxBuffered?: number;
}

/** Counters of a publisher. */
export interface PublisherStats {
  readonly postedEntries: number;
  readonly droppedEntries: number;
  readonly failures: number;
  readonly bufferedEntries: number;
}

/** A running publisher: `flush` posts now, `close` stops the timer after a last flush. */
export interface MonitoringPublisher {
  flush(): Promise<void>;
  stats(): PublisherStats;
  close(): Promise<void>;
}

/**
 * Posts what a `MetricAggregator` gathered to OCI Monitoring (PostMetricData) every interval, off
 * the request path: one call in flight at a time, at most `maxEntriesPerCall` entries per call,
 * failed entries kept (bounded) for the next round and counted; nothing ever reaches a request.
 *
 * @param client a `MonitoringClient` with `endpoint` set to `https://telemetry-ingestion.<region>.oraclecloud.com`
 * @param aggregator the aggregator the request observer records into
 * @param options interval, entries per call, buffer bound
 * @returns the publisher
 * @example
 * const publisher = startMonitoringPublisher(monitoringClient, aggregator, { intervalMs: 60000 });
 */
export function startMonitoringPublisher(client: MetricPoster, aggregator: MetricAggregator, options: MonitoringPublisherOptions = {}): MonitoringPublisher {
  const perCall = Math.min(options.maxEntriesPerCall ?? 50, 50);
  const maxBuffered = options.maxBuffered ?? 5000;
  let pending: AggregatedMetric[] = [];
  let postedEntries = 0;
  let droppedEntries = 0;
  let failures = 0;

  async function postAll(): Promise<void> {
    pending = pending.concat(aggregator.drain(new Date()));
    while (pending.length) {
      const chunk = pending.slice(0, perCall);
      try {
        await client.postMetricData({ postMetricDataDetails: { metricData: chunk } });
        postedEntries += chunk.length;
        pending = pending.slice(chunk.length);
      } catch {
        failures++;
        if (pending.length > maxBuffered) { droppedEntries += pending.length - maxBuffered; pending = pending.slice(pending.length - maxBuffered); }
        return;
      }
    }
  }
  const periodic = startPeriodicFlush(postAll, options.intervalMs ?? 60000);
  return {
    flush: periodic.flush,
    stats: () => ({ postedEntries, droppedEntries, failures, bufferedEntries: pending.length }),
    close: periodic.close,
  };
}
