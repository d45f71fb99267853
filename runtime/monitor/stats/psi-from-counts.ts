/**
 * Population Stability Index of two histograms over the same bins:
 * `Σ (c_i - r_i) · ln(c_i / r_i)` with `r_i`, `c_i` the reference and current shares, a share of 0
 * replaced by `epsilon` (as Evidently does) so that empty bins do not make it infinite.
 *
 * @param referenceCounts - counts per bin of the reference
 * @param currentCounts - counts per bin of the current window, same length
 * @param epsilon - share used for an empty bin, > 0
 * @returns the PSI, >= 0 (0.1 is the customary drift threshold, 0.25 a major shift)
 * @throws Error naming `psiFromCounts` on mismatched lengths, negative counts, an empty side or epsilon <= 0
 * @example
 * psiFromCounts([50, 50], [25, 75], 1e-4); // 0.2746530721670274
 */
export function psiFromCounts(referenceCounts: ArrayLike<number>, currentCounts: ArrayLike<number>, epsilon = 1e-4): number {
  if (referenceCounts.length !== currentCounts.length || referenceCounts.length === 0) {
    throw new Error(`psiFromCounts: the histograms must have the same, non-zero number of bins, got ${referenceCounts.length} and ${currentCounts.length}`);
  }
  if (!(epsilon > 0)) throw new Error(`psiFromCounts: epsilon must be > 0, got ${epsilon}`);
  const totalRef = sumCounts(referenceCounts, 'referenceCounts');
  const totalCur = sumCounts(currentCounts, 'currentCounts');
  let psi = 0;
  for (let i = 0; i < referenceCounts.length; i++) {
    const r = referenceCounts[i]! / totalRef || epsilon;
    const c = currentCounts[i]! / totalCur || epsilon;
    psi += (c - r) * Math.log(c / r);
  }
  return psi;
}

function sumCounts(counts: ArrayLike<number>, name: string): number {
  let total = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!;
    if (!(c >= 0)) throw new Error(`psiFromCounts: ${name}[${i}] must be a count >= 0, got ${c}`);
    total += c;
  }
  if (total === 0) throw new Error(`psiFromCounts: ${name} holds no observation`);
  return total;
}
