import { flexShapePrices } from './flex-shape-prices';
import { type PriceEntry, type PriceId } from './price-table';
import { HOURS_PER_MONTH } from './pricing-context';
import { roundCost } from './round-cost';
import { type Recommendation, type RecommendedChange } from './recommendation';
import { resizeByUtilization, resizeFlexMemory, type ScalingThresholds } from './resize-by-utilization';
import { type UtilizationSummary } from './summarize-utilization';

/** A model deployment's or container instance's current size. */
export interface ComputeSize {
  readonly endpoint: string;
  readonly kind: 'model-deployment' | 'container-instance';
  readonly shape: string;
  readonly ocpus: number;
  readonly memoryGb: number;
  /** Instances at least (1 for a container instance). */
  readonly instanceCount: number;
  /** Instances at most with autoscaling; undefined without. */
  readonly maxInstanceCount?: number;
}

/**
 * Right-sizes a flexible-shape deployment from its hourly CPU and memory utilization (percent of
 * what each instance has): OCPUs per instance from the 95th percentile of CPU, memory from the
 * 95th percentile of memory (kept within the shape's 1-64 GB per OCPU), the minimum instance
 * count from the median CPU and the autoscaling maximum from the 99th percentile, each resized
 * only outside the thresholds. The saving prices the minimum instances for a month.
 *
 * @example
 * recommendComputeSize(size, { cpu, memory }, DEFAULT_THRESHOLDS, prices).changes;
 * // [{ field: 'instanceOcpus', from: 4, to: 1 }]
 */
export function recommendComputeSize(
  size: ComputeSize,
  metrics: { readonly cpu: UtilizationSummary; readonly memory: UtilizationSummary },
  thresholds: ScalingThresholds,
  prices: ReadonlyMap<PriceId, PriceEntry>,
): Recommendation {
  const base = { endpoint: size.endpoint, kind: size.kind, evidence: { CpuUtilization: metrics.cpu, MemoryUtilization: metrics.memory } };
  const { cpu, memory } = metrics;
  if (cpu.status !== 'ok' || memory.status !== 'ok') return { ...base, status: 'insufficient data', changes: [], monthlySaving: 0, notes: [] };
  const ocpus = resizeByUtilization(size.ocpus, cpu.p95, thresholds, 1);
  const memoryGb = resizeFlexMemory(size.memoryGb, memory.p95, thresholds, ocpus);
  const autoscaling = size.maxInstanceCount !== undefined && size.maxInstanceCount > size.instanceCount;
  const instanceCount = autoscaling && cpu.p50 < thresholds.scaleDownBelowPercent ? resizeByUtilization(size.instanceCount, cpu.p50, thresholds, 1) : size.instanceCount;
  const maxInstanceCount = autoscaling && cpu.p99 > thresholds.scaleUpAbovePercent ? resizeByUtilization(size.maxInstanceCount!, cpu.p99, thresholds, instanceCount) : size.maxInstanceCount;
  const changes: RecommendedChange[] = [];
  const fields = size.kind === 'model-deployment'
    ? { ocpus: 'instanceOcpus', memoryGb: 'instanceMemoryGb', instanceCount: 'instanceCount', maxInstanceCount: 'maxInstanceCount' }
    : { ocpus: 'ocpus', memoryGb: 'memoryGb', instanceCount: 'instanceCount', maxInstanceCount: 'maxInstanceCount' };
  const push = (key: keyof typeof fields, from: number | undefined, to: number | undefined) => {
    if (from !== undefined && to !== undefined && from !== to) changes.push({ field: fields[key], from, to });
  };
  push('ocpus', size.ocpus, ocpus);
  push('memoryGb', size.memoryGb, memoryGb);
  push('instanceCount', size.instanceCount, instanceCount);
  push('maxInstanceCount', size.maxInstanceCount, maxInstanceCount);
  const rates = flexShapePrices(size.shape);
  const notes = rates ? [] : [`shape ${size.shape} has no price in the table: saving not computed`];
  const monthly = (o: number, m: number, n: number) =>
    rates ? n * HOURS_PER_MONTH * (o * prices.get(rates.ocpu)!.listPrice + m * prices.get(rates.memory)!.listPrice) : 0;
  return {
    ...base,
    status: changes.length ? 'resize' : 'keep',
    changes,
    monthlySaving: roundCost(monthly(size.ocpus, size.memoryGb, size.instanceCount) - monthly(ocpus, memoryGb, instanceCount)),
    notes,
  };
}
