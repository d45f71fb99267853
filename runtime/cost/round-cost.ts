/**
 * Rounds a cost or quantity to 1e-6: costs are shown to the cent, and sums of rounded values stay stable.
 *
 * @example
 * roundCost(0.1 + 0.2); // 0.3
 */
export function roundCost(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
