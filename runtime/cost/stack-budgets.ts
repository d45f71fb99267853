import { type SynthesizedStack } from './cost-types';
import { configNumber } from './config-number';

/** One stack's budget: the sum of the `amount` of its `oci_budget_budget` resources. */
export interface StackBudget {
  readonly stack: string;
  /** Team name: the stack name without `team-` (the platform stack is `platform`). */
  readonly team: string;
  /** Monthly budget, or undefined when the stack defines none. */
  readonly monthlyAmount?: number;
}

/**
 * The budget each stack defines (a team's `budget.monthlyAmount` synthesizes to one
 * `oci_budget_budget`), read from the synthesized stacks so the check sees what will be deployed.
 *
 * @example
 * stackBudgets(stacks); // [{ stack: 'team-fraud-detection', team: 'fraud-detection', monthlyAmount: 4000 }]
 */
export function stackBudgets(stacks: readonly SynthesizedStack[]): StackBudget[] {
  return stacks.map((s) => {
    const amounts = s.resources.filter((r) => r.type === 'oci_budget_budget').map((r) => configNumber(r.config.amount));
    const known = amounts.filter((a): a is number => a !== undefined);
    return { stack: s.stack, team: s.stack.replace(/^team-/, ''), monthlyAmount: known.length ? known.reduce((a, b) => a + b, 0) : undefined };
  });
}
