import { accuracyScore } from '../../../runtime/validation/accuracy-score';
import { f1Score } from '../../../runtime/validation/f1-score';
import { meanAbsoluteError } from '../../../runtime/validation/mean-absolute-error';
import { r2Score } from '../../../runtime/validation/r2-score';
import { rocAucOneVsRest } from '../../../runtime/validation/roc-auc-one-vs-rest';
import { rootMeanSquaredError } from '../../../runtime/validation/root-mean-squared-error';
import { committedReference, expectClose, liveReference, type ValidationReference, sklearnAvailable } from './support/reference';

function compareMetricCases(ref: ValidationReference): void {
  for (const c of ref.metric_cases) {
    const close = (got: number, key: string) => expectClose(got, c.expected[key]!, 1e-12, 1e-14, `${c.name} ${key}`);
    if (c.kind === 'regression') {
      close(rootMeanSquaredError(c.y_true, c.y_pred), 'rmse');
      close(meanAbsoluteError(c.y_true, c.y_pred), 'mae');
      close(r2Score(c.y_true, c.y_pred), 'r2');
      continue;
    }
    close(accuracyScore(c.y_true, c.y_pred), 'accuracy');
    close(f1Score(c.y_true, c.y_pred, 'macro'), 'f1_macro');
    close(f1Score(c.y_true, c.y_pred, 'weighted'), 'f1_weighted');
    if (c.kind === 'classification') close(rocAucOneVsRest(c.y_true, c.scores), 'auc_ovr_macro');
  }
}

describe('metric functions against scikit-learn', () => {
  test('match the committed scikit-learn values within 1e-12', () => {
    const ref = committedReference();
    expect(ref.metric_cases.map((c) => c.name)).toEqual(['k3-noisy', 'k4-one-never-predicted', 'k5-small', 'binary-ties', 'string-labels', 'regression-small', 'regression-wide']);
    compareMetricCases(ref);
  });

  const live = sklearnAvailable();
  (live ? test : test.skip)(
    live ? 'match scikit-learn computed live by /usr/bin/python3' : 'match scikit-learn computed live (SKIPPED: /usr/bin/python3 cannot import sklearn and numpy)',
    () => {
      const now = liveReference();
      compareMetricCases(now);
      // The committed fixture must still be what scikit-learn computes (no stale values).
      expect(now.metric_cases).toEqual(committedReference().metric_cases);
      now.model_cases.forEach((c, i) => {
        for (const [k, v] of Object.entries(c.metrics)) expectClose(v, committedReference().model_cases[i]!.metrics[k]!, 1e-12, 1e-14, `${c.name} ${k}`);
      });
    },
  );
});
