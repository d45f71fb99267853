import { checkPairedValues } from './check-paired-values';

/**
 * Root mean squared error, in the target's unit (scikit-learn's `root_mean_squared_error`, or
 * `sqrt(mean_squared_error)` before 1.4).
 *
 * @param yTrue - true values
 * @param yPred - predicted values, same length
 * @returns sqrt(mean((yTrue - yPred)²)), >= 0
 * @throws Error naming `rootMeanSquaredError` when the arrays are empty, differ in length or hold a non-finite value
 * @example
 * rootMeanSquaredError([3, -0.5, 2, 7], [2.5, 0, 2, 8]); // 0.6123724356957945
 */
export function rootMeanSquaredError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  checkPairedValues('rootMeanSquaredError', yTrue, yPred);
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) sum += (yTrue[i]! - yPred[i]!) ** 2;
  return Math.sqrt(sum / yTrue.length);
}
