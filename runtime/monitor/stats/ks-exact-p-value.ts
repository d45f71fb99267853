/**
 * Exact two-sided p-value of the two-sample Kolmogorov–Smirnov statistic under the null
 * hypothesis (no ties), as `scipy.stats.ks_2samp(method="exact")` computes it: the statistic is
 * first snapped to the lattice `h / lcm(n1, n2)`; equal sample sizes use the closed form of the
 * paths outside the square's two diagonals, unequal sizes Hodges' inside method with Viehmann's
 * (2021) recursion for `1 - p`.
 *
 * @param n1 - size of the first sample, an integer >= 1
 * @param n2 - size of the second sample, an integer >= 1
 * @param d - the two-sided statistic, 0..1
 * @returns `{ statistic, pValue }` with the snapped statistic, or `null` when the computation
 *   over- or underflows (the caller then falls back to the asymptotic distribution, as SciPy does)
 * @throws Error naming `ksExactPValue` when a size is not a positive integer or d is outside 0..1
 * @example
 * ksExactPValue(3, 3, 1); // { statistic: 1, pValue: 0.09999999999999999 } (scipy.stats.ks_2samp([1,2,3],[4,5,6]))
 */
export function ksExactPValue(n1: number, n2: number, d: number): { statistic: number; pValue: number } | null {
  for (const [name, v] of [['n1', n1], ['n2', n2]] as const) {
    if (!Number.isInteger(v) || v < 1) throw new Error(`ksExactPValue: ${name} must be an integer >= 1, got ${v}`);
  }
  if (!(d >= 0 && d <= 1)) throw new Error(`ksExactPValue: d must be within 0..1, got ${d}`);
  const g = gcd(n1, n2);
  // SciPy's int32 guard on lcm(n1, n2): beyond it the exact method is not attempted.
  if (n1 / g >= 2147483647 / (n2 / g)) return null;
  const lcm = (n1 / g) * n2;
  const h = Math.round(d * lcm);
  const statistic = h / lcm;
  if (h === 0) return { statistic, pValue: 1 };
  const prob = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
  if (!Number.isFinite(prob) || prob < 0 || prob > 1) return null;
  return { statistic, pValue: prob };
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Pr(D_{n,n} >= h/n) = 2 (A0 - A0 A1 + ...) by a Horner-like scheme (no subtractive cancellation). */
function probOutsideSquare(n: number, h: number): number {
  let P = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1 - P);
  }
  return 2 * P;
}

/** 1 - (share of lattice paths from (0,0) to (m,n) staying strictly inside |x/m - y/n| < h/lcm). */
function outerProbInside(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(Math.max(lenA, 1)).fill(1);
  A.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj]! * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, Math.min(maxj - minj + (lastlen - curlen), A.length));
  }
  return A[maxj - minj - 1]!;
}
