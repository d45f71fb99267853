import { type CostEstimate } from './cost-types';
import { formatMoney } from './format-money';

/**
 * The estimate as text: per stack, each priced resource with its components, then the stack's
 * total; free resources are counted per stack, not listed.
 *
 * @example
 * process.stdout.write(formatCostEstimate(estimateCosts(stacks)));
 */
export function formatCostEstimate(estimate: CostEstimate): string {
  const lines: string[] = [];
  for (const s of estimate.stacks) {
    lines.push(`${s.stack}`);
    let free = 0;
    for (const r of s.resources) {
      if (!r.components.length) {
        free++;
        continue;
      }
      lines.push(`  ${r.address}${r.usage_dependent ? '  (usage-dependent)' : ''}`);
      for (const c of r.components) {
        const qty = c.name.startsWith('not priced') ? 'not modeled' : c.quantity === null ? 'usage not given' : `${trim(c.quantity)} ${c.unit} x ${c.unit_price}`;
        lines.push(`    ${pad(c.name, 78)} ${pad(qty, 34)} ${formatMoney(c.monthly).padStart(12)}`);
      }
    }
    lines.push(`  ${free} free resources`);
    lines.push(`  ${pad(`total ${s.stack}`, 113)} ${formatMoney(s.monthly).padStart(12)}`, '');
  }
  lines.push(`TOTAL monthly (${estimate.currency}, list prices, before free allowances): ${formatMoney(estimate.total_monthly)}`);
  const resources = estimate.stacks.flatMap((s) => s.resources);
  const notPriced = resources.filter((r) => r.components.some((c) => c.name.startsWith('not priced'))).length;
  const dependent = resources.filter((r) => r.usage_dependent).length - notPriced;
  if (dependent) lines.push(`${dependent} resources depend on usage not given (pass --usage USAGE.yaml): that part of their cost is not in the total`);
  if (notPriced) lines.push(`${notPriced} resources are not priced (each says why): their cost is not in the total`);
  return `${lines.join('\n')}\n`;
}

const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
const trim = (x: number) => Number(x.toFixed(4)).toString();
