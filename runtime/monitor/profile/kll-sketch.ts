/** Serialised form of a `KllSketch` (what a profile stores). */
export interface KllSketchState {
  readonly k: number;
  readonly count: number;
  readonly min: number;
  readonly max: number;
  /** Retained items per level; an item at level h stands for 2^h values. */
  readonly levels: number[][];
  readonly seed: number;
}

/**
 * A KLL quantile sketch (Karnin, Lang & Liberty 2016, "Optimal Quantile Approximation in
 * Streams"), in the compactor form of the authors' reference implementation, with capacities
 * `ceil(k·(2/3)^depth) + 1`: memory is O(k) numbers whatever the stream length, and each estimated
 * rank is off by a small multiple of n/k with high probability (the documented bound and its
 * measurement are in docs/drift.md; `test/runtime/monitor/profile/kll-sketch.test.ts` checks it).
 *
 * Written here because the npm quantile sketches we could use are either unmaintained or
 * t-digests, which have no uniform rank-error guarantee; a KS statistic computed from the sketch
 * inherits its rank error exactly, so a uniform bound is what the drift profile needs.
 * Compaction coin flips come from a seeded generator, so a profile is reproducible.
 *
 * @example
 * const s = new KllSketch(200);
 * for (let i = 1; i <= 1000; i++) s.update(i);
 * s.count; // 1000
 * s.rank(500); // ≈ 0.5 (share of values <= 500)
 */
export class KllSketch {
  private levels: Float64Array[] = [];
  private sizes: number[] = [];
  private total = 0;
  private retained = 0;
  private maxRetained = 0;
  private lo = Infinity;
  private hi = -Infinity;
  private rng: number;

  /**
   * @param k - accuracy parameter, an integer 8..65536 (larger: more memory, smaller rank error); retains about 3k numbers
   * @param seed - seed of the compaction coin flips
   * @throws Error naming `KllSketch` when k is out of range
   */
  constructor(readonly k = 1000, private readonly seed = 0x5eed) {
    if (!Number.isInteger(k) || k < 8 || k > 65536) throw new Error(`KllSketch: k must be an integer 8..65536, got ${k}`);
    this.rng = seed >>> 0 || 1;
    this.grow();
  }

  /**
   * The rank error this project documents and tests for a sketch of parameter k: `3 / k`
   * (measured worst case over every retained item, 1e4..1e6 values, about `2 / k`).
   */
  static rankErrorBound(k: number): number {
    return 3 / k;
  }

  /** Restores a sketch from `toState()` output. */
  static fromState(state: KllSketchState): KllSketch {
    const s = new KllSketch(state.k, state.seed);
    while (s.levels.length < state.levels.length) s.grow();
    state.levels.forEach((items, h) => {
      for (const v of items) s.push(h, v);
    });
    s.total = state.count;
    s.lo = state.count ? state.min : Infinity;
    s.hi = state.count ? state.max : -Infinity;
    return s;
  }

  /** Values seen so far. */
  get count(): number {
    return this.total;
  }

  get min(): number {
    return this.lo;
  }

  get max(): number {
    return this.hi;
  }

  /** Numbers currently retained (the memory footprint is about 8 bytes each). */
  get retainedItems(): number {
    return this.retained;
  }

  /**
   * Adds one value.
   * @throws Error naming `KllSketch.update` when the value is NaN
   */
  update(value: number): void {
    if (Number.isNaN(value)) throw new Error('KllSketch.update: value is NaN; drop missing values first');
    if (value < this.lo) this.lo = value;
    if (value > this.hi) this.hi = value;
    this.total++;
    this.push(0, value);
    if (this.retained >= this.maxRetained) this.compress();
  }

  /** The retained items sorted ascending with their weights (they sum to `count`). */
  weightedItems(): { items: Float64Array; weights: Float64Array } {
    const pairs: [number, number][] = [];
    this.levels.forEach((buf, h) => {
      for (let i = 0; i < this.sizes[h]!; i++) pairs.push([buf[i]!, 2 ** h]);
    });
    pairs.sort((a, b) => a[0] - b[0]);
    return { items: Float64Array.from(pairs, (p) => p[0]), weights: Float64Array.from(pairs, (p) => p[1]) };
  }

  /** Estimated share of values <= x. */
  rank(x: number): number {
    if (this.total === 0) throw new Error('KllSketch.rank: the sketch is empty');
    let w = 0;
    let all = 0;
    this.levels.forEach((buf, h) => {
      for (let i = 0; i < this.sizes[h]!; i++) {
        all += 2 ** h;
        if (buf[i]! <= x) w += 2 ** h;
      }
    });
    return w / all;
  }

  /** Serialisable state (levels copied, sorted within each level). */
  toState(): KllSketchState {
    return {
      k: this.k,
      count: this.total,
      min: this.total ? this.lo : 0,
      max: this.total ? this.hi : 0,
      seed: this.seed,
      levels: this.levels.map((buf, h) => Array.from(buf.subarray(0, this.sizes[h]!)).sort((a, b) => a - b)),
    };
  }

  private capacity(h: number): number {
    const depth = this.levels.length - h - 1;
    return Math.ceil((2 / 3) ** depth * this.k) + 1;
  }

  private grow(): void {
    this.levels.push(new Float64Array(this.k + 2));
    this.sizes.push(0);
    let max = 0;
    for (let h = 0; h < this.levels.length; h++) max += this.capacity(h);
    this.maxRetained = max;
  }

  private push(h: number, v: number): void {
    let buf = this.levels[h]!;
    if (this.sizes[h]! >= buf.length) {
      const bigger = new Float64Array(buf.length * 2);
      bigger.set(buf);
      this.levels[h] = buf = bigger;
    }
    buf[this.sizes[h]!] = v;
    this.sizes[h]!++;
    this.retained++;
  }

  private coin(): boolean {
    // xorshift32
    let x = this.rng;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    this.rng = x >>> 0;
    return (this.rng & 1) === 1;
  }

  private compress(): void {
    for (let h = 0; h < this.levels.length; h++) {
      if (this.sizes[h]! >= this.capacity(h)) {
        if (h + 1 >= this.levels.length) this.grow();
        const n = this.sizes[h]!;
        const buf = this.levels[h]!;
        const sorted = buf.subarray(0, n).sort();
        // Keep one item when the count is odd (the largest), promote every other of the rest.
        const even = n - (n % 2);
        const offset = this.coin() ? 1 : 0;
        const keep = n % 2 ? sorted[n - 1]! : NaN;
        this.sizes[h] = 0;
        this.retained -= n;
        for (let i = offset; i < even; i += 2) this.push(h + 1, sorted[i]!);
        if (n % 2) this.push(h, keep);
        if (this.retained < this.maxRetained) break;
      }
    }
  }
}
