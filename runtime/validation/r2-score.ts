import { checkPairedValues } from './check-paired-values';

/**
 * Coefficient of determination R² (scikit-learn's `r2_score`): 1 - SS_res / SS_tot. 1 is a perfect
 * fit, 0 predicts as well as the mean, negative is worse than the mean.
 *
 * @param yTrue - true values
 * @param yPred - predicted values, same length
 * @returns R², at most 1
 * @throws Error naming `r2Score` when the arrays are empty, differ in length or hold a non-finite
 *   value, or when every true value is the same (SS_tot = 0: R² is undefined; scikit-learn would
 *   report 1 or 0 by convention)
 * @example
 * r2Score([3, -0.5, 2, 7], [2.5, 0, 2, 8]); // 0.9486081370449679
 */
export function r2Score(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  checkPairedValues('r2Score', yTrue, yPred);
  let mean = 0;
  for (let i = 0; i < yTrue.length; i++) mean += yTrue[i]!;
  mean /= yTrue.length;
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < yTrue.length; i++) {
    ssRes += (yTrue[i]! - yPred[i]!) ** 2;
    ssTot += (yTrue[i]! - mean) ** 2;
  }
  if (ssTot === 0) throw new Error(`r2Score: every true value is ${yTrue[0]}; R² is undefined for a constant target`);
  return 1 - ssRes / ssTot;
}
