/**
 * Multinomial logistic regression with an L2 penalty, trained by full-batch gradient descent on
 * standardized features: the same objective as scikit-learn's
 * `make_pipeline(StandardScaler(), LogisticRegression(C))` (lbfgs, multinomial), so both converge to the
 * same optimum and their probabilities agree.
 */

export interface SoftmaxRegressionOptions {
  /** Inverse regularization strength, as scikit-learn's `C`. @default 1 */
  readonly c?: number;
  /** Gradient descent step on the mean loss. @default 0.5 */
  readonly learningRate?: number;
  /** Upper bound of full-batch steps. @default 50000 */
  readonly maxIterations?: number;
  /** Stop when the gradient's max-norm falls below this. @default 1e-9 */
  readonly tolerance?: number;
}

/** A fitted model in the original feature space (the scaler folded into the weights). */
export interface SoftmaxRegressionModel {
  /** [classes][features] */
  readonly coefficients: number[][];
  /** [classes] */
  readonly intercepts: number[];
  readonly iterations: number;
  readonly gradientNorm: number;
}

/**
 * Fits multinomial logistic regression: minimizes C·Σ logloss + ½‖W‖² (intercepts unpenalized) on
 * z-scored features (population standard deviation, like StandardScaler), then folds the scaling
 * into the returned coefficients so the model applies to raw features.
 *
 * @param x rows of features
 * @param y class index of each row, 0..classes-1
 * @param classes number of classes
 * @param options C, step, iteration bound, tolerance
 * @returns coefficients [classes][features] and intercepts [classes] for raw features
 * @throws Error on empty input, ragged rows, a constant feature, a label out of range, or no convergence
 * @example
 * const m = trainSoftmaxRegression([[0], [1], [2], [3]], [0, 0, 1, 1], 2);
 */
export function trainSoftmaxRegression(
  x: readonly (readonly number[])[],
  y: readonly number[],
  classes: number,
  options: SoftmaxRegressionOptions = {},
): SoftmaxRegressionModel {
  const fn = 'trainSoftmaxRegression';
  const n = x.length;
  if (n === 0) throw new Error(`${fn}: x is empty; at least one row is needed`);
  if (y.length !== n) throw new Error(`${fn}: y has ${y.length} labels for ${n} rows`);
  const f = x[0]!.length;
  x.forEach((row, i) => { if (row.length !== f) throw new Error(`${fn}: row ${i} has ${row.length} features, row 0 has ${f}`); });
  y.forEach((label, i) => { if (!Number.isInteger(label) || label < 0 || label >= classes) throw new Error(`${fn}: y[${i}] is ${label}, allowed 0..${classes - 1}`); });
  const c = options.c ?? 1;
  const lr = options.learningRate ?? 0.5;
  const maxIterations = options.maxIterations ?? 50000;
  const tolerance = options.tolerance ?? 1e-9;

  const mean = Array.from({ length: f }, (_, j) => x.reduce((s, r) => s + r[j]!, 0) / n);
  const std = Array.from({ length: f }, (_, j) => Math.sqrt(x.reduce((s, r) => s + (r[j]! - mean[j]!) ** 2, 0) / n));
  std.forEach((s, j) => { if (s === 0) throw new Error(`${fn}: feature ${j} is constant; it cannot be standardized`); });
  const z = x.map((r) => r.map((v, j) => (v - mean[j]!) / std[j]!));

  const w = Array.from({ length: classes }, () => new Array<number>(f).fill(0));
  const b = new Array<number>(classes).fill(0);
  const p = new Array<number>(classes);
  let gradientNorm = Infinity;
  let iterations = 0;
  while (iterations < maxIterations && gradientNorm > tolerance) {
    iterations++;
    const gw = w.map((row) => row.map((v) => v / (c * n)));
    const gb = new Array<number>(classes).fill(0);
    for (let i = 0; i < n; i++) {
      const zi = z[i]!;
      let max = -Infinity;
      for (let k = 0; k < classes; k++) {
        let s = b[k]!;
        for (let j = 0; j < f; j++) s += w[k]![j]! * zi[j]!;
        p[k] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let k = 0; k < classes; k++) { p[k] = Math.exp(p[k]! - max); sum += p[k]!; }
      for (let k = 0; k < classes; k++) {
        const d = (p[k]! / sum - (y[i] === k ? 1 : 0)) / n;
        gb[k] = gb[k]! + d;
        for (let j = 0; j < f; j++) gw[k]![j] = gw[k]![j]! + d * zi[j]!;
      }
    }
    gradientNorm = Math.max(...gb.map(Math.abs), ...gw.flat().map(Math.abs));
    for (let k = 0; k < classes; k++) {
      b[k] = b[k]! - lr * gb[k]!;
      for (let j = 0; j < f; j++) w[k]![j] = w[k]![j]! - lr * gw[k]![j]!;
    }
  }
  if (gradientNorm > tolerance) {
    throw new Error(`${fn}: no convergence after ${maxIterations} iterations (gradient ${gradientNorm}); raise maxIterations or the learning rate`);
  }
  // Fold the scaler: w·(x-μ)/σ + b = (w/σ)·x + (b - Σ w μ/σ).
  const coefficients = w.map((row) => row.map((v, j) => v / std[j]!));
  const intercepts = b.map((bk, k) => bk - w[k]!.reduce((s, v, j) => s + (v * mean[j]!) / std[j]!, 0));
  return { coefficients, intercepts, iterations, gradientNorm };
}
