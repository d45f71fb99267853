import { quoteMqlValue } from './quote-mql-value';

/** An MQL statistic the canary gate uses. */
export type MqlStatistic = 'sum' | 'max' | 'mean' | 'count' | { readonly percentile: number };

export interface MqlQuerySpec {
  /** Metric name: letters, digits, `_`, `.`, `-`, `$`. */
  readonly metric: string;
  /** Interval in whole minutes, 1..60 (`[Nm]`). */
  readonly intervalMinutes: number;
  /** Dimension filters, rendered in the given order as `name = "value"`. */
  readonly dimensions?: Readonly<Record<string, string>>;
  /** Aggregate all matching streams into one (`.grouping()`) before the statistic. @default false */
  readonly grouping?: boolean;
  readonly statistic: MqlStatistic;
}

const NAME = /^[A-Za-z0-9_.$-]+$/;

/**
 * Builds an MQL expression such as
 * `prediction_latency_ms[10m]{model_name = "iris", model_version = "2"}.grouping().percentile(0.95)`,
 * quoting every dimension value (`quoteMqlValue`) and checking names, interval and percentile.
 *
 * @param spec - metric, interval, dimension filters, grouping and statistic
 * @returns the MQL expression
 * @throws Error naming `mqlQuery` and the bad part: a metric or dimension name with other
 *   characters, an interval outside 1..60 minutes, a percentile outside (0, 1), an empty or
 *   control-character dimension value
 * @example
 * mqlQuery({ metric: 'prediction_requests', intervalMinutes: 5, dimensions: { model_name: 'iris' }, grouping: true, statistic: 'sum' });
 * // 'prediction_requests[5m]{model_name = "iris"}.grouping().sum()'
 */
export function mqlQuery(spec: MqlQuerySpec): string {
  if (!NAME.test(spec.metric)) throw new Error(`mqlQuery: metric name ${JSON.stringify(spec.metric)} may hold only letters, digits, '_', '.', '-' and '$'`);
  if (!Number.isInteger(spec.intervalMinutes) || spec.intervalMinutes < 1 || spec.intervalMinutes > 60) {
    throw new Error(`mqlQuery: intervalMinutes must be a whole number 1..60, got ${spec.intervalMinutes}`);
  }
  const filters = Object.entries(spec.dimensions ?? {}).map(([name, value]) => {
    if (!NAME.test(name)) throw new Error(`mqlQuery: dimension name ${JSON.stringify(name)} may hold only letters, digits, '_', '.', '-' and '$'`);
    try {
      return `${name} = ${quoteMqlValue(value)}`;
    } catch (err) {
      throw new Error(`mqlQuery: dimension ${name}: ${(err as Error).message}`);
    }
  });
  let statistic: string;
  if (typeof spec.statistic === 'string') {
    if (!['sum', 'max', 'mean', 'count'].includes(spec.statistic)) throw new Error(`mqlQuery: statistic must be sum, max, mean, count or a percentile, got ${JSON.stringify(spec.statistic)}`);
    statistic = `${spec.statistic}()`;
  } else {
    const p = spec.statistic.percentile;
    if (!(p > 0 && p < 1)) throw new Error(`mqlQuery: percentile must be within (0, 1), got ${p}`);
    statistic = `percentile(${p})`;
  }
  return `${spec.metric}[${spec.intervalMinutes}m]${filters.length ? `{${filters.join(', ')}}` : ''}${spec.grouping ? '.grouping()' : ''}.${statistic}`;
}
