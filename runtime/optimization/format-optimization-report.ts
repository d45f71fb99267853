import { type OptimizationReport } from './adapters/optimize-model';

const ms = (v: number) => `${v.toFixed(3)} ms`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}x` : 'n/a');
const metric = (v: number | null) => (v === null ? 'n/a' : v.toFixed(4));

/**
 * The text report of `oci-mlops optimize`: size, latency, throughput, output difference, metrics
 * and gate, then the nodes changed and the nodes left as they were with reasons.
 *
 * @param r - the report
 * @returns lines of text, ending with a newline
 * @example
 * process.stdout.write(formatOptimizationReport(report));
 */
export function formatOptimizationReport(r: OptimizationReport): string {
  const lines = [
    `method: ${r.method}`,
    `size: ${r.size_bytes.before} -> ${r.size_bytes.after} bytes (${ratio(r.size_bytes.before, r.size_bytes.after)} smaller)`,
    `latency, 1 row: p50 ${ms(r.latency_ms.before.p50)} -> ${ms(r.latency_ms.after.p50)}, p95 ${ms(r.latency_ms.before.p95)} -> ${ms(r.latency_ms.after.p95)}, ` +
      `p99 ${ms(r.latency_ms.before.p99)} -> ${ms(r.latency_ms.after.p99)}, mean ${ms(r.latency_ms.before.mean)} -> ${ms(r.latency_ms.after.mean)}`,
    `throughput, ${r.throughput_batch_size} rows per run: ${Math.round(r.throughput_rows_per_s.before)} -> ${Math.round(r.throughput_rows_per_s.after)} rows/s ` +
      `(${ratio(r.throughput_rows_per_s.after, r.throughput_rows_per_s.before)})`,
    `outputs on ${r.compared_rows} ${r.inputs_from} rows (${r.eval_batch_rows} per run): max |difference| ${r.max_abs_output_diff.toExponential(3)}` +
      (r.label_agreement === null ? '' : `, same label on ${(r.label_agreement * 100).toFixed(2)} % of rows`),
  ];
  if (r.metrics) {
    const keys = Object.keys(r.metrics.before) as (keyof typeof r.metrics.before)[];
    for (const k of keys) lines.push(`  ${k}: ${metric(r.metrics.before[k] as number | null)} -> ${metric(r.metrics.after[k] as number | null)}`);
    const what = r.metric === 'accuracy' ? 'accuracy drop' : 'relative RMSE rise';
    lines.push(`${what}: ${metric(r.metric_drop)}${r.max_metric_drop === null ? '' : ` (limit ${r.max_metric_drop})`}: ${r.passed ? 'passed' : 'FAILED'}`);
  } else {
    lines.push('metrics: not measured (no --data)');
  }
  lines.push(`changed: ${r.changed_nodes.length ? r.changed_nodes.join(', ') : 'nothing'}`);
  if (r.skipped_nodes.length) {
    lines.push('left as they were:');
    for (const s of r.skipped_nodes) lines.push(`  ${s.node} (${s.opType}): ${s.reason}`);
  }
  lines.push(r.output ? `wrote ${r.output.path} (sha256 ${r.output.sha256}) and ${r.output.path}.sha256` : 'no model written: the metric drop is over the limit');
  return `${lines.join('\n')}\n`;
}
