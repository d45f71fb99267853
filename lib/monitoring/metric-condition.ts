
/** MQL comparison operators of an alarm's trigger rule. */
export const MQL_COMPARISONS = ['>', '>=', '<', '<=', '==', '!='] as const;
export type MqlComparison = (typeof MQL_COMPARISONS)[number];

/** Words for each operator, for alarm bodies (`drift score above 0.8`). */
const WORDS: Readonly<Record<MqlComparison, string>> = {
  '>': 'above', '>=': 'at or above', '<': 'below', '<=': 'at or below', '==': 'equal to', '!=': 'not equal to',
};

/**
 * Longest absence-detection period `.absent(...)` accepts here, in minutes (2 days). OCI's default
 * period without an argument is the alarm's evaluation window.
 */
export const MAX_ABSENCE_MINUTES = 2880;

/** Renders a finite threshold without exponent notation (MQL has none). */
function mqlNumber(where: string, value: number): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${where}: threshold must be a finite number, got ${String(value)}`);
  const plain = String(value);
  if (!/e/i.test(plain)) return plain;
  // 1e-7 -> 0.0000001; 1e21 -> 1000000000000000000000
  return Math.abs(value) < 1 ? value.toFixed(20).replace(/0+$/, '') : BigInt(Math.round(value)).toString();
}

/**
 * What a condition needs of its metric (an EndpointMetric): its identity for the alarm and its MQL.
 * A structural type, so that this file and endpoint-metric.ts, which makes conditions, do not import each other.
 */
export interface ConditionMetric {
  readonly props: { readonly namespace: string; readonly compartmentId: string; readonly description: string; readonly unit: string };
  toMql(): string;
}

/** A threshold trigger (`metric > 0.8`) or an absence trigger (`metric.absent()`). */
export type MetricTrigger =
  | { readonly kind: 'threshold'; readonly operator: MqlComparison; readonly threshold: number }
  | { readonly kind: 'absence'; readonly periodMinutes?: number };

/**
 * An alarm condition: a typed metric and its trigger rule. Built with the metric's
 * `greaterThan`/`lessThan`/`atLeast`/`atMost`/`equalTo`/`notEqualTo`/`absent` methods, so that
 * the query is always rendered (and escaped) by the one MQL builder; callers never write MQL.
 */
export class MetricCondition {
  /**
   * @param metric - the metric the condition reads
   * @param trigger - threshold or absence
   * @throws Error naming `MetricCondition` on an unknown operator, a non-finite threshold or an
   *   absence period outside 1..MAX_ABSENCE_MINUTES whole minutes
   */
  constructor(readonly metric: ConditionMetric, readonly trigger: MetricTrigger) {
    this.toMql();
  }

  /** The namespace the alarm queries (`namespace` of oci_monitoring_alarm). */
  get namespace(): string {
    return this.metric.props.namespace;
  }

  /** The compartment the alarm reads metrics from (`metric_compartment_id`). */
  get metricCompartmentId(): string {
    return this.metric.props.compartmentId;
  }

  /**
   * The full alarm query, e.g. `drift_score[1m]{model_id = "fraud-2"}.max() > 0.8` or
   * `prediction_requests[5m]{model_name = "fraud"}.count().absent(30m)`.
   */
  toMql(): string {
    const query = this.metric.toMql();
    const t = this.trigger;
    if (t.kind === 'threshold') {
      if (!(MQL_COMPARISONS as readonly string[]).includes(t.operator)) {
        throw new Error(`MetricCondition: operator must be one of ${MQL_COMPARISONS.join(' ')}, got ${JSON.stringify(t.operator)}`);
      }
      return `${query} ${t.operator} ${mqlNumber('MetricCondition', t.threshold)}`;
    }
    if (t.periodMinutes === undefined) return `${query}.absent()`;
    const m = t.periodMinutes;
    if (!Number.isInteger(m) || m < 1 || m > MAX_ABSENCE_MINUTES) {
      throw new Error(`MetricCondition: absence periodMinutes must be a whole number 1..${MAX_ABSENCE_MINUTES}, got ${m}`);
    }
    return `${query}.absent(${m % 60 === 0 ? `${m / 60}h` : `${m}m`})`;
  }

  /** A sentence for alarm bodies: `p95 latency of fraud-scorer above 1000 ms`. */
  describe(): string {
    const p = this.metric.props;
    const t = this.trigger;
    if (t.kind === 'absence') return `no ${p.description} datapoints${t.periodMinutes ? ` for ${t.periodMinutes} minutes` : ''}`;
    return `${p.description} ${WORDS[t.operator]} ${mqlNumber('MetricCondition', t.threshold)}${p.unit ? ` ${p.unit}` : ''}`;
  }
}
