/**
 * A monthly amount as the reports print it: two decimals, thousands separated, `-` for none.
 *
 * @example
 * formatMoney(1234.5); // '1,234.50'
 */
export function formatMoney(x: number | null | undefined): string {
  if (x === null || x === undefined) return '-';
  return x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
