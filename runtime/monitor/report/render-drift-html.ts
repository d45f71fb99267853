import { type DriftReport } from './compute-drift-report';
import { type FeatureChartData } from './feature-chart-data';
import { escapeHtml as esc } from '../../contract/escape-html';
import { sortableTableScript } from '../../contract/sortable-table-script';

const W = 260;
const H = 90;

/**
 * Renders the drift report as one self-contained HTML page: a summary, then a table with one row
 * per feature (test, statistic, p-value, threshold, verdict) and an inline SVG overlaying the
 * reference (blue) and current (orange) distributions. Headers sort the table (inline script);
 * nothing is fetched from the network (a Content-Security-Policy forbids it).
 *
 * @param report - the `computeDriftReport` result
 * @param charts - chart data per feature name (`featureChartData`); a feature without one gets no chart
 * @param title - page title
 * @returns the HTML document
 * @example
 * renderDriftHtml({ features: [], drift_score: null, dataset_drift: false }, {}); // '<!doctype html>...'
 */
export function renderDriftHtml(report: DriftReport, charts: Readonly<Record<string, FeatureChartData>>, title = 'Drift report'): string {
  const rows = report.features
    .map((f) => {
      const cells = [
        [f.name, f.name],
        [f.type, f.type],
        [f.method, f.method],
        [fmt(f.statistic), f.statistic ?? -1],
        [fmt(f.p_value), f.p_value ?? -1],
        [fmt(f.threshold), f.threshold],
        [f.status.replace('_', ' '), f.status],
        [String(f.n_reference), f.n_reference],
        [String(f.n_current), f.n_current],
      ] as const;
      const chart = charts[f.name];
      return `<tr class="${f.status}">${cells.map(([text, key]) => `<td data-sort="${esc(String(key))}">${esc(text)}</td>`).join('')}<td>${chart ? svg(chart, f.name) : ''}</td></tr>`;
    })
    .join('\n');
  const score = report.drift_score === null ? 'no verdict (insufficient data)' : `${(report.drift_score * 100).toFixed(1)}% of features drifted`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>
body{font:14px system-ui,sans-serif;margin:24px;color:#1d2733}
h1{font-size:20px} .summary{margin:8px 0 16px} .dataset-drift{color:#b3261e;font-weight:600}
table{border-collapse:collapse} th,td{border-bottom:1px solid #dde3ea;padding:6px 10px;text-align:left;vertical-align:middle}
th{cursor:pointer;background:#f3f6f9;user-select:none} th[aria-sort=ascending]::after{content:" ▲"} th[aria-sort=descending]::after{content:" ▼"}
tr.drift td:nth-child(7){color:#b3261e;font-weight:600} tr.no_drift td:nth-child(7){color:#1b6e3a} tr.insufficient_data td:nth-child(7){color:#7a6400}
.legend span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:middle}
</style></head><body>
<h1>${esc(title)}</h1>
<p class="summary">${esc(score)} — dataset drift: <span class="${report.dataset_drift ? 'dataset-drift' : ''}">${report.dataset_drift ? 'yes' : 'no'}</span>
<span class="legend"><span style="background:#1f77b4;opacity:.55"></span>reference<span style="background:#ff7f0e;opacity:.55"></span>current</span></p>
<table id="features"><thead><tr>${['Feature', 'Type', 'Test', 'Statistic', 'p-value', 'Threshold', 'Result', 'n ref', 'n cur', 'Distributions']
    .map((h, i) => (i < 9 ? `<th data-col="${i}" data-numeric="${[3, 4, 5, 7, 8].includes(i)}">${h}</th>` : `<th>${h}</th>`))
    .join('')}</tr></thead>
<tbody>
${rows}
</tbody></table>
${sortableTableScript('features')}
</body></html>
`;
}

function fmt(v: number | null): string {
  if (v === null) return '—';
  if (v !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e5)) return v.toExponential(3);
  return v.toFixed(4);
}

function svg(chart: FeatureChartData, name: string): string {
  const n = chart.reference.length;
  if (n === 0) return '';
  const top = Math.max(...chart.reference, ...chart.current, 1e-12);
  const bw = W / n;
  const bars = (values: number[], color: string, cls: string): string =>
    values
      .map((v, i) => {
        const h = (v / top) * (H - 4);
        return `<rect class="${cls}" x="${(i * bw + 0.5).toFixed(2)}" y="${(H - h).toFixed(2)}" width="${Math.max(bw - 1, 0.5).toFixed(2)}" height="${h.toFixed(2)}" fill="${color}" fill-opacity="0.55"/>`;
      })
      .join('');
  const label =
    chart.kind === 'numerical'
      ? `${fmt(chart.edges[0]!)} … ${fmt(chart.edges[chart.edges.length - 1]!)}`
      : `${chart.categories.length} categories`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H + 14}" viewBox="0 0 ${W} ${H + 14}" role="img" aria-label="${esc(name)}: reference and current distributions">${bars(chart.reference, '#1f77b4', 'ref')}${bars(chart.current, '#ff7f0e', 'cur')}<line x1="0" y1="${H}" x2="${W}" y2="${H}" stroke="#8a96a3"/><text x="0" y="${H + 12}" font-size="10" fill="#55606c">${esc(label)}</text></svg>`;
}
