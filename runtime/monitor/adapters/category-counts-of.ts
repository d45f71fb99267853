import { type CategoricalColumn } from '../../data';
import { type CategoryCounts } from '../report/drift-report-types';

/**
 * Counts a dictionary-coded column per category (nulls left out), keys in the dictionary's order of
 * first appearance: the counts a list of the same values would give, without a string per row.
 *
 * @param column - codes and dictionary from `DataTable.categorical`
 * @returns counts and their total
 * @example
 * categoryCountsOf({ codes: Int32Array.from([0, 1, 0, -1]), dictionary: ['DE', 'FR'], missing: 1 }); // { counts: { DE: 2, FR: 1 }, total: 3 }
 */
export function categoryCountsOf(column: CategoricalColumn): CategoryCounts {
  const perCode = new Float64Array(column.dictionary.length);
  for (let i = 0; i < column.codes.length; i++) {
    const code = column.codes[i]!;
    if (code >= 0) perCode[code]!++;
  }
  const counts: Record<string, number> = {};
  let total = 0;
  column.dictionary.forEach((value, code) => {
    counts[value] = perCode[code]!;
    total += perCode[code]!;
  });
  return { counts, total };
}
