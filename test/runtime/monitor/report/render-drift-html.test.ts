import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { computeDriftReport, type DriftFeatureInput } from '../../../../runtime/monitor/report/compute-drift-report';
import { featureChartData } from '../../../../runtime/monitor/report/feature-chart-data';
import { renderDriftHtml } from '../../../../runtime/monitor/report/render-drift-html';
import { generateSample } from '../../../../scripts/fixtures/drift/sample-data';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function sampleReport(): string {
  const features: DriftFeatureInput[] = [
    { name: 'age', type: 'numerical', reference: generateSample({ seed: 1, n: 400, kind: 'bell' }), current: generateSample({ seed: 2, n: 300, kind: 'bell', loc: 0.4 }) },
    { name: 'income <b>', type: 'numerical', reference: generateSample({ seed: 3, n: 400, kind: 'uniform' }), current: generateSample({ seed: 4, n: 300, kind: 'uniform' }) },
    { name: 'country', type: 'categorical', reference: Array.from({ length: 400 }, (_, i) => ['fr', 'de', 'uk'][i % 3]!), current: Array.from({ length: 300 }, (_, i) => ['fr', 'de', 'es'][i % 3]!) },
    { name: 'tiny', type: 'numerical', reference: [1, 2, 3], current: [2, 3] },
  ];
  const report = computeDriftReport(features);
  return renderDriftHtml(report, Object.fromEntries(features.map((f) => [f.name, featureChartData(f)])), 'Test report');
}

describe('renderDriftHtml', () => {
  test('renders an empty report as in its example', () => {
    expect(renderDriftHtml({ features: [], drift_score: null, dataset_drift: false }, {})).toMatch(/^<!doctype html>/);
  });

  test('is self-contained and escapes feature names', () => {
    const html = sampleReport();
    expect(html).not.toMatch(/(src|href)=["']?https?:/);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('income &lt;b&gt;');
    expect(html).not.toContain('income <b>');
  });

  const haveChromium = existsSync(CHROMIUM);
  (haveChromium ? test : test.skip)(
    haveChromium ? 'draws one chart per feature and sorts the table in headless Chromium' : 'draws charts in headless Chromium (SKIPPED: /usr/bin/chromium is not installed; apt-get install chromium)',
    async () => {
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
      try {
        const page = await browser.newPage();
        const requests: string[] = [];
        page.on('request', (r) => {
          if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
        });
        await page.setContent(sampleReport(), { waitUntil: 'load' });
        const charts = await page.$$eval('svg', (svgs) =>
          svgs.map((svg) => {
            const box = svg.getBoundingClientRect();
            const bars = [...svg.querySelectorAll('rect')].map((r) => r.getBBox()).filter((b) => b.width > 0 && b.height > 0);
            return { width: box.width, height: box.height, bars: bars.length, cur: svg.querySelectorAll('rect.cur').length };
          }),
        );
        expect(charts).toHaveLength(4);
        for (const c of charts) {
          expect(c.width).toBeGreaterThan(100);
          expect(c.bars).toBeGreaterThan(1);
          expect(c.cur).toBeGreaterThan(0);
        }
        const names = () => page.$$eval('#features tbody tr', (rows) => rows.map((r) => r.cells[0]!.textContent));
        await page.click('th[data-col="0"]');
        expect(await names()).toEqual(['age', 'country', 'income <b>', 'tiny']);
        await page.click('th[data-col="0"]');
        expect(await names()).toEqual(['tiny', 'income <b>', 'country', 'age']);
        await page.click('th[data-col="3"]');
        const stats = await page.$$eval('#features tbody tr', (rows) => rows.map((r) => Number(r.cells[3]!.getAttribute('data-sort'))));
        expect([...stats].sort((a, b) => a - b)).toEqual(stats);
        expect(requests).toEqual([]);
      } finally {
        await browser.close();
      }
    },
  );
});
