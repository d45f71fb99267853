import { type ValidationResult } from './types';

const METRIC_NAMES: Record<string, string> = {
  accuracy: 'accuracy', f1_macro: 'F1 (macro)', f1_weighted: 'F1 (weighted)', auc_ovr_macro: 'ROC AUC (one-vs-rest, macro)',
  rmse: 'RMSE', mae: 'MAE', r2: 'R²',
};
const THRESHOLD_TEXT: Record<string, [string, string]> = {
  min_accuracy: ['--min-accuracy', 'accuracy'], min_f1: ['--min-f1', 'F1 (macro)'], min_auc: ['--min-auc', 'ROC AUC'],
  max_rmse: ['--max-rmse', 'RMSE'], max_p95_ms: ['--max-p95-ms', 'p95 latency (ms)'],
};

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toPrecision(6).replace(/\.?0+$/, ''));

/**
 * The readable report of a validation run: what was read, the metrics, latency and each threshold
 * with PASS/FAIL, and a last line that names every failed threshold.
 *
 * @param result - the measured run
 * @returns the report text, ending with a newline
 * @example
 * formatValidationReport(result);
 * // Model validation: models/iris-classifier.onnx on iris-holdout.csv (30 rows, label "species")
 * // ...
 * // Result: PASSED (2 thresholds)
 */
export function formatValidationReport(result: ValidationResult): string {
  const lines: string[] = [];
  lines.push(`Model validation: ${result.model} on ${result.data} (${result.nRows} rows, label ${JSON.stringify(result.label)})`);
  lines.push(`  task      ${result.task}`);
  for (const b of result.inputs) lines.push(`  input     ${b.input} (${b.type}) <- ${b.columns.join(', ')}`);
  const o = result.outputs;
  if (o.task === 'regression') {
    lines.push(`  output    ${o.valueOutput} (predicted value)`);
  } else {
    if (o.labelOutput) lines.push(`  output    ${o.labelOutput} (predicted label)`);
    if (o.scoreOutput) lines.push(`  output    ${o.scoreOutput} (class scores)`);
    if (result.classes) lines.push(`  classes   ${result.classes.map((c, i) => `${i}=${c}`).join(', ')}`);
  }
  lines.push('', 'Metrics');
  for (const [key, value] of Object.entries(result.metrics)) {
    lines.push(`  ${METRIC_NAMES[key]!.padEnd(30)} ${value === null ? `n/a (${result.aucUnavailable})` : fmt(value as number)}`);
  }
  lines.push('', `Latency (single-row runs: ${result.latencyRuns} timed after ${result.warmupRuns} warm-up)`);
  lines.push(`  p50 ${fmt(result.latency.p50)} ms   p95 ${fmt(result.latency.p95)} ms   p99 ${fmt(result.latency.p99)} ms`);
  lines.push('', 'Thresholds');
  if (result.thresholds.length === 0) lines.push('  none given');
  for (const t of result.thresholds) {
    const [flag, what] = THRESHOLD_TEXT[t.name]!;
    const op = t.name.startsWith('min') ? (t.passed ? '>=' : '<') : (t.passed ? '<=' : '>');
    lines.push(`  ${t.passed ? 'PASS' : 'FAIL'}  ${flag.padEnd(15)} ${what} ${fmt(t.value)} ${op} ${fmt(t.limit)}`);
  }
  const failed = result.thresholds.filter((t) => !t.passed);
  lines.push('', failed.length
    ? `Result: FAILED (${failed.length} of ${result.thresholds.length} thresholds): ${failed.map((t) => THRESHOLD_TEXT[t.name]![0]).join(', ')}`
    : `Result: PASSED (${result.thresholds.length} threshold${result.thresholds.length === 1 ? '' : 's'})`);
  return `${lines.join('\n')}\n`;
}
