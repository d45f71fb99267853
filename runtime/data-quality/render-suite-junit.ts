import { describeObserved } from './describe-observed';
import { type SuiteResult } from './suite-result';

const xml = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * Renders a suite result as a JUnit XML report (one testcase per expectation, a `<failure>` for each
 * failed one), the format OCI DevOps build runs and most CI systems show as test results.
 *
 * @param result - the `checkSuite` result
 * @param source - the table checked, recorded as the testsuite's `file` property
 * @returns the XML document
 * @example
 * renderSuiteJunit({ suite: 'tx', success: true, n_rows: 3, results: [] }, 'tx.csv');
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="data-quality" tests="0" failures="0">...'
 */
export function renderSuiteJunit(result: SuiteResult, source: string): string {
  const failures = result.results.filter((r) => !r.success).length;
  const cases = result.results.map((r) => {
    const open = `    <testcase classname="data-quality.${xml(result.suite)}" name="${xml(r.expectation)}">`;
    if (r.success) return `${open}</testcase>`;
    const detail = describeObserved(r);
    return `${open}\n      <failure type="${xml(r.check)}" message="${xml(`${r.expectation} failed: ${detail}`)}">${xml(JSON.stringify(r))}</failure>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="data-quality" tests="${result.results.length}" failures="${failures}">`,
    `  <testsuite name="${xml(result.suite)}" tests="${result.results.length}" failures="${failures}" errors="0" skipped="0">`,
    `    <properties><property name="data" value="${xml(source)}"/><property name="rows" value="${result.n_rows}"/></properties>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
