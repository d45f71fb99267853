import { type CategoricalProfile, type NumericalProfile } from '../profile/drift-profile-schema';
import { KllSketch } from '../profile/kll-sketch';
import {
  DEFAULT_DISTANCE_THRESHOLDS,
  type DriftMethod,
  type DriftSettings,
  type DriftSettingsInput,
  DriftSettingsSchema,
  type FeatureType,
  P_VALUE_METHODS,
} from '../drift-settings';
import { benjaminiHochberg } from '../stats/benjamini-hochberg';
import { binCounts } from '../stats/bin-counts';
import { bonferroni } from '../stats/bonferroni';
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
import { selectDriftMethod } from './select-drift-method';

/** One feature to compare: the reference as raw values or as a profile, the current window as raw values. */
export type DriftFeatureInput =
  | { readonly name: string; readonly type: 'numerical'; readonly reference: ArrayLike<number> | NumericalProfile; readonly current: ArrayLike<number> }
  | { readonly name: string; readonly type: 'categorical'; readonly reference: readonly string[] | CategoricalProfile; readonly current: readonly string[] };

export interface FeatureDriftResult {
  name: string;
  type: FeatureType;
  method: DriftMethod;
  /** Null when the verdict is insufficient data. */
  statistic: number | null;
  /** Null for distance methods and insufficient data. */
  p_value: number | null;
  /** The alpha after correction (p-value methods) or the distance threshold. */
  threshold: number;
  status: 'drift' | 'no_drift' | 'insufficient_data';
  drift_detected: boolean | null;
  n_reference: number;
  n_current: number;
}

/** The `oci-mlops drift --json` document. */
export interface DriftReport {
  features: FeatureDriftResult[];
  /** Share of drifted features among those with a verdict, 0..1; null when none has one. */
  drift_score: number | null;
  dataset_drift: boolean;
}

/**
 * Compares each feature's current window with its reference and returns the drift report: the
 * method from the preset or the feature's override, the statistic (and p-value for KS and
 * chi-squared), the multiple-testing correction across the p-value features, the "insufficient
 * data" verdict below `minSamples`, the drift score and the dataset verdict. A reference given as
 * a profile uses the sketch, histogram and category counts (error bounds in docs/drift.md).
 *
 * @param features - one entry per feature, missing values already removed
 * @param settingsInput - drift settings (defaults filled by `DriftSettingsSchema`)
 * @returns the report
 * @throws Error naming `computeDriftReport` and the feature when a method does not fit the type
 *   or a statistic cannot be computed (e.g. normalised Wasserstein of a constant reference)
 * @example
 * computeDriftReport([{ name: 'x', type: 'numerical', reference: [1, 2, 3], current: [7, 8, 9] }], { minSamples: 3 });
 * // { features: [{ name: 'x', method: 'ks', statistic: 1, p_value: 0.09999999999999999, status: 'no_drift', ... }], drift_score: 0, dataset_drift: false }
 */
export function computeDriftReport(features: readonly DriftFeatureInput[], settingsInput: DriftSettingsInput = {}): DriftReport {
  const settings = DriftSettingsSchema.parse(settingsInput);
  const results = features.map((f) => {
    try {
      return evaluate(f, settings);
    } catch (err) {
      throw new Error(`computeDriftReport: feature "${f.name}": ${(err as Error).message}`);
    }
  });
  const tested = results.map((r, i) => ({ r, i })).filter(({ r }) => r.status !== 'insufficient_data' && P_VALUE_METHODS.includes(r.method));
  if (tested.length > 0) {
    const pValues = tested.map(({ r }) => r.p_value!);
    const correction =
      settings.correction === 'benjamini-hochberg'
        ? benjaminiHochberg(pValues, settings.alpha)
        : settings.correction === 'bonferroni'
          ? bonferroni(pValues, settings.alpha)
          : { threshold: settings.alpha, rejected: pValues.map((p) => p < settings.alpha) };
    tested.forEach(({ r }, k) => {
      r.threshold = correction.threshold;
      r.drift_detected = correction.rejected[k]!;
      r.status = r.drift_detected ? 'drift' : 'no_drift';
    });
  }
  const withVerdict = results.filter((r) => r.drift_detected !== null && !settings.features[r.name]?.ignore);
  const drifted = withVerdict.filter((r) => r.drift_detected).length;
  const driftScore = withVerdict.length ? drifted / withVerdict.length : null;
  return { features: results, drift_score: driftScore, dataset_drift: driftScore !== null && driftScore >= settings.datasetDriftShare };
}

function evaluate(f: DriftFeatureInput, settings: DriftSettings): FeatureDriftResult {
  const override = settings.features[f.name];
  const nReference = isProfile(f.reference) ? f.reference.count : f.reference.length;
  const nCurrent = f.current.length;
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

function isProfile(r: unknown): r is NumericalProfile | CategoricalProfile {
  return typeof r === 'object' && r !== null && 'type' in r && !Array.isArray(r) && !ArrayBuffer.isView(r);
}

function numerical(
  reference: ArrayLike<number> | NumericalProfile,
  current: ArrayLike<number>,
  method: DriftMethod,
  settings: DriftSettings,
): { statistic: number; pValue: number | null } {
  const cur = sortFloat64(Float64Array.from(current));
  if (!isProfile(reference)) {
    const ref = sortFloat64(Float64Array.from(reference));
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

function categorical(reference: readonly string[] | CategoricalProfile, current: readonly string[], method: DriftMethod): { statistic: number; pValue: number | null } {
  const refCounts = isProfile(reference) ? (reference as CategoricalProfile).categories : countValues(reference as readonly string[]);
  const curCounts = countValues(current);
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

function countValues(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}
