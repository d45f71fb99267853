/**
 * Memory the typed arrays of one read may take by default: every column of a 1e6-row table
 * (20 columns x 1e6 rows x 8 bytes = 160 MB per table) is read in one scan, which is fastest;
 * a 1e7-row table is read a few columns at a time.
 */
export const DEFAULT_COLUMN_BUDGET_BYTES = 512 * 2 ** 20;

/**
 * Splits columns into groups, each read in one scan, so that one group's arrays fit in a memory
 * budget: one group of every column when they fit, else groups of as many columns as fit (at
 * least one, since a column cannot be split).
 *
 * @param names - the columns, in reading order
 * @param bytesPerColumn - bytes one column's arrays take (rows x 8 for Float64, summed over the
 *   tables read together)
 * @param budgetBytes - the budget
 * @returns the groups, in order, covering `names` once
 * @throws Error naming `planColumnGroups` when a size is negative or not a number
 * @example
 * planColumnGroups(['a', 'b', 'c'], 80e6, 200e6); // [['a', 'b'], ['c']]
 */
export function planColumnGroups(names: readonly string[], bytesPerColumn: number, budgetBytes = DEFAULT_COLUMN_BUDGET_BYTES): string[][] {
  if (!(bytesPerColumn >= 0) || !(budgetBytes >= 0)) throw new Error(`planColumnGroups: sizes must be numbers >= 0, got bytesPerColumn ${bytesPerColumn}, budgetBytes ${budgetBytes}`);
  const size = bytesPerColumn === 0 ? names.length : Math.max(1, Math.floor(budgetBytes / bytesPerColumn));
  const groups: string[][] = [];
  for (let i = 0; i < names.length; i += Math.max(1, size)) groups.push(names.slice(i, i + Math.max(1, size)));
  return groups;
}
