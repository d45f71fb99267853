import { type PriceEntry, type PriceId } from './price-table';
import { HOURS_PER_MONTH } from './pricing-context';
import { roundCost } from './round-cost';
import { type Recommendation, type RecommendedChange } from './recommendation';
import { resizeByUtilization, type ScalingThresholds } from './resize-by-utilization';
import { type UtilizationSummary } from './summarize-utilization';

/** A function's current settings. */
export interface FunctionSize {
  readonly endpoint: string;
  readonly memoryMib: number;
  /** Provisioned concurrency units (0: off). */
  readonly provisionedConcurrency: number;
}

/**
 * Right-sizes a function's provisioned concurrency from its hourly peak concurrency
 * (`AllocatedTotalConcurrency` / memory): the 95th percentile as a share of the provisioned units
 * is judged against the thresholds. Function memory is not judged: oci_faas reports the memory
 * allocated, not the memory a function uses, so any change would be a guess.
 *
 * @param metrics - `concurrency`: concurrent executions per hour (peak); `invocations` and `duration`: evidence only
 * @example
 * recommendFunction({ endpoint: 'scorer', memoryMib: 2048, provisionedConcurrency: 10 }, metrics, DEFAULT_THRESHOLDS, prices);
 */
export function recommendFunction(
  size: FunctionSize,
  metrics: { readonly concurrency: UtilizationSummary; readonly invocations: UtilizationSummary; readonly duration: UtilizationSummary },
  thresholds: ScalingThresholds,
  prices: ReadonlyMap<PriceId, PriceEntry>,
): Recommendation {
  const notes = ['memoryMib not judged: oci_faas publishes the memory allocated, not the memory used'];
  const base = { endpoint: size.endpoint, kind: 'function' as const, evidence: { Concurrency: metrics.concurrency, FunctionInvocationCount: metrics.invocations, FunctionExecutionDuration: metrics.duration } };
  if (metrics.concurrency.status !== 'ok') return { ...base, status: 'insufficient data', changes: [], monthlySaving: 0, notes };
  if (size.provisionedConcurrency === 0) return { ...base, status: 'keep', changes: [], monthlySaving: 0, notes: [...notes, 'no provisioned concurrency to resize'] };
  const utilization = (metrics.concurrency.p95 / size.provisionedConcurrency) * 100;
  const to = resizeByUtilization(size.provisionedConcurrency, utilization, thresholds, 1);
  const changes: RecommendedChange[] = to === size.provisionedConcurrency ? [] : [{ field: 'provisionedConcurrency', from: size.provisionedConcurrency, to }];
  // Idle provisioned units are priced at the execution rate (price-function.ts says why).
  const perUnit = (size.memoryMib / 1024) * HOURS_PER_MONTH * 3600 * prices.get('functions.execution')!.listPrice;
  return { ...base, status: changes.length ? 'resize' : 'keep', changes, monthlySaving: roundCost((size.provisionedConcurrency - to) * perUnit), notes };
}
