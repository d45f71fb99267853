import { type ValidationResult } from './types';

/** The `--json` document of `validate-model`, which the governance registration can record. */
export interface ValidationJson {
  readonly task: ValidationResult['task'];
  readonly n_rows: number;
  readonly metrics: ValidationResult['metrics'];
  readonly latency_ms: { readonly p50: number; readonly p95: number; readonly p99: number };
  readonly thresholds: readonly { readonly name: string; readonly limit: number; readonly value: number; readonly passed: boolean }[];
  readonly passed: boolean;
}

/**
 * Shapes a validation result as the `--json` document: `{task, n_rows, metrics, latency_ms:
 * {p50, p95, p99}, thresholds: [{name, limit, value, passed}], passed}`. Metrics are
 * `{accuracy, f1_macro, f1_weighted, auc_ovr_macro}` (classification; the AUC is null when it
 * cannot be computed) or `{rmse, mae, r2}` (regression).
 *
 * @param result - the measured run
 * @returns the document, ready for `JSON.stringify`
 * @example
 * toValidationJson(result); // { task: 'regression', n_rows: 200, metrics: { rmse: 0.51, mae: 0.4, r2: 0.93 }, latency_ms: { p50: 0.03, p95: 0.05, p99: 0.07 }, thresholds: [], passed: true }
 */
export function toValidationJson(result: ValidationResult): ValidationJson {
  const metrics = result.task === 'regression'
    ? (({ rmse, mae, r2 }) => ({ rmse, mae, r2 }))(result.metrics as { rmse: number; mae: number; r2: number })
    : (({ accuracy, f1_macro, f1_weighted, auc_ovr_macro }) => ({ accuracy, f1_macro, f1_weighted, auc_ovr_macro }))(
      result.metrics as { accuracy: number; f1_macro: number; f1_weighted: number; auc_ovr_macro: number | null },
    );
  return {
    task: result.task,
    n_rows: result.nRows,
    metrics,
    latency_ms: { p50: result.latency.p50, p95: result.latency.p95, p99: result.latency.p99 },
    thresholds: result.thresholds.map(({ name, limit, value, passed }) => ({ name, limit, value, passed })),
    passed: result.passed,
  };
}
