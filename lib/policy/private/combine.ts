import { type RuleResult } from '../rule';

/** A check of one item (a rule entry, a subnet) that may be undecidable before apply. */
export type Verdict = 'pass' | 'fail' | 'unknown';

/**
 * Folds per-item verdicts into a rule result: any failure fails; otherwise any unknown item makes
 * the whole undecidable; otherwise compliant (also when there are no items).
 *
 * @param verdicts - one verdict per item
 * @returns the rule result
 */
export function combineVerdicts(verdicts: readonly Verdict[]): RuleResult {
  if (verdicts.includes('fail')) return 'NON_COMPLIANT';
  if (verdicts.includes('unknown')) return 'NOT_APPLICABLE';
  return 'COMPLIANT';
}
