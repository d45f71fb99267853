import { rocAucScore } from './roc-auc-score';

/**
 * ROC AUC of a classifier's per-class scores, one-vs-rest and macro-averaged (scikit-learn's
 * `roc_auc_score(multi_class='ovr', average='macro')`); for two classes, the AUC of the positive
 * class (column 1, class index 1), as scikit-learn computes it for a binary target.
 *
 * Unlike scikit-learn, the rows need not sum to 1: each class's AUC only ranks its own column.
 *
 * @param yTrue - true class indices, 0..K-1, one per row
 * @param scores - per row, K scores or probabilities (column k = class k)
 * @returns the AUC, 0..1
 * @throws Error naming `rocAucOneVsRest` when the rows are empty or ragged, K < 2, a label is not a
 *   class index, or a class has no positive (or no negative) row in `yTrue`
 * @example
 * rocAucOneVsRest([0, 1, 2, 1], [[0.5, 0.3, 0.2], [0.2, 0.6, 0.2], [0.1, 0.2, 0.7], [0.3, 0.3, 0.4]]); // 0.9583333333333334
 */
export function rocAucOneVsRest(yTrue: readonly number[], scores: readonly ArrayLike<number>[]): number {
  const fn = 'rocAucOneVsRest';
  if (yTrue.length === 0) throw new Error(`${fn}: yTrue is empty; at least one row is needed`);
  if (yTrue.length !== scores.length) throw new Error(`${fn}: yTrue has ${yTrue.length} rows but scores has ${scores.length}; they must match`);
  const k = scores[0]!.length;
  if (k < 2) throw new Error(`${fn}: scores need at least 2 columns (one per class), got ${k}`);
  scores.forEach((row, i) => {
    if (row.length !== k) throw new Error(`${fn}: scores row ${i} has ${row.length} columns, row 0 has ${k}; all rows need one score per class`);
  });
  yTrue.forEach((y, i) => {
    if (!Number.isInteger(y) || y < 0 || y >= k) throw new Error(`${fn}: yTrue[${i}] is ${y}; labels must be class indices 0..${k - 1}`);
  });
  const aucOf = (c: number): number => {
    try {
      return rocAucScore(yTrue.map((y) => y === c), scores.map((row) => row[c]!));
    } catch (err) {
      throw new Error(`${fn}: class ${c}: ${(err as Error).message.replace(/^rocAucScore: /, '')}`);
    }
  };
  if (k === 2) return aucOf(1);
  let sum = 0;
  for (let c = 0; c < k; c++) sum += aucOf(c);
  return sum / k;
}
