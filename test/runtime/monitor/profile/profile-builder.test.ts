import { ProfileBuilder } from '../../../../runtime/monitor/profile/profile-builder';
import { parseDriftProfile } from '../../../../runtime/monitor/profile/parse-drift-profile';

describe('ProfileBuilder', () => {
  test('summarises a numerical feature as in its example', () => {
    const b = new ProfileBuilder({ features: [{ name: 'x', type: 'numerical' }] });
    b.addRow({ x: 1 });
    b.addRow({ x: 3 });
    expect(b.finish().features.x).toMatchObject({ type: 'numerical', count: 2, missing: 0, mean: 2, std: 1, min: 1, max: 3 });
  });

  test('counts missing values, categories and pools categories beyond the cap', () => {
    const b = new ProfileBuilder({ features: [{ name: 'c', type: 'categorical' }, { name: 'x', type: 'numerical' }], maxCategories: 2 });
    for (const c of ['a', 'b', 'a', 'z', '', null]) b.addRow({ c, x: '' });
    const p = b.finish();
    expect(p.rows).toBe(6);
    expect(p.features.c).toEqual({ type: 'categorical', count: 4, missing: 2, categories: { __other__: 1, a: 2, b: 1 }, otherCategory: '__other__' });
    expect(p.features.x).toMatchObject({ count: 0, missing: 6 });
  });

  test('writes a histogram whose counts sum to the values seen and a profile that parses', () => {
    const b = new ProfileBuilder({ features: [{ name: 'x', type: 'numerical' }], bins: 5, sketchK: 100 });
    b.addValues('x', Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 1000));
    b.setRows(10_000);
    const p = parseDriftProfile(JSON.parse(JSON.stringify(b.finish())), 'test');
    const f = p.features.x!;
    if (f.type !== 'numerical') throw new Error('expected numerical');
    expect(f.histogram.edges).toHaveLength(4);
    expect(f.histogram.counts.reduce((s, v) => s + v, 0)).toBe(10_000);
    f.histogram.counts.forEach((c) => expect(Math.abs(c - 2000)).toBeLessThan(10_000 * 2 * (3 / 100)));
  });

  test('fails on no feature, a repeated name, a bad option or a non-numeric value', () => {
    expect(() => new ProfileBuilder({ features: [] })).toThrow(/ProfileBuilder: pass at least one feature/);
    expect(() => new ProfileBuilder({ features: [{ name: 'a', type: 'numerical' }, { name: 'a', type: 'numerical' }] })).toThrow(/feature "a" is listed twice/);
    expect(() => new ProfileBuilder({ features: [{ name: 'a', type: 'numerical' }], bins: 1 })).toThrow(/bins must be an integer >= 2, got 1/);
    const b = new ProfileBuilder({ features: [{ name: 'a', type: 'numerical' }] });
    expect(() => b.addRow({ a: 'abc' })).toThrow(/feature "a" has a value that is not a finite number: "abc"/);
    expect(() => b.addValues('zz', [1])).toThrow(/unknown feature "zz"/);
  });
});
