/** Result of a multiple-testing correction over m p-values. */
export interface CorrectionResult {
  /** The per-test significance level after correction: a p-value at or below it is a rejection. */
  readonly threshold: number;
  /** Per input p-value, whether its null hypothesis (no drift) is rejected. */
  readonly rejected: boolean[];
  /** Adjusted p-values, comparable with the family-wise alpha. */
  readonly adjusted: number[];
}

/**
 * Bonferroni correction: each of the m tests is run at `alpha / m`, which bounds the family-wise
 * error rate by alpha.
 *
 * @param pValues - one p-value per test, 0..1
 * @param alpha - family-wise significance level, 0 < alpha < 1
 * @returns the corrected threshold, rejections and adjusted p-values `min(1, m·p)`
 * @throws Error naming `bonferroni` when alpha or a p-value is out of range
 * @example
 * bonferroni([0.01, 0.02, 0.04], 0.05); // { threshold: 0.016666666666666666, rejected: [true, false, false], adjusted: [0.03, 0.06, 0.12] }
 */
export function bonferroni(pValues: readonly number[], alpha: number): CorrectionResult {
  if (!(alpha > 0 && alpha < 1)) throw new Error(`bonferroni: alpha must be within (0, 1), got ${alpha}`);
  pValues.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) throw new Error(`bonferroni: pValues[${i}] must be within 0..1, got ${p}`);
  });
  const m = Math.max(pValues.length, 1);
  const threshold = alpha / m;
  return {
    threshold,
    rejected: pValues.map((p) => p <= threshold),
    adjusted: pValues.map((p) => Math.min(1, p * m)),
  };
}
