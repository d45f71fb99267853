import { type PriceEntry, type PriceId } from './price-table';
import { HOURS_PER_MONTH } from './pricing-context';
import { recommendFunctionMemory } from './recommend-function-memory';
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
  /** Compartment of its own custom metrics (functionMetricsCompartment); undefined: the compartment read. */
  readonly metricsCompartmentId?: string;
}

/** The usage a function is judged on, over the window. */
export interface FunctionUsage {
  /** Concurrent executions per hour (peak, `AllocatedTotalConcurrency` / memory). */
  readonly concurrency: UtilizationSummary;
  /** Peak memory used per hour, MB (`FunctionMemoryUsedMb`, which our functions post). */
  readonly memoryUsed: UtilizationSummary;
  /** Invocations per hour: evidence, and with `duration` the condition for pricing execution time. */
  readonly invocations: UtilizationSummary;
  /** Mean duration per hour, ms. */
  readonly duration: UtilizationSummary;
  /** Execution seconds per month (see monthlyExecutionSeconds). */
  readonly executionSecondsPerMonth: number;
}

/**
 * Right-sizes a function: `provisionedConcurrency` from the 95th percentile of its hourly peak
 * concurrency as a share of the provisioned units, and `memoryMib` from the 99th percentile of its
 * hourly peak memory use (recommendFunctionMemory), each judged against the thresholds and each only
 * on its own metric: a metric with too few datapoints leaves its value unchanged and says so in the
 * notes. The saving prices provisioned units for the month and the execution GB-seconds measured
 * (invocations x duration), both at the execution rate (price-function.ts says why), before and after.
 *
 * @param usage - the summaries of the window and the execution seconds per month
 * @returns status `resize` with the changes, else `insufficient data` when a metric judged lacked datapoints, else `keep`
 * @example
 * recommendFunction({ endpoint: 'scorer', memoryMib: 2048, provisionedConcurrency: 10 }, usage, DEFAULT_THRESHOLDS, prices);
 */
export function recommendFunction(size: FunctionSize, usage: FunctionUsage, thresholds: ScalingThresholds, prices: ReadonlyMap<PriceId, PriceEntry>): Recommendation {
  const notes: string[] = [];
  const evidence = { Concurrency: usage.concurrency, FunctionMemoryUsedMb: usage.memoryUsed, FunctionInvocationCount: usage.invocations, FunctionExecutionDuration: usage.duration };
  let lacking = false;
  let units = size.provisionedConcurrency;
  if (size.provisionedConcurrency === 0) notes.push('no provisioned concurrency to resize');
  else if (usage.concurrency.status !== 'ok') {
    lacking = true;
    notes.push(`provisionedConcurrency: insufficient data (${usage.concurrency.reason})`);
  } else {
    units = resizeByUtilization(size.provisionedConcurrency, (usage.concurrency.p95 / size.provisionedConcurrency) * 100, thresholds, 1);
  }
  let memoryMib = size.memoryMib;
  if (usage.memoryUsed.status !== 'ok') {
    lacking = true;
    notes.push(`memoryMib: insufficient data (${usage.memoryUsed.reason})`);
  } else {
    const decision = recommendFunctionMemory(size.memoryMib, usage.memoryUsed, thresholds);
    memoryMib = decision.memoryMib;
    if (decision.note) notes.push(decision.note);
  }
  const changes: RecommendedChange[] = [];
  if (units !== size.provisionedConcurrency) changes.push({ field: 'provisionedConcurrency', from: size.provisionedConcurrency, to: units });
  if (memoryMib !== size.memoryMib) changes.push({ field: 'memoryMib', from: size.memoryMib, to: memoryMib });
  const priced = usage.invocations.status === 'ok' && usage.duration.status === 'ok';
  if (memoryMib !== size.memoryMib && !priced) notes.push('execution GB-seconds not in the saving: too few invocation or duration datapoints');
  const executionSeconds = priced ? usage.executionSecondsPerMonth : 0;
  // Idle provisioned units are priced at the execution rate for the whole month (price-function.ts says why).
  const monthly = (mib: number, pc: number) => (mib / 1024) * (pc * HOURS_PER_MONTH * 3600 + executionSeconds) * prices.get('functions.execution')!.listPrice;
  return {
    endpoint: size.endpoint,
    kind: 'function',
    status: changes.length ? 'resize' : lacking ? 'insufficient data' : 'keep',
    changes,
    monthlySaving: roundCost(monthly(size.memoryMib, size.provisionedConcurrency) - monthly(memoryMib, units)),
    evidence,
    notes,
  };
}
