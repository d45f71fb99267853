import { mulberry32 } from '../../../runtime/contract/mulberry32';

describe('mulberry32', () => {
  test('gives the same sequence for a seed on every run (the JSDoc example)', () => {
    const next = mulberry32(42);
    expect(next()).toBe(0.6011037519201636);
    const [a, b] = [mulberry32(7), mulberry32(7)];
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
  });
  test('stays in [0, 1) and spreads over it', () => {
    const next = mulberry32(1);
    const xs = Array.from({ length: 10000 }, next);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 1);
    expect(mulberry32(2)()).not.toBe(mulberry32(1)());
  });
});
