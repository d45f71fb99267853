import { type SuiteResult } from './suite-result';
import { escapeHtml as esc } from '../contract/escape-html';
import { sortableTableScript } from '../contract/sortable-table-script';

/**
 * Renders a suite result as one self-contained HTML page, in the style of the drift report: a
 * summary (passed / failed / rows), then one table row per expectation with its check, verdict,
 * observed value, unexpected count and first unexpected rows. Failed rows come first; headers sort
 * the table (inline script); a Content-Security-Policy forbids any network fetch.
 *
 * @param result - the `checkSuite` result
 * @param title - page title
 * @returns the HTML document
 * @example
 * renderDataQualityHtml({ suite: 'tx', success: true, n_rows: 3, results: [] }, 'Data quality: tx.csv'); // '<!doctype html>...'
 */
export function renderDataQualityHtml(result: SuiteResult, title = `Data quality: ${result.suite}`): string {
  const failed = result.results.filter((r) => !r.success).length;
  const ordered = [...result.results].sort((a, b) => Number(a.success) - Number(b.success));
  const rows = ordered
    .map((r) => {
      const observed = r.observed === null || r.observed === undefined ? '—' : typeof r.observed === 'object' ? JSON.stringify(r.observed) : String(r.observed);
      const cells: [string, string | number][] = [
        [r.expectation, r.expectation],
        [r.column ?? 'table', r.column ?? ''],
        [r.check, r.check],
        [r.success ? 'passed' : 'failed', r.success ? 1 : 0],
        [observed, typeof r.observed === 'number' ? r.observed : observed],
        [r.unexpected_count === null ? '—' : String(r.unexpected_count), r.unexpected_count ?? -1],
        [r.unexpected_rows.join(', '), r.unexpected_rows[0] ?? 0],
      ];
      return `<tr class="${r.success ? 'passed' : 'failed'}">${cells.map(([text, key]) => `<td data-sort="${esc(String(key))}">${esc(text)}</td>`).join('')}</tr>`;
    })
    .join('\n');
  const verdict = result.success ? 'every expectation holds' : `${failed} of ${result.results.length} expectations failed`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${esc(title)}</title>
<style>
body{font:14px system-ui,sans-serif;margin:24px;color:#1d2733}
h1{font-size:20px} .summary{margin:8px 0 16px} .bad{color:#b3261e;font-weight:600} .good{color:#1b6e3a;font-weight:600}
table{border-collapse:collapse} th,td{border-bottom:1px solid #dde3ea;padding:6px 10px;text-align:left;vertical-align:top}
td:nth-child(5),td:nth-child(7){max-width:420px;overflow-wrap:anywhere;font-family:ui-monospace,monospace;font-size:12px}
th{cursor:pointer;background:#f3f6f9;user-select:none} th[aria-sort=ascending]::after{content:" ▲"} th[aria-sort=descending]::after{content:" ▼"}
tr.failed td:nth-child(4){color:#b3261e;font-weight:600} tr.passed td:nth-child(4){color:#1b6e3a}
</style></head><body>
<h1>${esc(title)}</h1>
<p class="summary">Suite <b>${esc(result.suite)}</b>, ${result.n_rows} rows: <span class="${result.success ? 'good' : 'bad'}">${esc(verdict)}</span></p>
<table id="results"><thead><tr>${['Expectation', 'Column', 'Check', 'Result', 'Observed', 'Unexpected', 'First unexpected rows']
    .map((h, i) => `<th data-col="${i}" data-numeric="${[3, 5, 6].includes(i)}">${h}</th>`)
    .join('')}</tr></thead>
<tbody>
${rows}
</tbody></table>
${sortableTableScript('results')}
</body></html>
`;
}
