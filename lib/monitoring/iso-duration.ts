/**
 * Renders whole minutes as the ISO 8601 duration OCI Monitoring expects: `PT15M`, `PT2H`, `P1D`.
 *
 * @param minutes - a whole number of minutes, at least 1
 * @returns the duration
 * @throws Error naming `isoMinutes` when minutes is not a positive whole number
 * @example
 * isoMinutes(30); // 'PT30M'
 */
export function isoMinutes(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 1) throw new Error(`isoMinutes: minutes must be a whole number of at least 1, got ${minutes}`);
  if (minutes % 1440 === 0) return `P${minutes / 1440}D`;
  if (minutes % 60 === 0) return `PT${minutes / 60}H`;
  return `PT${minutes}M`;
}
