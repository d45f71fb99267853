/**
 * Rounds to the nearest integer, ties to the even one: NumPy's `round`, which ONNX Runtime's
 * quantizer and the QuantizeLinear operator use (`Math.round` sends ties up).
 *
 * @param x - a finite number
 * @returns the nearest integer, ties to even
 * @example
 * roundHalfEven(2.5); // 2
 * roundHalfEven(-1.5); // -2
 */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  // Math.round sends every tie up; step back when the tie landed on an odd number.
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
