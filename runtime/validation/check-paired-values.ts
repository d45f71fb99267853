import { checkPairedLabels } from './check-paired-labels';

/**
 * Checks two per-row numeric arrays for a regression metric: non-empty, same length, all finite.
 *
 * @param fn - the calling function's name, for the message
 * @param yTrue - true values
 * @param yPred - predicted values
 * @throws Error naming `fn` when either is empty, their lengths differ or a value is not finite
 * @example
 * checkPairedValues('r2Score', [1, 2], [1, NaN]); // throws "r2Score: yPred[1] is NaN; values must be finite numbers"
 */
export function checkPairedValues(fn: string, yTrue: ArrayLike<number>, yPred: ArrayLike<number>): void {
  checkPairedLabels(fn, yTrue, yPred);
  for (let i = 0; i < yTrue.length; i++) {
    if (!Number.isFinite(yTrue[i])) throw new Error(`${fn}: yTrue[${i}] is ${yTrue[i]}; values must be finite numbers`);
    if (!Number.isFinite(yPred[i])) throw new Error(`${fn}: yPred[${i}] is ${yPred[i]}; values must be finite numbers`);
  }
}
