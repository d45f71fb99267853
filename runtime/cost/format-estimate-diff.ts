import { type EstimateDiff } from './diff-estimates';
import { formatMoney } from './format-money';

const signed = (x: number) => `${x >= 0 ? '+' : '-'}${formatMoney(Math.abs(x))}`;

/**
 * The difference as `infracost diff` prints it: `+` added, `-` removed, `~` changed, per stack
 * then resource, with before -> after and the monthly delta.
 *
 * @example
 * formatEstimateDiff(diffEstimates(before, after));
 */
export function formatEstimateDiff(diff: EstimateDiff): string {
  const mark = { added: '+', removed: '-', changed: '~' } as const;
  const lines = diff.changes.map((c) => {
    const head = c.address ? `    ${mark[c.change]} ${c.address}` : `${mark[c.change]} ${c.stack}`;
    return `${head.padEnd(96)} ${signed(c.delta).padStart(14)}  (${formatMoney(c.before)} -> ${formatMoney(c.after)})`;
  });
  if (!lines.length) lines.push('no cost change');
  lines.push('', `Monthly cost change (${diff.currency}): ${signed(diff.delta)}  (${formatMoney(diff.before)} -> ${formatMoney(diff.after)})`);
  return `${lines.join('\n')}\n`;
}
