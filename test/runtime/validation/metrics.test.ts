import { accuracyScore } from '../../../runtime/validation/accuracy-score';
import { checkPairedLabels } from '../../../runtime/validation/check-paired-labels';
import { checkPairedValues } from '../../../runtime/validation/check-paired-values';
import { classificationMetrics } from '../../../runtime/validation/classification-metrics';
import { f1Score } from '../../../runtime/validation/f1-score';
import { latencyPercentiles } from '../../../runtime/validation/latency-percentiles';
import { meanAbsoluteError } from '../../../runtime/validation/mean-absolute-error';
import { r2Score } from '../../../runtime/validation/r2-score';
import { regressionMetrics } from '../../../runtime/validation/regression-metrics';
import { rocAucOneVsRest } from '../../../runtime/validation/roc-auc-one-vs-rest';
import { rocAucScore } from '../../../runtime/validation/roc-auc-score';
import { rootMeanSquaredError } from '../../../runtime/validation/root-mean-squared-error';

describe('metric functions: the JSDoc examples', () => {
  test.each([
    ['accuracyScore', () => accuracyScore([0, 1, 2, 2], [0, 2, 2, 2]), 0.75],
    ['f1Score macro', () => f1Score([0, 0, 1, 1, 2], [0, 1, 1, 1, 0], 'macro'), 0.43333333333333335],
    ['rocAucScore', () => rocAucScore([false, false, true, true], [0.1, 0.4, 0.35, 0.8]), 0.75],
    ['rocAucOneVsRest', () => rocAucOneVsRest([0, 1, 2, 1], [[0.5, 0.3, 0.2], [0.2, 0.6, 0.2], [0.1, 0.2, 0.7], [0.3, 0.3, 0.4]]), 0.9583333333333334],
    ['rootMeanSquaredError', () => rootMeanSquaredError([3, -0.5, 2, 7], [2.5, 0, 2, 8]), 0.6123724356957945],
    ['meanAbsoluteError', () => meanAbsoluteError([3, -0.5, 2, 7], [2.5, 0, 2, 8]), 0.5],
    ['r2Score', () => r2Score([3, -0.5, 2, 7], [2.5, 0, 2, 8]), 0.9486081370449679],
  ])('%s returns the documented value', (_name, run, expected) => {
    expect(run()).toBe(expected);
  });

  test('latencyPercentiles interpolates linearly between ranks', () => {
    expect(latencyPercentiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({ p50: 5.5, p95: 9.549999999999999, p99: 9.91 });
  });

  test('regressionMetrics gathers RMSE, MAE and R²', () => {
    expect(regressionMetrics([3, -0.5, 2, 7], [2.5, 0, 2, 8])).toEqual({ rmse: 0.6123724356957945, mae: 0.5, r2: 0.9486081370449679 });
  });

  test('classificationMetrics gathers accuracy, both F1 averages and the positive-class AUC of a binary model', () => {
    expect(classificationMetrics([0, 1, 1, 0], [0, 1, 0, 0], Float32Array.from([0.9, 0.1, 0.2, 0.8, 0.6, 0.4, 0.7, 0.3]), 2)).toEqual({
      metrics: { accuracy: 0.75, f1_macro: 0.7333333333333334, f1_weighted: 0.7333333333333334, auc_ovr_macro: 1 },
      aucUnavailable: null,
    });
  });

  test('checkPairedLabels accepts two arrays of the same length and names the caller otherwise', () => {
    expect(() => checkPairedLabels('f1Score', [0, 1], [1, 1])).not.toThrow();
    expect(() => checkPairedLabels('f1Score', [0, 1], [1])).toThrow('f1Score: yTrue has 2 rows but yPred has 1; they must match');
  });
});

describe('metric functions on edge cases', () => {
  test('the binary AUC counts tied scores as one half', () => {
    expect(rocAucScore([true, false], [0.5, 0.5])).toBe(0.5);
    expect(rocAucScore([true, false, true, false], [0.2, 0.2, 0.9, 0.1])).toBe(0.875);
  });

  test('the one-vs-rest AUC of two classes is the AUC of class 1', () => {
    const y = [0, 1, 1, 0, 1];
    const s = [[0.7, 0.3], [0.4, 0.6], [0.8, 0.2], [0.6, 0.4], [0.1, 0.9]];
    expect(rocAucOneVsRest(y, s)).toBe(rocAucScore(y.map((v) => v === 1), s.map((r) => r[1]!)));
  });

  test('a class predicted but never true counts in the macro F1 with an F1 of 0', () => {
    expect(f1Score(['a', 'a'], ['a', 'b'], 'macro')).toBeCloseTo((2 / 3 + 0) / 2, 15);
    expect(f1Score(['a', 'a'], ['a', 'b'], 'weighted')).toBeCloseTo(2 / 3, 15);
  });

  test('classificationMetrics reports a null AUC with the reason when the model has no scores or a class has no row', () => {
    expect(classificationMetrics([0, 1], [0, 1], null, 2)).toMatchObject({ metrics: { auc_ovr_macro: null }, aucUnavailable: 'the model has no class-score output' });
    expect(classificationMetrics([0, 0, 1], [0, 0, 1], Float64Array.from([0.5, 0.3, 0.2, 0.6, 0.2, 0.2, 0.1, 0.8, 0.1]), 3).aucUnavailable).toMatch(/class\(es\) 2/);
  });

  test.each([
    ['accuracyScore on empty arrays', () => accuracyScore([], []), /accuracyScore: yTrue is empty/],
    ['accuracyScore on different lengths', () => accuracyScore([1, 2], [1]), /accuracyScore: yTrue has 2 rows but yPred has 1/],
    ['f1Score with an unknown average', () => f1Score([1], [1], 'micro' as 'macro'), /f1Score: average must be 'macro' or 'weighted', got "micro"/],
    ['rocAucScore with one class only', () => rocAucScore([true, true], [0.1, 0.2]), /rocAucScore: only one class is present \(2 positive, 0 negative rows\)/],
    ['rocAucScore with a NaN score', () => rocAucScore([true, false], [NaN, 0.2]), /rocAucScore: scores\[0\] is NaN/],
    ['rocAucOneVsRest with a label out of range', () => rocAucOneVsRest([0, 3], [[0.5, 0.5], [0.5, 0.5]]), /rocAucOneVsRest: yTrue\[1\] is 3; labels must be class indices 0\.\.1/],
    ['rocAucOneVsRest with ragged rows', () => rocAucOneVsRest([0, 1], [[0.5, 0.5], [1]]), /scores row 1 has 1 columns, row 0 has 2/],
    ['rocAucOneVsRest with a class without rows', () => rocAucOneVsRest([0, 1, 1], [[1, 0, 0], [0, 1, 0], [0, 1, 0]]), /rocAucOneVsRest: class 2: only one class is present/],
    ['rootMeanSquaredError with an infinite value', () => rootMeanSquaredError([1, 2], [1, Infinity]), /rootMeanSquaredError: yPred\[1\] is Infinity; values must be finite/],
    ['meanAbsoluteError on empty arrays', () => meanAbsoluteError([], []), /meanAbsoluteError: yTrue is empty/],
    ['r2Score on a constant target', () => r2Score([2, 2, 2], [1, 2, 3]), /r2Score: every true value is 2; R² is undefined/],
    ['checkPairedValues with a NaN', () => checkPairedValues('r2Score', [1, 2], [1, NaN]), /r2Score: yPred\[1\] is NaN; values must be finite numbers/],
    ['latencyPercentiles with no sample', () => latencyPercentiles([]), /latencyPercentiles: no samples/],
    ['latencyPercentiles with a negative sample', () => latencyPercentiles([1, -1]), /latencyPercentiles: samplesMs\[1\] is -1/],
  ])('fails: %s', (_name, run, message) => {
    expect(run).toThrow(message);
  });
});
