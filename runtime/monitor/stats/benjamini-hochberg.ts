import { type CorrectionResult } from './bonferroni';

/**
 * Benjamini–Hochberg step-up procedure, which bounds the false discovery rate by alpha: with the
 * p-values sorted ascending, find the largest rank k with `p_(k) <= k·alpha/m` and reject the k
 * smallest. The threshold returned is `k·alpha/m`, or `alpha/m` when nothing is rejected.
 *
 * @param pValues - one p-value per test, 0..1
 * @param alpha - false discovery rate, 0 < alpha < 1
 * @returns the corrected threshold, rejections and BH-adjusted p-values (`statsmodels`' `fdr_bh`)
 * @throws Error naming `benjaminiHochberg` when alpha or a p-value is out of range
 * @example
 * benjaminiHochberg([0.01, 0.02, 0.04], 0.05); // { threshold: 0.05, rejected: [true, true, true], adjusted: [0.03, 0.03, 0.04] }
 */
export function benjaminiHochberg(pValues: readonly number[], alpha: number): CorrectionResult {
  if (!(alpha > 0 && alpha < 1)) throw new Error(`benjaminiHochberg: alpha must be within (0, 1), got ${alpha}`);
  pValues.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) throw new Error(`benjaminiHochberg: pValues[${i}] must be within 0..1, got ${p}`);
  });
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a]! - pValues[b]!);
  let k = 0;
  order.forEach((idx, rank) => {
    if (pValues[idx]! <= ((rank + 1) * alpha) / m) k = rank + 1;
  });
  const threshold = k > 0 ? (k * alpha) / m : alpha / Math.max(m, 1);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const idx = order[rank]!;
    running = Math.min(running, (pValues[idx]! * m) / (rank + 1));
    adjusted[idx] = running;
  }
  const rejected = new Array<boolean>(m).fill(false);
  for (let rank = 0; rank < k; rank++) rejected[order[rank]!] = true;
  return { threshold, rejected, adjusted };
}
