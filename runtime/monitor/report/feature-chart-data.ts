import { KllSketch } from '../profile/kll-sketch';
import { countCategories } from './count-categories';
import { type CategoryCounts, type DriftFeatureInput } from './drift-report-types';

/** What the HTML report draws for one feature: shares per bin or category, reference and current. */
export type FeatureChartData =
  | { readonly kind: 'numerical'; readonly edges: number[]; readonly reference: number[]; readonly current: number[] }
  | { readonly kind: 'categorical'; readonly categories: string[]; readonly reference: number[]; readonly current: number[] };

/**
 * Distribution overlay data for one feature: for a numerical feature, shares in `bins` equal-width
 * bins over the range of both samples (a profile contributes its sketch); for a categorical one,
 * shares of the `maxCategories` most frequent categories (the rest pooled as "other").
 *
 * @param feature - the same input `computeDriftReport` takes
 * @param bins - number of equal-width bins, >= 1
 * @param maxCategories - categories drawn before pooling, >= 1
 * @returns shares (each side sums to 1 when it has data)
 * @throws Error naming `featureChartData` when bins or maxCategories is not a positive integer
 * @example
 * featureChartData({ name: 'x', type: 'numerical', reference: [0, 1], current: [1, 1] }, 2);
 * // { kind: 'numerical', edges: [0, 0.5, 1], reference: [0.5, 0.5], current: [0, 1] }
 */
export function featureChartData(feature: DriftFeatureInput, bins = 24, maxCategories = 20): FeatureChartData {
  if (!Number.isInteger(bins) || bins < 1) throw new Error(`featureChartData: bins must be an integer >= 1, got ${bins}`);
  if (!Number.isInteger(maxCategories) || maxCategories < 1) throw new Error(`featureChartData: maxCategories must be an integer >= 1, got ${maxCategories}`);
  if (feature.type === 'categorical') {
    const ref: Record<string, number> =
      'categories' in feature.reference ? { ...feature.reference.categories } : countCategories(feature.reference as readonly string[] | CategoryCounts);
    const cur = countCategories(feature.current);
    const keys = [...new Set([...Object.keys(ref), ...Object.keys(cur)])].sort((a, b) => (ref[b] ?? 0) + (cur[b] ?? 0) - (ref[a] ?? 0) - (cur[a] ?? 0) || (a < b ? -1 : 1));
    const shown = keys.slice(0, maxCategories);
    const rest = keys.slice(maxCategories);
    const categories = rest.length ? [...shown, 'other'] : shown;
    const shares = (c: Record<string, number>): number[] => {
      const total = Object.values(c).reduce((s, v) => s + v, 0) || 1;
      const v = shown.map((k) => (c[k] ?? 0) / total);
      if (rest.length) v.push(rest.reduce((s, k) => s + (c[k] ?? 0), 0) / total);
      return v;
    };
    return { kind: 'categorical', categories, reference: shares(ref), current: shares(cur) };
  }
  let refItems: ArrayLike<number>;
  let refWeights: ArrayLike<number> | null = null;
  if ('sketch' in (feature.reference as object)) {
    const w = KllSketch.fromState((feature.reference as { sketch: Parameters<typeof KllSketch.fromState>[0] }).sketch).weightedItems();
    refItems = w.items;
    refWeights = w.weights;
  } else {
    refItems = feature.reference as ArrayLike<number>;
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const arr of [refItems, feature.current]) {
    for (let i = 0; i < arr.length; i++) {
      if (arr[i]! < lo) lo = arr[i]!;
      if (arr[i]! > hi) hi = arr[i]!;
    }
  }
  if (!Number.isFinite(lo)) return { kind: 'numerical', edges: [], reference: [], current: [] };
  if (hi === lo) hi = lo + 1;
  const width = (hi - lo) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? hi : lo + i * width));
  const hist = (values: ArrayLike<number>, weights: ArrayLike<number> | null): number[] => {
    const out = new Array<number>(bins).fill(0);
    let total = 0;
    for (let i = 0; i < values.length; i++) {
      const w = weights ? weights[i]! : 1;
      out[Math.min(bins - 1, Math.floor((values[i]! - lo) / width))]! += w;
      total += w;
    }
    return out.map((v) => (total ? v / total : 0));
  };
  return { kind: 'numerical', edges, reference: hist(refItems, refWeights), current: hist(feature.current, null) };
}
