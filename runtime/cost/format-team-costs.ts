import { formatMoney } from './format-money';
import { type TeamCost } from './team-costs';

/**
 * The per-team table `oci-mlops synth --cost` prints: estimate, budget, share of the budget.
 *
 * @example
 * formatTeamCosts(teamCosts(estimate, stacks), 'USD');
 */
export function formatTeamCosts(rows: readonly TeamCost[], currency: string): string {
  const header = `${'team'.padEnd(28)} ${`monthly (${currency})`.padStart(16)} ${'budget'.padStart(12)} ${'of budget'.padStart(10)}`;
  const lines = rows.map((r) => {
    const share = r.budget ? `${((r.monthly / r.budget) * 100).toFixed(0)}%` : '-';
    const notes = [r.overBudget ? 'OVER BUDGET' : '', r.usageDependent ? '+ usage' : ''].filter(Boolean).join(', ');
    return `${r.team.padEnd(28)} ${formatMoney(r.monthly).padStart(16)} ${formatMoney(r.budget).padStart(12)} ${share.padStart(10)}${notes ? `  ${notes}` : ''}`;
  });
  return `${[header, ...lines].join('\n')}\n`;
}
