import { describeObserved } from '../../../runtime/data-quality/describe-observed';
import { renderDataQualityHtml } from '../../../runtime/data-quality/render-data-quality-html';
import { renderSuiteJunit } from '../../../runtime/data-quality/render-suite-junit';
import { type SuiteResult } from '../../../runtime/data-quality/suite-result';

const RESULT: SuiteResult = {
  suite: 'tx <&>', success: false, n_rows: 10,
  results: [
    { expectation: 'amount.min', column: 'amount', check: 'min', success: false, observed: -3, unexpected_count: 2, unexpected_rows: [4, 9] },
    { expectation: 'iban.exists', column: 'iban', check: 'exists', success: false, observed: null, unexpected_count: null, unexpected_rows: [] },
    { expectation: 'table.rowCount', column: null, check: 'rowCount', success: true, observed: 10, unexpected_count: null, unexpected_rows: [] },
  ],
};

describe('reports of a suite result', () => {
  test('describeObserved says what was seen (@example)', () => {
    expect(describeObserved(RESULT.results[0]!)).toBe('observed -3; 2 unexpected rows (first: 4, 9)');
    expect(describeObserved(RESULT.results[1]!)).toBe('column "iban" is not in the data');
  });

  test('JUnit: one testcase per expectation, a failure for each failed one, names escaped', () => {
    const xml = renderSuiteJunit(RESULT, 'data/tx.csv');
    expect(xml).toContain('<testsuites name="data-quality" tests="3" failures="2">');
    expect(xml).toContain('<testsuite name="tx &lt;&amp;&gt;" tests="3" failures="2" errors="0" skipped="0">');
    expect(xml).toContain('<property name="data" value="data/tx.csv"/>');
    expect(xml).toContain('<testcase classname="data-quality.tx &lt;&amp;&gt;" name="table.rowCount"></testcase>');
    expect(xml.match(/<failure /g)).toHaveLength(2);
  });

  test('HTML: self-contained, failed expectations first', () => {
    const html = renderDataQualityHtml(RESULT);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<title>Data quality: tx &lt;&amp;&gt;</title>');
    expect(html).toContain('2 of 3 expectations failed');
    expect(html.indexOf('amount.min')).toBeLessThan(html.indexOf('table.rowCount'));
  });
});
