import { KllSketch } from '../../../../runtime/monitor/profile/kll-sketch';
import { ProfileBuilder } from '../../../../runtime/monitor/profile/profile-builder';
import { computeDriftReport, type DriftFeatureInput } from '../../../../runtime/monitor/report/compute-drift-report';
import { generateCategories, generateSample } from '../../../../scripts/fixtures/drift/sample-data';

// docs/drift.md, "Drift from a profile": the bounds checked here.
const K = 1000;
const EPS = KllSketch.rankErrorBound(K);

function compare(shift: number, scale: number, seed: number) {
  const ref = generateSample({ seed, n: 50_000, kind: 'bell', scale: 2 });
  const cur = generateSample({ seed: seed + 1, n: 3_000, kind: 'bell', loc: shift, scale: 2 * scale });
  const refCats = generateCategories(seed + 2, 50_000, 12, 2);
  const curCats = generateCategories(seed + 3, 3_000, 12, shift > 0 ? 1 : 2);
  const builder = new ProfileBuilder({ features: [{ name: 'x', type: 'numerical' }, { name: 'c', type: 'categorical' }], sketchK: K, bins: 10 });
  builder.addValues('x', ref);
  builder.addValues('c', refCats);
  const profile = builder.finish();
  const methods = ['ks', 'wasserstein', 'psi', 'jensenshannon'] as const;
  const run = (fromProfile: boolean) =>
    Object.fromEntries(
      methods.map((m) => {
        const features: DriftFeatureInput[] = [
          { name: 'x', type: 'numerical', reference: fromProfile ? (profile.features.x as never) : ref, current: cur },
          { name: 'c', type: 'categorical', reference: fromProfile ? (profile.features.c as never) : refCats, current: curCats },
        ];
        const r = computeDriftReport(features, { features: { x: { method: m }, c: { method: m === 'ks' ? 'chi2' : 'jensenshannon' } } });
        return [m, r.features];
      }),
    );
  const lo = Math.min(...ref, ...cur);
  const hi = Math.max(...ref, ...cur);
  const std = Math.sqrt(ref.reduce((s, v) => s + v * v, 0) / ref.length - (ref.reduce((s, v) => s + v, 0) / ref.length) ** 2);
  return { raw: run(false), prof: run(true), range: hi - lo, std };
}

describe('drift from a reference profile compared with drift from the raw reference', () => {
  test.each([
    [0, 1, 101],
    [0.1, 1, 203],
    [0.5, 1.3, 307],
  ])('stays within the documented error bounds (shift %d, scale %d)', (shift, scale, seed) => {
    const { raw, prof, range, std } = compare(shift, scale, seed);
    const stat = (r: typeof raw, m: string, i: number) => r[m]![i]!.statistic!;
    // KS: the statistic moves by at most the sketch's rank error.
    expect(Math.abs(stat(prof, 'ks', 0) - stat(raw, 'ks', 0))).toBeLessThanOrEqual(EPS);
    // Wasserstein: at most eps * range / std (normalised).
    expect(Math.abs(stat(prof, 'wasserstein', 0) - stat(raw, 'wasserstein', 0))).toBeLessThanOrEqual((EPS * range) / std);
    // PSI and Jensen-Shannon on sketch-cut bins: the measured bound documented in docs/drift.md.
    expect(Math.abs(stat(prof, 'psi', 0) - stat(raw, 'psi', 0))).toBeLessThanOrEqual(0.01 + 0.05 * stat(raw, 'psi', 0));
    expect(Math.abs(stat(prof, 'jensenshannon', 0) - stat(raw, 'jensenshannon', 0))).toBeLessThanOrEqual(0.01);
    // Categorical features: the profile's counts are exact, so the results are identical.
    expect(prof.ks![1]).toEqual(raw.ks![1]);
    expect(prof.jensenshannon![1]).toEqual(raw.jensenshannon![1]);
    // And the verdicts agree away from the threshold.
    if (shift === 0.5) for (const m of ['ks', 'wasserstein', 'psi']) expect(prof[m]![0]!.drift_detected).toBe(true);
  });
});
