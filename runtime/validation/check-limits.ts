import { THRESHOLD_LIMITS } from './threshold-limits';
import { type ValidationLimits, type ValidationTask } from './types';
import { ValidationInputError } from './validation-input-error';

/**
 * Checks that each given limit is in range and applies to the task; call before any work.
 *
 * @param limits - the limits asked for
 * @param task - the task of the model
 * @throws ValidationInputError naming the flag, its value and what is allowed
 * @example
 * checkLimits({ minAccuracy: 1.5 }, 'classification'); // throws "--min-accuracy must be a number within 0..1, got 1.5"
 */
export function checkLimits(limits: ValidationLimits, task: ValidationTask): void {
  for (const l of THRESHOLD_LIMITS) {
    const v = limits[l.key];
    if (v === undefined) continue;
    const [lo, hi] = l.range;
    if (!(typeof v === 'number' && v >= lo && v <= hi && (l.min || v > 0))) {
      throw new ValidationInputError(`${l.flag} must be a number ${hi === Infinity ? 'greater than 0' : `within ${lo}..${hi}`}, got ${v}`);
    }
    if (l.task && l.task !== task) throw new ValidationInputError(`${l.flag} applies to ${l.task} models, but this is a ${task} model`);
  }
}
