import { mqlQuery, type MqlStatistic } from '../../runtime/contract/mql-query';
import { MetricCondition, type MqlComparison } from './metric-condition';

export type { MqlStatistic } from '../../runtime/contract/mql-query';

/** What a caller may override on a metric. */
export interface MetricOptions {
  /**
   * Statistic over each interval.
   * @default - the metric method's own default
   */
  readonly statistic?: MqlStatistic;
  /**
   * Interval in minutes, 1-60.
   * @default - the metric method's own default
   */
  readonly intervalMinutes?: number;
  /**
   * Extra dimension filters (they replace those of the same name).
   * @default - none
   */
  readonly dimensions?: Readonly<Record<string, string>>;
}

export interface EndpointMetricProps {
  /** Metric namespace: a service's (`oci_faas`) or a custom one (`mlops_inference`). */
  readonly namespace: string;
  /** Metric name in its namespace. */
  readonly name: string;
  /** Compartment whose metrics the query reads. */
  readonly compartmentId: string;
  /** Dimension filters. */
  readonly dimensions: Readonly<Record<string, string>>;
  readonly statistic: MqlStatistic;
  readonly intervalMinutes: number;
  /** Human description for alarm bodies (`p95 latency of fraud-scorer`). */
  readonly description: string;
  /** Unit of the values, for alarm messages. */
  readonly unit: string;
}

/**
 * A typed OCI Monitoring metric of a model endpoint: namespace, name, dimensions, statistic and
 * interval. Alarms and the release gate consume these objects and render MQL through one escaping
 * builder; callers never hand-write queries.
 */
export class EndpointMetric {
  constructor(readonly props: EndpointMetricProps) {
    // Render once so that a bad name, dimension or interval fails where the metric is made.
    this.toMql();
  }

  /** A copy with the given options applied (statistic, interval, extra dimensions). */
  with(opts: MetricOptions): EndpointMetric {
    return new EndpointMetric({
      ...this.props,
      statistic: opts.statistic ?? this.props.statistic,
      intervalMinutes: opts.intervalMinutes ?? this.props.intervalMinutes,
      dimensions: { ...this.props.dimensions, ...opts.dimensions },
    });
  }

  /** The metric's MQL without a condition, e.g. `prediction_latency_ms[1m]{model_name = "fraud"}.percentile(0.95)`. */
  toMql(): string {
    return mqlQuery({ metric: this.props.name, intervalMinutes: this.props.intervalMinutes, dimensions: this.props.dimensions, statistic: this.props.statistic });
  }

  /** Alarm condition `metric > threshold`. */
  greaterThan(threshold: number): MetricCondition {
    return this.compare('>', threshold);
  }

  /** Alarm condition `metric >= threshold`. */
  atLeast(threshold: number): MetricCondition {
    return this.compare('>=', threshold);
  }

  /** Alarm condition `metric < threshold`. */
  lessThan(threshold: number): MetricCondition {
    return this.compare('<', threshold);
  }

  /** Alarm condition `metric <= threshold`. */
  atMost(threshold: number): MetricCondition {
    return this.compare('<=', threshold);
  }

  /** Alarm condition `metric == value`. */
  equalTo(value: number): MetricCondition {
    return this.compare('==', value);
  }

  /** Alarm condition `metric != value`. */
  notEqualTo(value: number): MetricCondition {
    return this.compare('!=', value);
  }

  /** Alarm condition with any comparison operator. */
  compare(operator: MqlComparison, threshold: number): MetricCondition {
    return new MetricCondition(this, { kind: 'threshold', operator, threshold });
  }

  /**
   * Alarm condition that fires when the metric has no datapoints (`.absent()`), e.g. an endpoint
   * that stopped receiving traffic or a monitor that stopped posting.
   *
   * @param periodMinutes - absence-detection period in whole minutes
   * @default - OCI's default absence-detection period
   */
  absent(periodMinutes?: number): MetricCondition {
    return new MetricCondition(this, { kind: 'absence', periodMinutes });
  }
}
