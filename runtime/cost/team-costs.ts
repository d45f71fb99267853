import { type CostEstimate, type SynthesizedStack } from './cost-types';
import { stackBudgets } from './stack-budgets';

/** One team's (one stack's) estimate against its budget. */
export interface TeamCost {
  readonly team: string;
  readonly stack: string;
  readonly monthly: number;
  readonly budget?: number;
  /** True when the estimate exceeds the budget. */
  readonly overBudget: boolean;
  /** True when part of the team's cost depends on usage not given. */
  readonly usageDependent: boolean;
}

/**
 * Per team (per stack), the estimated monthly cost and the budget its stack defines.
 *
 * @example
 * teamCosts(estimate, stacks).filter((t) => t.overBudget).map((t) => t.team); // ['fraud-detection']
 */
export function teamCosts(estimate: CostEstimate, stacks: readonly SynthesizedStack[]): TeamCost[] {
  const budgets = new Map(stackBudgets(stacks).map((b) => [b.stack, b]));
  return estimate.stacks.map((s) => {
    const b = budgets.get(s.stack);
    return {
      team: b?.team ?? s.stack,
      stack: s.stack,
      monthly: s.monthly,
      budget: b?.monthlyAmount,
      overBudget: b?.monthlyAmount !== undefined && s.monthly > b.monthlyAmount,
      usageDependent: s.resources.some((r) => r.usage_dependent),
    };
  });
}
