import { type CategoryCounts } from './drift-report-types';

/**
 * The counts of a categorical sample, given as values or already counted.
 *
 * @param sample - one value per row, or counts (returned as a copy)
 * @returns a fresh record of counts, keys in order of first appearance
 * @example
 * countCategories(['a', 'b', 'a']); // { a: 2, b: 1 }
 */
export function countCategories(sample: readonly string[] | CategoryCounts): Record<string, number> {
  if (!Array.isArray(sample)) return { ...(sample as CategoryCounts).counts };
  const counts: Record<string, number> = {};
  for (const v of sample as readonly string[]) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

