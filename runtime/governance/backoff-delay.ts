/**
 * The wait before retry number `retry` (1 for the first retry): exponential, `baseMs * 2^(retry-1)`,
 * capped at `maxMs`, with "equal jitter" (half fixed, half random) so that retries from many
 * deliveries do not arrive together.
 *
 * @param retry - 1-based retry number.
 * @param baseMs - first delay, milliseconds.
 * @param maxMs - cap, milliseconds.
 * @param random - a number in [0, 1) (default Math.random).
 * @returns milliseconds to wait.
 * @throws Error when retry < 1 or a delay is negative.
 * @example
 * backoffDelay(3, 100, 10_000, 0); // 200 (half of 400, no jitter)
 */
export function backoffDelay(retry: number, baseMs: number, maxMs: number, random: number = Math.random()): number {
  if (!Number.isInteger(retry) || retry < 1) throw new Error(`backoffDelay: retry must be an integer >= 1, got ${retry}`);
  if (!(baseMs >= 0) || !(maxMs >= 0)) throw new Error(`backoffDelay: baseMs and maxMs must be >= 0, got ${baseMs} and ${maxMs}`);
  const full = Math.min(maxMs, baseMs * 2 ** (retry - 1));
  return full / 2 + (full / 2) * random;
}
