import { type requests, type responses } from 'oci-monitoring';
import { isRetryableOciError } from '../../oci/client-configuration';
import { planMetricPosts } from '../stream/plan-metric-posts';
import { type MetricDatum } from '../stream/window-metrics';

/** The one MonitoringClient operation the publisher uses (a real `MonitoringClient` fits). */
export interface MetricsClient {
  postMetricData(request: requests.PostMetricDataRequest): Promise<responses.PostMetricDataResponse>;
}

export interface MetricPublisherOptions {
  readonly namespace: string;
  readonly compartmentId: string;
  /**
   * Datapoints kept while Monitoring is unreachable; beyond it the oldest are dropped (and counted).
   * @default 10000
   */
  readonly maxBuffered?: number;
  /**
   * Attempts per request, first included, for 429, 5xx and network errors.
   * @default 5
   */
  readonly maxAttempts?: number;
  /**
   * First backoff delay; doubles per attempt, with full jitter, up to `maxDelayMs`.
   * @default 200
   */
  readonly baseDelayMs?: number;
  /** @default 5000 */
  readonly maxDelayMs?: number;
  /** @default 100 (see planMetricPosts) */
  readonly maxDatapointsPerStream?: number;
  /** @default 262144 */
  readonly maxRequestBytes?: number;
  /** Injected clock and sleep (tests). */
  readonly now?: () => Date;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Counters since the publisher was created. */
export interface PublisherStats {
  /** Datapoints accepted by Monitoring. */
  posted: number;
  /** Dropped because the buffer was full (oldest first). */
  dropped: number;
  /** Refused for good: invalid before sending, a 4xx other than 429, or listed in failedMetrics. */
  rejected: number;
  /** Dropped because they got older than Monitoring accepts while waiting. */
  expired: number;
  /** Requests that failed after every attempt (their data went back to the buffer). */
  failedRequests: number;
  /** Attempts that were retried. */
  retries: number;
}

/**
 * Posts drift datapoints to OCI Monitoring (PostMetricData) through a bounded buffer: `enqueue`
 * never blocks and never grows the buffer past `maxBuffered` (the oldest datapoints are dropped
 * first and counted); `flush` sends the buffer in requests planned within the service's limits,
 * retrying 429, 5xx and network errors with exponential backoff and full jitter. A request that
 * still fails puts its datapoints (and the ones not tried yet) back at the head of the buffer, so
 * an outage loses nothing until the buffer is full. Create the client with
 * `ociClientConfiguration({ maxAttempts: 1 })`: retries are done here, once.
 *
 * @example
 * const publisher = new MetricPublisher(monitoringClient, { namespace: 'mlops_drift', compartmentId });
 * publisher.enqueue(datapoints);
 * await publisher.flush(); // { posted: 12, ... }
 */
export class MetricPublisher {
  private buffer: MetricDatum[] = [];
  readonly stats: PublisherStats = { posted: 0, dropped: 0, rejected: 0, expired: 0, failedRequests: 0, retries: 0 };
  private readonly maxBuffered: number;
  private flushing: Promise<PublisherStats> | null = null;

  /** @throws Error naming `MetricPublisher` when a bound is not a positive integer */
  constructor(
    private readonly client: MetricsClient,
    private readonly options: MetricPublisherOptions,
  ) {
    this.maxBuffered = options.maxBuffered ?? 10000;
    for (const [name, v] of [['maxBuffered', this.maxBuffered], ['maxAttempts', options.maxAttempts ?? 5]] as const) {
      if (!Number.isInteger(v) || v < 1) throw new Error(`MetricPublisher: ${name} must be an integer >= 1, got ${v}`);
    }
  }

  /** Datapoints waiting to be sent. */
  get buffered(): number {
    return this.buffer.length;
  }

  /** Adds datapoints at the tail; drops the oldest when the buffer would exceed `maxBuffered`. */
  enqueue(data: readonly MetricDatum[]): void {
    for (const d of data) this.buffer.push(d);
    this.trim();
  }

  /** Sends everything buffered; concurrent calls share one flush. Resolves with the counters. */
  flush(): Promise<PublisherStats> {
    this.flushing ??= this.doFlush().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private trim(): void {
    const excess = this.buffer.length - this.maxBuffered;
    if (excess > 0) {
      this.buffer.splice(0, excess);
      this.stats.dropped += excess;
    }
  }

  private async doFlush(): Promise<PublisherStats> {
    const now = (this.options.now ?? (() => new Date()))();
    const pending = this.buffer;
    this.buffer = [];
    const { posts, invalid } = planMetricPosts(
      pending,
      {
        namespace: this.options.namespace,
        compartmentId: this.options.compartmentId,
        maxDatapointsPerStream: this.options.maxDatapointsPerStream,
        maxRequestBytes: this.options.maxRequestBytes,
      },
      now,
    );
    for (const { reason } of invalid) {
      if (/old|future/.test(reason)) this.stats.expired++;
      else this.stats.rejected++;
    }
    for (let i = 0; i < posts.length; i++) {
      const post = posts[i]!;
      const outcome = await this.send(post.metricData);
      if (outcome === 'retry-later') {
        this.stats.failedRequests++;
        const unsent = posts.slice(i).flatMap((p) => p.data);
        // Back at the head, ahead of anything enqueued meanwhile; the bound still holds.
        this.buffer = [...unsent, ...this.buffer];
        this.trim();
        break;
      }
    }
    return { ...this.stats };
  }

  private async send(metricData: requests.PostMetricDataRequest['postMetricDataDetails']['metricData']): Promise<'sent' | 'retry-later'> {
    const maxAttempts = this.options.maxAttempts ?? 5;
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    const count = metricData.reduce((s, m) => s + m.datapoints.length, 0);
    for (let attempt = 1; ; attempt++) {
      try {
        const res = await this.client.postMetricData({ postMetricDataDetails: { metricData } });
        const failed = res.postMetricDataResponseDetails?.failedMetrics ?? [];
        const failedPoints = failed.reduce((s, f) => s + (f.metricData?.datapoints?.length ?? 1), 0);
        this.stats.rejected += failedPoints;
        this.stats.posted += count - failedPoints;
        return 'sent';
      } catch (err) {
        const e = err as { statusCode?: number };
        if (!isRetryableOciError(e)) {
          this.stats.rejected += count;
          return 'sent';
        }
        if (attempt >= maxAttempts) return 'retry-later';
        this.stats.retries++;
        const cap = Math.min(this.options.maxDelayMs ?? 5000, (this.options.baseDelayMs ?? 200) * 2 ** (attempt - 1));
        await sleep(Math.random() * cap);
      }
    }
  }
}
