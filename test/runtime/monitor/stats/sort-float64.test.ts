import { sortFloat64 } from '../../../../runtime/monitor/stats/sort-float64';
import { generateSample } from '../../../../scripts/fixtures/drift/sample-data';

/** Index of the first differing value (-0 equals +0), or -1. */
function firstDifference(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length) return 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

describe('sortFloat64', () => {
  test('sorts small arrays as in its example', () => {
    expect(Array.from(sortFloat64(Float64Array.from([3, -1, 2.5, -Infinity])))).toEqual([-Infinity, -1, 2.5, 3]);
  });
  test('sorts large arrays like the built-in sort, with signed zeros, infinities and subnormals', () => {
    const a = generateSample({ seed: 5, n: 140_000, kind: 'bell', scale: 1e6 });
    const special = [-0, 0, Infinity, -Infinity, -1e-310, 1e-310, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324];
    for (let i = 0; i < 900; i++) a[i * 150] = special[i % special.length]!;
    expect(firstDifference(sortFloat64(a.slice()), a.slice().sort())).toBe(-1);
  });
  test('sorts integer-valued data with many ties', () => {
    const a = generateSample({ seed: 6, n: 135_000, kind: 'integer', levels: 7, loc: -3 });
    expect(firstDifference(sortFloat64(a.slice()), a.slice().sort())).toBe(-1);
  });
  test('fails on NaN', () => {
    expect(() => sortFloat64(Float64Array.from([1, NaN]))).toThrow(/sortFloat64: values\[1\] is NaN/);
  });
});
