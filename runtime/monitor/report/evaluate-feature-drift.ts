import { type CategoricalProfile, type NumericalProfile } from '../profile/drift-profile-schema';
import { KllSketch } from '../profile/kll-sketch';
import { DEFAULT_DISTANCE_THRESHOLDS, type DriftMethod, type DriftSettings, P_VALUE_METHODS } from '../drift-settings';
import { binCounts } from '../stats/bin-counts';
import { chiSquaredHomogeneity } from '../stats/chi-squared-homogeneity';
import { jensenShannonDistance } from '../stats/jensen-shannon-distance';
import { ksPValue } from '../stats/ks-p-value';
import { ksTwoSample } from '../stats/ks-two-sample';
import { normalisedWassersteinDistance } from '../stats/normalised-wasserstein-distance';
import { psiFromCounts } from '../stats/psi-from-counts';
import { quantileBinEdges } from '../stats/quantile-bin-edges';
import { sortFloat64 } from '../stats/sort-float64';
import { weightedKsStatistic } from '../stats/weighted-ks-statistic';
import { weightedWassersteinDistance } from '../stats/weighted-wasserstein-distance';
import { countCategories } from './count-categories';
import { type CategoryCounts, type DriftFeatureInput, type FeatureDriftResult } from './drift-report-types';
import { selectDriftMethod } from './select-drift-method';

/**
 * One feature's drift result before the multiple-testing correction: the method (override, else
 * by the preset and reference size), the statistic and p-value, the uncorrected threshold and
 * verdict, or "insufficient data" below `minSamples`. `combineDriftResults` finishes the report.
 *
 * @param f - the feature: reference as values, counts or a profile; current window as values or counts
 * @param settings - parsed drift settings
 * @returns the feature's result
 * @throws Error when the method does not fit the feature's type or the statistic cannot be computed
 * @example
 * evaluateFeatureDrift({ name: 'x', type: 'numerical', reference: [1, 2, 3], current: [7, 8, 9] }, DriftSettingsSchema.parse({ minSamples: 3 }));
 * // { name: 'x', method: 'ks', statistic: 1, p_value: 0.09999999999999999, threshold: 0.05, status: 'no_drift', ... }
 */
export function evaluateFeatureDrift(f: DriftFeatureInput, settings: DriftSettings): FeatureDriftResult {
  const override = settings.features[f.name];
  const nReference = isProfile(f.reference) ? f.reference.count : sampleSize(f.reference);
  const nCurrent = sampleSize(f.current);
  const method = override?.method ?? selectDriftMethod(f.type, nReference, settings.preset);
  if ((f.type === 'numerical' && method === 'chi2') || (f.type === 'categorical' && ['ks', 'psi', 'wasserstein'].includes(method))) {
    throw new Error(`method ${method} does not apply to a ${f.type} feature; numerical: ks, psi, wasserstein, jensenshannon; categorical: chi2, jensenshannon`);
  }
  const isTest = P_VALUE_METHODS.includes(method);
  const threshold = isTest ? settings.alpha : (override?.threshold ?? DEFAULT_DISTANCE_THRESHOLDS[method as 'psi']);
  const result = (statistic: number | null, pValue: number | null, drift: boolean | null): FeatureDriftResult => ({
    name: f.name,
    type: f.type,
    method,
    statistic,
    p_value: pValue,
    threshold,
    status: drift === null ? 'insufficient_data' : drift ? 'drift' : 'no_drift',
    drift_detected: drift,
    n_reference: nReference,
    n_current: nCurrent,
  });
  if (nReference < settings.minSamples || nCurrent < settings.minSamples) return result(null, null, null);
  const { statistic, pValue } = f.type === 'numerical' ? numerical(f.reference, f.current, method, settings) : categorical(f.reference, f.current, method);
  return result(statistic, pValue, isTest ? pValue! < threshold : statistic >= threshold);
}

/** The values sorted ascending: as they are when they already are (no copy), else a sorted copy. */
function ascending(values: ArrayLike<number>): Float64Array {
  if (values instanceof Float64Array) {
    let sorted = true;
    for (let i = 1; i < values.length && sorted; i++) sorted = values[i - 1]! <= values[i]!;
    if (sorted && !(values.length === 1 && Number.isNaN(values[0]))) return values;
  }
  return sortFloat64(Float64Array.from(values));
}

function sampleSize(sample: ArrayLike<unknown> | CategoryCounts): number {
  return 'total' in sample ? (sample as CategoryCounts).total : (sample as ArrayLike<unknown>).length;
}

function isProfile(r: unknown): r is NumericalProfile | CategoricalProfile {
  return typeof r === 'object' && r !== null && 'type' in r && !Array.isArray(r) && !ArrayBuffer.isView(r);
}

function numerical(
  reference: ArrayLike<number> | NumericalProfile,
  current: ArrayLike<number>,
  method: DriftMethod,
  settings: DriftSettings,
): { statistic: number; pValue: number | null } {
  const cur = ascending(current);
  if (!isProfile(reference)) {
    const ref = ascending(reference);
    switch (method) {
      case 'ks': {
        const r = ksTwoSample(ref, cur, { sorted: true });
        return { statistic: r.statistic, pValue: r.pValue };
      }
      case 'wasserstein':
        return { statistic: normalisedWassersteinDistance(ref, cur, { sorted: true }), pValue: null };
      default: {
        const edges = quantileBinEdges(ref, settings.bins);
        const refCounts = binCounts(ref, edges);
        const curCounts = binCounts(cur, edges);
        return { statistic: method === 'psi' ? psiFromCounts(refCounts, curCounts, settings.psiEpsilon) : jensenShannonDistance(refCounts, curCounts), pValue: null };
      }
    }
  }
  const { items, weights } = KllSketch.fromState(reference.sketch).weightedItems();
  switch (method) {
    case 'ks': {
      const r = ksPValue(reference.count, cur.length, weightedKsStatistic(items, weights, cur));
      return { statistic: r.statistic, pValue: r.pValue };
    }
    case 'wasserstein':
      if (!(reference.std > 0)) throw new Error('the reference profile has standard deviation 0; use another method for this feature');
      return { statistic: weightedWassersteinDistance(items, weights, cur) / reference.std, pValue: null };
    default: {
      const curCounts = binCounts(cur, reference.histogram.edges);
      const refCounts = reference.histogram.counts;
      return { statistic: method === 'psi' ? psiFromCounts(refCounts, curCounts, settings.psiEpsilon) : jensenShannonDistance(refCounts, curCounts), pValue: null };
    }
  }
}

function categorical(
  reference: readonly string[] | CategoryCounts | CategoricalProfile,
  current: readonly string[] | CategoryCounts,
  method: DriftMethod,
): { statistic: number; pValue: number | null } {
  const refCounts = isProfile(reference) ? (reference as CategoricalProfile).categories : countCategories(reference as readonly string[] | CategoryCounts);
  const curCounts = countCategories(current);
  if (isProfile(reference)) {
    // Categories the profile pooled as "other" are pooled the same way in the current window.
    const other = (reference as CategoricalProfile).otherCategory;
    if (other in refCounts) {
      for (const key of Object.keys(curCounts)) {
        if (!(key in refCounts)) {
          curCounts[other] = (curCounts[other] ?? 0) + curCounts[key]!;
          delete curCounts[key];
        }
      }
    }
  }
  if (method === 'chi2') {
    const r = chiSquaredHomogeneity(refCounts, curCounts);
    return { statistic: r.statistic, pValue: r.pValue };
  }
  const keys = [...new Set([...Object.keys(refCounts), ...Object.keys(curCounts)])].sort();
  return { statistic: jensenShannonDistance(keys.map((k) => refCounts[k] ?? 0), keys.map((k) => curCounts[k] ?? 0)), pValue: null };
}
