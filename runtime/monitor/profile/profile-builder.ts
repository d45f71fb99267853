import { type FeatureType } from '../drift-settings';
import { type CategoricalProfile, type DriftProfile, type NumericalProfile } from './drift-profile-schema';
import { KllSketch } from './kll-sketch';

export interface ProfileBuilderOptions {
  /** Feature names and types, in column order. */
  readonly features: readonly { readonly name: string; readonly type: FeatureType }[];
  /**
   * KLL accuracy parameter (rank error about 3/k, memory about 3k numbers per feature).
   * @default 1000
   */
  readonly sketchK?: number;
  /**
   * Histogram bins (cut at the sketch's quantiles), as the drift tests use them.
   * @default 10
   */
  readonly bins?: number;
  /**
   * Distinct categories kept per categorical feature; later ones are pooled as `otherCategory`.
   * @default 1000
   */
  readonly maxCategories?: number;
}

interface NumericAcc {
  type: 'numerical';
  sketch: KllSketch;
  count: number;
  missing: number;
  mean: number;
  m2: number;
}
interface CategoricalAcc {
  type: 'categorical';
  counts: Map<string, number>;
  count: number;
  missing: number;
}

const OTHER = '__other__';

/**
 * Builds a reference profile from a stream of rows in bounded memory: per numerical feature a KLL
 * sketch, Welford mean and variance, min/max and missing count; per categorical feature capped
 * category counts. `finish()` adds the histogram cut at the sketch's quantiles.
 *
 * @example
 * const b = new ProfileBuilder({ features: [{ name: 'x', type: 'numerical' }] });
 * b.addRow({ x: 1 }); b.addRow({ x: 3 });
 * b.finish().features.x; // { type: 'numerical', count: 2, mean: 2, std: 1, ... }
 */
export class ProfileBuilder {
  private readonly accs = new Map<string, NumericAcc | CategoricalAcc>();
  private rows = 0;
  private readonly bins: number;
  private readonly maxCategories: number;

  /** @throws Error naming `ProfileBuilder` when there is no feature, a name repeats, or an option is out of range */
  constructor(options: ProfileBuilderOptions) {
    if (options.features.length === 0) throw new Error('ProfileBuilder: pass at least one feature');
    this.bins = options.bins ?? 10;
    this.maxCategories = options.maxCategories ?? 1000;
    if (!Number.isInteger(this.bins) || this.bins < 2) throw new Error(`ProfileBuilder: bins must be an integer >= 2, got ${this.bins}`);
    if (!Number.isInteger(this.maxCategories) || this.maxCategories < 1) {
      throw new Error(`ProfileBuilder: maxCategories must be an integer >= 1, got ${this.maxCategories}`);
    }
    options.features.forEach((f, i) => {
      if (this.accs.has(f.name)) throw new Error(`ProfileBuilder: feature "${f.name}" is listed twice`);
      this.accs.set(
        f.name,
        f.type === 'numerical'
          ? { type: 'numerical', sketch: new KllSketch(options.sketchK ?? 1000, 0x5eed + i), count: 0, missing: 0, mean: 0, m2: 0 }
          : { type: 'categorical', counts: new Map(), count: 0, missing: 0 },
      );
    });
  }

  /**
   * Adds one row: a missing, null or empty value counts as missing.
   * @throws Error naming the feature when a numerical value is not a finite number
   */
  addRow(row: Readonly<Record<string, unknown>>): void {
    this.rows++;
    for (const [name, acc] of this.accs) this.addValue(name, acc, row[name]);
  }

  /**
   * Adds many values of one feature (the fast path for columnar data).
   * @throws Error naming the feature when it is unknown or a value is invalid
   */
  addValues(name: string, values: Iterable<unknown>): void {
    const acc = this.accs.get(name);
    if (!acc) throw new Error(`ProfileBuilder.addValues: unknown feature "${name}"`);
    for (const v of values) this.addValue(name, acc, v);
  }

  /**
   * Counts missing values of one feature (columnar data hands over non-null values and a null count).
   * @throws Error naming the feature when it is unknown or the count is not an integer >= 0
   */
  addMissing(name: string, count: number): void {
    const acc = this.accs.get(name);
    if (!acc) throw new Error(`ProfileBuilder.addMissing: unknown feature "${name}"`);
    if (!Number.isInteger(count) || count < 0) throw new Error(`ProfileBuilder.addMissing: count must be an integer >= 0, got ${count}`);
    acc.missing += count;
  }

  /** Sets the row count when values were added per feature with `addValues`. */
  setRows(rows: number): void {
    this.rows = rows;
  }

  /** The profile so far (the builder can keep going). */
  finish(): DriftProfile {
    const features: DriftProfile['features'] = {};
    for (const [name, acc] of this.accs) features[name] = acc.type === 'numerical' ? this.numerical(acc) : this.categorical(acc);
    return { format: 'oci-mlops.drift-profile/v1', rows: this.rows, features };
  }

  private addValue(name: string, acc: NumericAcc | CategoricalAcc, raw: unknown): void {
    if (raw === undefined || raw === null || raw === '') {
      acc.missing++;
      return;
    }
    if (acc.type === 'categorical') {
      const key = String(raw);
      const known = acc.counts.get(key);
      if (known !== undefined) acc.counts.set(key, known + 1);
      else if (acc.counts.size < this.maxCategories) acc.counts.set(key, 1);
      else acc.counts.set(OTHER, (acc.counts.get(OTHER) ?? 0) + 1);
      acc.count++;
      return;
    }
    const x = typeof raw === 'number' ? raw : Number(raw);
    if (!Number.isFinite(x)) throw new Error(`ProfileBuilder: feature "${name}" has a value that is not a finite number: ${JSON.stringify(raw)}`);
    acc.sketch.update(x);
    acc.count++;
    const delta = x - acc.mean;
    acc.mean += delta / acc.count;
    acc.m2 += delta * (x - acc.mean);
  }

  private numerical(acc: NumericAcc): NumericalProfile {
    const { items, weights } = acc.sketch.weightedItems();
    const total = acc.sketch.count;
    const edges: number[] = [];
    const counts: number[] = [];
    if (total > 0) {
      let cum = 0;
      let next = 1;
      for (let i = 0; i < items.length && next < this.bins; i++) {
        cum += weights[i]!;
        while (next < this.bins && cum >= (next / this.bins) * total) {
          if (edges.length === 0 || items[i]! > edges[edges.length - 1]!) edges.push(items[i]!);
          next++;
        }
      }
      counts.push(...new Array<number>(edges.length + 1).fill(0));
      let b = 0;
      for (let i = 0; i < items.length; i++) {
        while (b < edges.length && items[i]! >= edges[b]!) b++;
        counts[b]! += weights[i]!;
      }
    }
    return {
      type: 'numerical',
      count: acc.count,
      missing: acc.missing,
      mean: acc.count ? acc.mean : 0,
      std: acc.count ? Math.sqrt(acc.m2 / acc.count) : 0,
      min: acc.count ? acc.sketch.min : 0,
      max: acc.count ? acc.sketch.max : 0,
      sketch: acc.sketch.toState(),
      histogram: { edges, counts },
    };
  }

  private categorical(acc: CategoricalAcc): CategoricalProfile {
    return {
      type: 'categorical',
      count: acc.count,
      missing: acc.missing,
      categories: Object.fromEntries([...acc.counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
      otherCategory: OTHER,
    };
  }
}
