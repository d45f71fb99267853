import { checkPairedLabels } from './check-paired-labels';

/** How per-class F1 scores are combined. */
export type F1Average = 'macro' | 'weighted';

/**
 * F1 score of a multi-class (or binary) prediction, averaged over the classes that occur in
 * `yTrue` or `yPred`, like scikit-learn's `f1_score(average='macro' | 'weighted')`.
 *
 * Per class c: F1 = 2·TP / (2·TP + FP + FN), which is 0 when the class is never predicted correctly
 * (scikit-learn's `zero_division=0` result). `macro` is the plain mean over classes; `weighted`
 * weights each class by its count in `yTrue` (support).
 *
 * @param yTrue - true labels, one per row (class indices or names)
 * @param yPred - predicted labels, same length and kind
 * @param average - `macro` or `weighted`
 * @returns the averaged F1, 0..1
 * @throws Error naming `f1Score` when the arrays are empty or differ in length, or `average` is unknown
 * @example
 * f1Score([0, 0, 1, 1, 2], [0, 1, 1, 1, 0], 'macro'); // 0.43333333333333335
 */
export function f1Score(yTrue: readonly (number | string)[], yPred: readonly (number | string)[], average: F1Average): number {
  checkPairedLabels('f1Score', yTrue, yPred);
  if (average !== 'macro' && average !== 'weighted') throw new Error(`f1Score: average must be 'macro' or 'weighted', got ${JSON.stringify(average)}`);
  const counts = new Map<number | string, { tp: number; fp: number; fn: number; support: number }>();
  const of = (label: number | string) => {
    let c = counts.get(label);
    if (!c) counts.set(label, (c = { tp: 0, fp: 0, fn: 0, support: 0 }));
    return c;
  };
  for (let i = 0; i < yTrue.length; i++) {
    const t = of(yTrue[i]!);
    t.support++;
    if (yTrue[i] === yPred[i]) {
      t.tp++;
    } else {
      t.fn++;
      of(yPred[i]!).fp++;
    }
  }
  let sum = 0;
  let weights = 0;
  for (const c of counts.values()) {
    const f1 = c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
    const w = average === 'macro' ? 1 : c.support;
    sum += w * f1;
    weights += w;
  }
  return sum / weights;
}
