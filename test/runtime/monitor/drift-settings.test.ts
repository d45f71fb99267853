import { DriftSettingsSchema } from '../../../runtime/monitor/drift-settings';

describe('DriftSettingsSchema', () => {
  test('fills every default from an empty object', () => {
    expect(DriftSettingsSchema.parse({})).toEqual({
      preset: 'evidently',
      alpha: 0.05,
      correction: 'bonferroni',
      minSamples: 30,
      datasetDriftShare: 0.5,
      bins: 10,
      psiEpsilon: 1e-4,
      window: { maxRecords: 1000, maxAgeSec: 900 },
      features: {},
    });
  });
  test('accepts per-feature overrides and a reference profile location', () => {
    const s = DriftSettingsSchema.parse({ referenceProfile: { bucket: 'b', object: 'p/{model_id}.json' }, features: { age: { method: 'psi', threshold: 0.2 } } });
    expect(s.features.age).toEqual({ method: 'psi', threshold: 0.2 });
  });
  test('fails on unknown keys, methods and out-of-range values', () => {
    expect(DriftSettingsSchema.safeParse({ alpah: 0.1 }).success).toBe(false);
    expect(DriftSettingsSchema.safeParse({ features: { a: { method: 'ttest' } } }).success).toBe(false);
    expect(DriftSettingsSchema.safeParse({ alpha: 1 }).success).toBe(false);
    expect(DriftSettingsSchema.safeParse({ window: { maxRecords: 1 } }).success).toBe(false);
  });
});
