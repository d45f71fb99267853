import { KllSketch } from '../../../../runtime/monitor/profile/kll-sketch';
import { generateSample } from '../../../../scripts/fixtures/drift/sample-data';

function maxRankError(sketch: KllSketch, sortedValues: Float64Array): number {
  const { items, weights } = sketch.weightedItems();
  const n = sortedValues.length;
  let cum = 0;
  let j = 0;
  let worst = 0;
  for (let i = 0; i < items.length; i++) {
    cum += weights[i]!;
    if (i + 1 < items.length && items[i + 1] === items[i]) continue; // compare CDFs after a run of ties
    while (j < n && sortedValues[j]! <= items[i]!) j++;
    worst = Math.max(worst, Math.abs(cum / n - j / n));
  }
  return worst;
}

describe('KllSketch', () => {
  test('counts values and estimates ranks as in its example', () => {
    const s = new KllSketch(200);
    for (let i = 1; i <= 1000; i++) s.update(i);
    expect(s.count).toBe(1000);
    expect(Math.abs(s.rank(500) - 0.5)).toBeLessThan(KllSketch.rankErrorBound(200));
  });

  test.each([
    [200, 100_000, 'bell'],
    [1000, 200_000, 'uniform'],
    [1000, 50_000, 'integer'],
  ] as const)('keeps every rank within the documented 3/k bound (k=%d, n=%d, %s values)', (k, n, kind) => {
    const values = generateSample({ seed: k + n, n, kind, levels: 500 });
    const s = new KllSketch(k, 7);
    for (const v of values) s.update(v);
    expect(maxRankError(s, values.sort())).toBeLessThanOrEqual(KllSketch.rankErrorBound(k));
  });

  test('retains O(k) numbers however many values it saw', () => {
    const s = new KllSketch(200, 3);
    const sizes: number[] = [];
    for (let i = 0; i < 2_000_000; i++) {
      s.update(i % 9973);
      if ((i + 1) % 500_000 === 0) sizes.push(s.retainedItems);
    }
    expect(Math.max(...sizes)).toBeLessThan(4 * 200);
  });

  test('round-trips through its serialised state', () => {
    const s = new KllSketch(64, 1);
    for (let i = 0; i < 5000; i++) s.update(i);
    const back = KllSketch.fromState(JSON.parse(JSON.stringify(s.toState())));
    expect(back.count).toBe(5000);
    expect(back.min).toBe(0);
    expect(back.max).toBe(4999);
    expect(back.rank(2500)).toBe(s.rank(2500));
  });

  test('fails on a bad k, NaN or a rank of an empty sketch', () => {
    expect(() => new KllSketch(4)).toThrow(/KllSketch: k must be an integer 8..65536, got 4/);
    expect(() => new KllSketch(8).update(NaN)).toThrow(/KllSketch.update: value is NaN/);
    expect(() => new KllSketch(8).rank(1)).toThrow(/KllSketch.rank: the sketch is empty/);
  });
});
