import { HOURS_PER_MONTH } from '../pricing-context';
import { type HourlySeries, seriesResource } from './fetch-hourly-series';

/**
 * A function's execution seconds per month from Monitoring's hourly series: per hour, invocations
 * (`FunctionInvocationCount` sum) times their mean duration (`FunctionExecutionDuration` mean, ms),
 * summed over the window and scaled from `windowHours` to a month (hours without invocations count
 * as idle). Execution GB-seconds are these seconds times the memory in GB.
 *
 * @param invocations - every stream of the invocation query
 * @param duration - every stream of the duration query
 * @param name - the function's display name (`resourceDisplayName`)
 * @param windowHours - hours in the window read
 * @returns seconds per month (0 when nothing ran)
 * @throws Error naming monthlyExecutionSeconds when windowHours is not positive
 * @example
 * monthlyExecutionSeconds(invocations, duration, 'fraud-scorer', 14 * 24); // 325000
 */
export function monthlyExecutionSeconds(invocations: readonly HourlySeries[], duration: readonly HourlySeries[], name: string, windowHours: number): number {
  if (!(windowHours > 0)) throw new Error(`monthlyExecutionSeconds: windowHours must be positive, got ${windowHours}`);
  const meanMs = new Map<number, number>();
  for (const s of duration.filter((d) => seriesResource(d) === name)) s.timestamps.forEach((t, i) => meanMs.set(t, s.values[i]!));
  let seconds = 0;
  for (const s of invocations.filter((d) => seriesResource(d) === name)) {
    s.timestamps.forEach((t, i) => { seconds += (s.values[i]! * (meanMs.get(t) ?? 0)) / 1000; });
  }
  return (seconds * HOURS_PER_MONTH) / windowHours;
}
