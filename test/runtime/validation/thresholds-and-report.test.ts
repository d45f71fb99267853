import { checkLimits } from '../../../runtime/validation/check-limits';
import { evaluateThresholds } from '../../../runtime/validation/evaluate-thresholds';
import { formatValidationReport } from '../../../runtime/validation/format-validation-report';
import { toValidationJson } from '../../../runtime/validation/to-validation-json';
import { type ValidationResult } from '../../../runtime/validation/types';

const classification = { accuracy: 0.85, f1_macro: 0.8, f1_weighted: 0.84, auc_ovr_macro: 0.9 };
const latency = { p50: 1, p95: 2, p99: 3 };

describe('checkLimits and evaluateThresholds', () => {
  test('evaluates the given limits in a fixed order (the JSDoc example)', () => {
    expect(evaluateThresholds({ minAccuracy: 0.9, maxP95Ms: 5 }, classification, latency)).toEqual([
      { name: 'min_accuracy', limit: 0.9, value: 0.85, passed: false },
      { name: 'max_p95_ms', limit: 5, value: 2, passed: true },
    ]);
  });

  test('passes a value equal to its limit', () => {
    expect(evaluateThresholds({ minF1: 0.8, minAuc: 0.9, maxP95Ms: 2 }, classification, latency).every((t) => t.passed)).toBe(true);
    expect(evaluateThresholds({ maxRmse: 0.5 }, { rmse: 0.5, mae: 0.4, r2: 0.9 }, latency)).toEqual([{ name: 'max_rmse', limit: 0.5, value: 0.5, passed: true }]);
  });

  test('accepts limits in range for the task', () => {
    expect(() => checkLimits({ minAccuracy: 0, minF1: 1, minAuc: 0.5, maxP95Ms: 0.1 }, 'classification')).not.toThrow();
  });

  test.each([
    [{ minAccuracy: 1.5 }, 'classification', '--min-accuracy must be a number within 0..1, got 1.5'],
    [{ maxRmse: 0 }, 'regression', '--max-rmse must be a number greater than 0, got 0'],
    [{ maxP95Ms: -3 }, 'regression', '--max-p95-ms must be a number greater than 0, got -3'],
    [{ maxRmse: 1 }, 'classification', '--max-rmse applies to regression models, but this is a classification model'],
    [{ minAuc: 0.8 }, 'regression', '--min-auc applies to classification models, but this is a regression model'],
  ] as const)('fails checkLimits on %j for a %s model', (limits, task, message) => {
    expect(() => checkLimits(limits, task)).toThrow(message);
  });

  test('fails --min-auc when the AUC could not be computed, saying why', () => {
    expect(() => evaluateThresholds({ minAuc: 0.8 }, { ...classification, auc_ovr_macro: null }, latency, 'the model has no class-score output'))
      .toThrow('--min-auc cannot be checked: the model has no class-score output');
  });
});

describe('the report and the JSON document', () => {
  const result: ValidationResult = {
    model: 'm.onnx', data: 'd.csv', label: 'y', task: 'classification', nRows: 4,
    inputs: [{ input: 'x', type: 'float32', columns: ['a', 'b'], rank1: false }],
    outputs: { task: 'classification', labelOutput: 'label', scoreOutput: 'probabilities', classes: ['no', 'yes'] },
    classes: ['no', 'yes'], metrics: classification, aucUnavailable: null, latency, latencyRuns: 10, warmupRuns: 2,
    thresholds: [{ name: 'min_accuracy', limit: 0.9, value: 0.85, passed: false }, { name: 'max_p95_ms', limit: 5, value: 2, passed: true }],
    passed: false,
  };

  test('toValidationJson has exactly the documented keys', () => {
    expect(toValidationJson(result)).toEqual({
      task: 'classification', n_rows: 4, metrics: classification, latency_ms: latency,
      thresholds: result.thresholds, passed: false,
    });
    const regression = toValidationJson({ ...result, task: 'regression', metrics: { rmse: 0.51, mae: 0.4, r2: 0.93 }, thresholds: [], passed: true });
    expect(Object.keys(regression.metrics)).toEqual(['rmse', 'mae', 'r2']);
  });

  test('the report shows inputs, classes, metrics, latency and names each failed threshold', () => {
    const text = formatValidationReport(result);
    expect(text).toContain('Model validation: m.onnx on d.csv (4 rows, label "y")');
    expect(text).toContain('input     x (float32) <- a, b');
    expect(text).toContain('classes   0=no, 1=yes');
    expect(text).toContain('ROC AUC (one-vs-rest, macro)   0.9');
    expect(text).toContain('p50 1 ms   p95 2 ms   p99 3 ms');
    expect(text).toContain('FAIL  --min-accuracy  accuracy 0.85 < 0.9');
    expect(text).toContain('PASS  --max-p95-ms    p95 latency (ms) 2 <= 5');
    expect(text.trimEnd().split('\n').at(-1)).toBe('Result: FAILED (1 of 2 thresholds): --min-accuracy');
  });

  test('the report says why the AUC is missing', () => {
    const text = formatValidationReport({ ...result, metrics: { ...classification, auc_ovr_macro: null }, aucUnavailable: 'the model has no class-score output', thresholds: [], passed: true });
    expect(text).toContain('n/a (the model has no class-score output)');
    expect(text).toContain('Result: PASSED (0 thresholds)');
  });
});
