import { type DriftMethod, type DriftPreset, type FeatureType } from '../drift-settings';

/**
 * The drift method a preset picks for a feature, from its type and the reference's size (the
 * Evidently rule switches from tests to distances above 1000 reference rows).
 *
 * @param type - `numerical` or `categorical`
 * @param nReference - non-missing reference values of the feature
 * @param preset - `evidently`, `hypothesis-tests` or `nannyml`
 * @returns the method
 * @throws Error naming `selectDriftMethod` on an unknown type or preset
 * @example
 * selectDriftMethod('numerical', 5000, 'evidently'); // 'wasserstein'
 */
export function selectDriftMethod(type: FeatureType, nReference: number, preset: DriftPreset): DriftMethod {
  if (type !== 'numerical' && type !== 'categorical') throw new Error(`selectDriftMethod: type must be numerical or categorical, got ${String(type)}`);
  switch (preset) {
    case 'evidently':
      if (type === 'numerical') return nReference <= 1000 ? 'ks' : 'wasserstein';
      return nReference <= 1000 ? 'chi2' : 'jensenshannon';
    case 'hypothesis-tests':
      return type === 'numerical' ? 'ks' : 'chi2';
    case 'nannyml':
      return 'jensenshannon';
    default:
      throw new Error(`selectDriftMethod: preset must be evidently, hypothesis-tests or nannyml, got ${String(preset)}`);
  }
}
