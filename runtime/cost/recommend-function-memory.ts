import { FUNCTION_MEMORY_MIB } from '../contract/function-memory-mib';
import { type ScalingThresholds } from './resize-by-utilization';

/** A function memory size judged from its peak memory use, and what the caller should know about it. */
export interface FunctionMemoryDecision {
  readonly memoryMib: number;
  readonly note?: string;
}

/**
 * Right-sizes a function's memory from the hourly peak of the memory it used (`FunctionMemoryUsedMb`,
 * MB): the 99th percentile as a share of `memoryMib` is judged against the thresholds. Outside the
 * band the new size puts the 99th percentile mid-band and the observed maximum at most at the
 * scale-up threshold (headroom for the rarest peaks), rounded up to a size OCI Functions offers;
 * a scale-down never grows the function and a scale-up never shrinks it.
 *
 * @param memoryMib - the function's memory now, MB
 * @param used - p99 and max of the hourly peaks, MB
 * @param thresholds - scale up above, down below (percent of `memoryMib`)
 * @returns the size to set (`memoryMib` itself inside the band) and a note when the largest size is not enough
 * @throws Error naming recommendFunctionMemory when memoryMib is not positive
 * @example
 * recommendFunctionMemory(2048, { p99: 310, max: 352 }, DEFAULT_THRESHOLDS); // { memoryMib: 1024 }  (310 MB is 15% of 2048; 620 needed at 50%)
 */
export function recommendFunctionMemory(memoryMib: number, used: { readonly p99: number; readonly max: number }, thresholds: ScalingThresholds): FunctionMemoryDecision {
  if (!(memoryMib > 0)) throw new Error(`recommendFunctionMemory: memoryMib must be a positive number of MB, got ${memoryMib}`);
  const { scaleUpAbovePercent: up, scaleDownBelowPercent: down } = thresholds;
  const utilization = (used.p99 / memoryMib) * 100;
  if (utilization <= up && utilization >= down) return { memoryMib };
  const needed = Math.max(used.p99 / ((up + down) / 200), used.max / (up / 100));
  const largest = FUNCTION_MEMORY_MIB[FUNCTION_MEMORY_MIB.length - 1];
  const fit = FUNCTION_MEMORY_MIB.find((s) => s >= needed - 1e-9);
  const to = utilization < down ? Math.min(memoryMib, fit ?? largest) : Math.max(memoryMib, fit ?? largest);
  return fit === undefined
    ? { memoryMib: to, note: `memoryMib: the peaks need ${Math.ceil(needed)} MB; ${largest} MB is the largest size OCI Functions offers` }
    : { memoryMib: to };
}
