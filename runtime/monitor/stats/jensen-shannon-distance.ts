/**
 * Jensen–Shannon distance between two discrete distributions given as counts or weights over the
 * same bins: `sqrt((KL(p‖m) + KL(q‖m)) / 2)` with `m = (p + q) / 2`, natural logarithm, each
 * vector first divided by its sum; `scipy.spatial.distance.jensenshannon(p, q)`. 0 for identical
 * distributions, at most sqrt(ln 2) ≈ 0.8326 for disjoint ones.
 *
 * @param p - weights of the first distribution, >= 0, not all 0
 * @param q - weights of the second distribution, same length
 * @returns the distance, 0..sqrt(ln 2)
 * @throws Error naming `jensenShannonDistance` on mismatched lengths, negative weights or an all-zero side
 * @example
 * jensenShannonDistance([1, 0], [0, 1]); // 0.8325546111576977
 */
export function jensenShannonDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  if (p.length !== q.length || p.length === 0) {
    throw new Error(`jensenShannonDistance: p and q must have the same, non-zero length, got ${p.length} and ${q.length}`);
  }
  const sp = total(p, 'p');
  const sq = total(q, 'q');
  let left = 0;
  let right = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]! / sp;
    const qi = q[i]! / sq;
    const mi = (pi + qi) / 2;
    if (pi > 0) left += pi * Math.log(pi / mi);
    if (qi > 0) right += qi * Math.log(qi / mi);
  }
  return Math.sqrt(Math.max((left + right) / 2, 0));
}

function total(w: ArrayLike<number>, name: string): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) {
    if (!(w[i]! >= 0) || w[i] === Infinity) throw new Error(`jensenShannonDistance: ${name}[${i}] must be a finite weight >= 0, got ${w[i]}`);
    s += w[i]!;
  }
  if (s === 0) throw new Error(`jensenShannonDistance: ${name} has no weight (all zeros)`);
  return s;
}
