import { Token } from 'cdktf';

/** One rule of a props table: when `fails` is true the constructor throws `message`. */
export interface Check<P> {
  readonly fails: (props: P) => boolean;
  readonly message: (props: P) => string;
}

/**
 * Runs a table of checks and throws one error listing every failure, prefixed with the construct
 * path so the user knows which construct the props belong to.
 */
export function runChecks<P>(where: string, props: P, checks: readonly Check<P>[]): void {
  const failures = checks.filter((c) => c.fails(props)).map((c) => c.message(props));
  if (failures.length) throw new Error(`${where}: ${failures.join('; ')}`);
}

/** True when `value` is a known number outside [min, max] or not an integer when `integer`. */
export function outside(value: number | undefined, min: number, max: number, integer = true): boolean {
  if (value === undefined || Token.isUnresolved(value)) return false;
  return Number.isNaN(value) || value < min || value > max || (integer && !Number.isInteger(value));
}

/** True when `value` is a known string not matching `pattern`. */
export function mismatches(value: string | undefined, pattern: RegExp): boolean {
  return value !== undefined && !Token.isUnresolved(value) && !pattern.test(value);
}
