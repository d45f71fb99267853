import { computeDriftReport, type DriftFeatureInput } from '../../../../runtime/monitor/report/compute-drift-report';
import { generateSample } from '../../../../scripts/fixtures/drift/sample-data';

const same = (seed: number, n = 200) => generateSample({ seed, n, kind: 'bell' });
const shifted = (seed: number, n = 200) => generateSample({ seed, n, kind: 'bell', loc: 1 });

describe('computeDriftReport', () => {
  test('reports the example with the JSON fields of the CLI', () => {
    const r = computeDriftReport([{ name: 'x', type: 'numerical', reference: [1, 2, 3], current: [7, 8, 9] }], { minSamples: 3 });
    expect(r).toEqual({
      features: [{ name: 'x', type: 'numerical', method: 'ks', statistic: 1, p_value: 0.09999999999999999, threshold: 0.05, status: 'no_drift', drift_detected: false, n_reference: 3, n_current: 3 }],
      drift_score: 0,
      dataset_drift: false,
    });
  });

  test('says insufficient data below minSamples, never drift or no drift, and leaves it out of the score', () => {
    const r = computeDriftReport([
      { name: 'small', type: 'numerical', reference: same(1), current: [1, 2] },
      { name: 'big', type: 'numerical', reference: same(2), current: shifted(3) },
    ]);
    expect(r.features[0]).toMatchObject({ status: 'insufficient_data', drift_detected: null, statistic: null, p_value: null, n_current: 2 });
    expect(r.features[1]).toMatchObject({ status: 'drift', drift_detected: true });
    expect(r.drift_score).toBe(1);
    expect(r.dataset_drift).toBe(true);
  });

  test('has a null drift score when no feature has a verdict', () => {
    expect(computeDriftReport([{ name: 'x', type: 'numerical', reference: [1], current: [2] }]).drift_score).toBeNull();
  });

  test('corrects the alpha across p-value features (Bonferroni by default, BH on request)', () => {
    const features: DriftFeatureInput[] = [0, 1, 2, 3].map((i) => ({ name: `f${i}`, type: 'numerical', reference: same(10 + i), current: same(20 + i) }));
    expect(computeDriftReport(features).features.map((f) => f.threshold)).toEqual([0.0125, 0.0125, 0.0125, 0.0125]);
    expect(computeDriftReport(features, { correction: 'none' }).features[0]!.threshold).toBe(0.05);
    expect(computeDriftReport(features, { correction: 'benjamini-hochberg' }).features[0]!.threshold).toBe(0.0125);
  });

  test('uses distances with thresholds for large references and per-feature overrides', () => {
    const r = computeDriftReport(
      [
        { name: 'n', type: 'numerical', reference: same(5, 2000), current: shifted(6, 500) },
        { name: 'c', type: 'categorical', reference: Array.from({ length: 2000 }, (_, i) => (i % 3 ? 'a' : 'b')), current: Array.from({ length: 500 }, (_, i) => (i % 2 ? 'a' : 'b')) },
        { name: 'p', type: 'numerical', reference: same(7, 2000), current: same(8, 500) },
      ],
      { features: { p: { method: 'psi', threshold: 0.2 } } },
    );
    expect(r.features.map((f) => [f.method, f.threshold, f.p_value, f.status])).toEqual([
      ['wasserstein', 0.1, null, 'drift'],
      ['jensenshannon', 0.1, null, 'drift'],
      ['psi', 0.2, null, 'no_drift'],
    ]);
  });

  test('leaves ignored features out of the drift score', () => {
    const r = computeDriftReport(
      [
        { name: 'a', type: 'numerical', reference: same(30), current: shifted(31) },
        { name: 'b', type: 'numerical', reference: same(32), current: same(33) },
      ],
      { features: { a: { ignore: true } } },
    );
    expect(r.drift_score).toBe(0);
  });

  test('fails naming the feature when a method does not fit its type', () => {
    expect(() => computeDriftReport([{ name: 'c', type: 'categorical', reference: ['a'], current: ['a'] }], { features: { c: { method: 'ks' } } })).toThrow(
      /computeDriftReport: feature "c": method ks does not apply to a categorical feature/,
    );
  });

  test('fails on invalid settings', () => {
    expect(() => computeDriftReport([], { alpha: 2 })).toThrow();
  });
});
