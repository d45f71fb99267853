/**
 * Checks that two per-row arrays (true and predicted values) can be compared: both non-empty and of
 * the same length.
 *
 * @param fn - the calling function's name, for the message
 * @param yTrue - true values, one per row
 * @param yPred - predicted values, one per row
 * @throws Error naming `fn` when either is empty or their lengths differ
 * @example
 * checkPairedLabels('f1Score', [0, 1], [1, 1]); // passes
 * checkPairedLabels('f1Score', [0, 1], [1]); // throws "f1Score: yTrue has 2 rows but yPred has 1; they must match"
 */
export function checkPairedLabels(fn: string, yTrue: ArrayLike<unknown>, yPred: ArrayLike<unknown>): void {
  if (yTrue.length === 0) throw new Error(`${fn}: yTrue is empty; at least one row is needed`);
  if (yTrue.length !== yPred.length) throw new Error(`${fn}: yTrue has ${yTrue.length} rows but yPred has ${yPred.length}; they must match`);
}
