import { checkPairedValues } from './check-paired-values';

/**
 * Mean absolute error, in the target's unit (scikit-learn's `mean_absolute_error`).
 *
 * @param yTrue - true values
 * @param yPred - predicted values, same length
 * @returns mean(|yTrue - yPred|), >= 0
 * @throws Error naming `meanAbsoluteError` when the arrays are empty, differ in length or hold a non-finite value
 * @example
 * meanAbsoluteError([3, -0.5, 2, 7], [2.5, 0, 2, 8]); // 0.5
 */
export function meanAbsoluteError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  checkPairedValues('meanAbsoluteError', yTrue, yPred);
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) sum += Math.abs(yTrue[i]! - yPred[i]!);
  return sum / yTrue.length;
}
