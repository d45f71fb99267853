import { type ExpectationResult } from './suite-result';

/**
 * One line saying what an expectation saw, for the text, JUnit and HTML reports.
 *
 * @param r - the result
 * @returns e.g. `observed -3; 2 unexpected rows: 4, 9`
 * @example
 * describeObserved({ expectation: 'amount.min', column: 'amount', check: 'min', success: false, observed: -3, unexpected_count: 2, unexpected_rows: [4, 9] });
 * // 'observed -3; 2 unexpected rows (first: 4, 9)'
 */
export function describeObserved(r: ExpectationResult): string {
  if (r.check === 'exists' && !r.success) return `column "${r.column}" is not in the data`;
  const parts = [`observed ${JSON.stringify(r.observed)}`];
  if (r.unexpected_count) parts.push(`${r.unexpected_count} unexpected row${r.unexpected_count === 1 ? '' : 's'}${r.unexpected_rows.length ? ` (first: ${r.unexpected_rows.join(', ')})` : ''}`);
  return parts.join('; ');
}
