import { checkPairedLabels } from './check-paired-labels';

/**
 * Share of predictions equal to the true label (scikit-learn's `accuracy_score`).
 *
 * @param yTrue - true labels, one per row (class indices or names)
 * @param yPred - predicted labels, same length and kind
 * @returns the accuracy, 0..1
 * @throws Error naming `accuracyScore` when the arrays are empty or differ in length
 * @example
 * accuracyScore([0, 1, 2, 2], [0, 2, 2, 2]); // 0.75
 */
export function accuracyScore(yTrue: readonly (number | string)[], yPred: readonly (number | string)[]): number {
  checkPairedLabels('accuracyScore', yTrue, yPred);
  let correct = 0;
  for (let i = 0; i < yTrue.length; i++) if (yTrue[i] === yPred[i]) correct++;
  return correct / yTrue.length;
}
