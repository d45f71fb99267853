/**
 * Mulberry32: a small, well-mixed seeded 32-bit generator, for data that must be the same on every
 * run (test fixtures, made-up benchmark inputs, weight initialization). Not for secrets.
 *
 * @param seed - any 32-bit integer
 * @returns a function giving the next number in [0, 1)
 * @example
 * const next = mulberry32(42);
 * next(); // 0.6011037519201636, the same on every run
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
