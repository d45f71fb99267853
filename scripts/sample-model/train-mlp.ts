/**
 * A multi-layer perceptron (ReLU hidden layers) trained with mini-batch Adam on standardized
 * features: softmax cross-entropy for classification, squared error for regression. Deterministic:
 * weights and batch order come from a seeded generator, so the same data gives the same model.
 */
import { mulberry32 } from '../../runtime/contract/mulberry32';

export interface MlpTrainingOptions {
  /** Units of each hidden layer. */
  readonly hidden: readonly number[];
  /** 'classification': one output per class, softmax; 'regression': one output. */
  readonly task: 'classification' | 'regression';
  /** Number of classes (classification). @default 0 */
  readonly classes?: number;
  /** Passes over the training rows. @default 60 */
  readonly epochs?: number;
  /** Rows per Adam step. @default 64 */
  readonly batchSize?: number;
  /** Adam step size. @default 0.001 */
  readonly learningRate?: number;
  /** L2 penalty on the weights (not the biases), as scikit-learn's `alpha`. @default 0.0001 */
  readonly l2?: number;
  /** Seed of the weight initialization and the batch order. @default 42 */
  readonly seed?: number;
}

/** One dense layer: `y = x · weights + bias`, weights [inputs][outputs] row-major. */
export interface DenseLayer {
  readonly inputs: number;
  readonly outputs: number;
  readonly weights: Float32Array;
  readonly bias: Float32Array;
}

/** A fitted MLP: the scaler it expects and its layers (ReLU between them). */
export interface MlpModel {
  /** Feature means and standard deviations of the training rows (the model's scaler). */
  readonly mean: Float64Array;
  readonly std: Float64Array;
  readonly layers: readonly DenseLayer[];
  /** Mean training loss of the last epoch. */
  readonly finalLoss: number;
  /** Passes over the training rows that were run. */
  readonly epochs: number;
}

/**
 * Trains an MLP on rows of features. Classification targets are class indices 0..classes-1;
 * regression targets are numbers (trained standardized, the last layer rescaled to target units).
 *
 * @param x rows of features
 * @param y class index (classification) or target value (regression) per row
 * @param options layers, task, epochs, batch, learning rate, L2, seed
 * @returns the scaler and the layers, in float32 as they will be exported
 * @throws Error on empty input, ragged rows, a constant feature or a class index out of range
 * @example
 * const m = trainMlp([[0, 0], [0, 1], [1, 0], [1, 1]], [0, 1, 1, 0], { hidden: [8, 8], task: 'classification', classes: 2, epochs: 500 });
 */
export function trainMlp(x: readonly (readonly number[])[], y: readonly number[], options: MlpTrainingOptions): MlpModel {
  const fn = 'trainMlp';
  const n = x.length;
  if (n === 0) throw new Error(`${fn}: x is empty; at least one row is needed`);
  if (y.length !== n) throw new Error(`${fn}: y has ${y.length} values for ${n} rows`);
  const f = x[0]!.length;
  x.forEach((row, i) => { if (row.length !== f) throw new Error(`${fn}: row ${i} has ${row.length} features, row 0 has ${f}`); });
  const classification = options.task === 'classification';
  const k = classification ? options.classes ?? 0 : 1;
  if (classification) {
    if (k < 2) throw new Error(`${fn}: classes must be at least 2 for classification, got ${k}`);
    y.forEach((v, i) => { if (!Number.isInteger(v) || v < 0 || v >= k) throw new Error(`${fn}: y[${i}] is ${v}, allowed 0..${k - 1}`); });
  }
  const epochs = options.epochs ?? 60;
  const batchSize = options.batchSize ?? 64;
  const lr = options.learningRate ?? 0.001;
  const l2 = options.l2 ?? 0.0001;
  const rand = mulberry32(options.seed ?? 42);

  const mean = new Float64Array(f);
  const std = new Float64Array(f);
  for (let j = 0; j < f; j++) {
    for (let i = 0; i < n; i++) mean[j] += x[i]![j]! / n;
    for (let i = 0; i < n; i++) std[j] += (x[i]![j]! - mean[j]!) ** 2 / n;
    std[j] = Math.sqrt(std[j]!);
    if (std[j] === 0) throw new Error(`${fn}: feature ${j} is constant; it cannot be standardized`);
  }
  const z = x.map((row) => Float64Array.from(row, (v, j) => (v - mean[j]!) / std[j]!));
  let yMean = 0;
  let yStd = 1;
  if (!classification) {
    yMean = y.reduce((s, v) => s + v, 0) / n;
    yStd = Math.sqrt(y.reduce((s, v) => s + (v - yMean) ** 2, 0) / n) || 1;
  }

  // Glorot-uniform weights (scikit-learn's MLP initialization), zero biases.
  const sizes = [f, ...options.hidden, k];
  const W = sizes.slice(1).map((out, l) => {
    const inp = sizes[l]!;
    const bound = Math.sqrt(6 / (inp + out));
    return Float64Array.from({ length: inp * out }, () => (rand() * 2 - 1) * bound);
  });
  const B = sizes.slice(1).map((out) => new Float64Array(out));
  const params = [...W, ...B];
  const m1 = params.map((p) => new Float64Array(p.length));
  const m2 = params.map((p) => new Float64Array(p.length));
  const grads = params.map((p) => new Float64Array(p.length));
  const L = W.length;
  const acts = sizes.map((s) => new Float64Array(batchSize * s));
  const deltas = sizes.map((s) => new Float64Array(batchSize * s));
  const order = Array.from({ length: n }, (_, i) => i);
  let step = 0;
  let epochLoss = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    epochLoss = 0;
    for (let start = 0; start < n; start += batchSize) {
      const rows = Math.min(batchSize, n - start);
      for (let r = 0; r < rows; r++) acts[0]!.set(z[order[start + r]!]!, r * f);
      // Forward.
      for (let l = 0; l < L; l++) {
        const inp = sizes[l]!;
        const out = sizes[l + 1]!;
        const a = acts[l]!;
        const o = acts[l + 1]!;
        const w = W[l]!;
        const b = B[l]!;
        for (let r = 0; r < rows; r++) {
          for (let c = 0; c < out; c++) {
            let s = b[c]!;
            for (let i = 0; i < inp; i++) s += a[r * inp + i]! * w[i * out + c]!;
            o[r * out + c] = l < L - 1 && s < 0 ? 0 : s;
          }
        }
      }
      // Loss gradient at the output, averaged over the batch.
      const out = acts[L]!;
      const dOut = deltas[L]!;
      for (let r = 0; r < rows; r++) {
        const target = y[order[start + r]!]!;
        if (classification) {
          let max = -Infinity;
          for (let c = 0; c < k; c++) max = Math.max(max, out[r * k + c]!);
          let sum = 0;
          for (let c = 0; c < k; c++) sum += Math.exp(out[r * k + c]! - max);
          for (let c = 0; c < k; c++) {
            const p = Math.exp(out[r * k + c]! - max) / sum;
            dOut[r * k + c] = (p - (c === target ? 1 : 0)) / rows;
            if (c === target) epochLoss -= Math.log(Math.max(p, 1e-300));
          }
        } else {
          const d = out[r]! - (target - yMean) / yStd;
          dOut[r] = d / rows;
          epochLoss += 0.5 * d * d;
        }
      }
      // Backward.
      for (let l = L - 1; l >= 0; l--) {
        const inp = sizes[l]!;
        const outN = sizes[l + 1]!;
        const a = acts[l]!;
        const d = deltas[l + 1]!;
        const gw = grads[l]!;
        const gb = grads[L + l]!;
        const w = W[l]!;
        for (let i = 0; i < inp * outN; i++) gw[i] = (l2 * w[i]!) / n * rows;
        gb.fill(0);
        for (let r = 0; r < rows; r++) {
          for (let c = 0; c < outN; c++) {
            const dv = d[r * outN + c]!;
            if (dv === 0) continue;
            gb[c] = gb[c]! + dv;
            for (let i = 0; i < inp; i++) gw[i * outN + c] = gw[i * outN + c]! + a[r * inp + i]! * dv;
          }
        }
        if (l > 0) {
          const dPrev = deltas[l]!;
          for (let r = 0; r < rows; r++) {
            for (let i = 0; i < inp; i++) {
              if (a[r * inp + i]! <= 0) { dPrev[r * inp + i] = 0; continue; }
              let s = 0;
              for (let c = 0; c < outN; c++) s += w[i * outN + c]! * d[r * outN + c]!;
              dPrev[r * inp + i] = s;
            }
          }
        }
      }
      // Adam.
      step++;
      const c1 = 1 - 0.9 ** step;
      const c2 = 1 - 0.999 ** step;
      params.forEach((p, pi) => {
        const g = grads[pi]!;
        const a1 = m1[pi]!;
        const a2 = m2[pi]!;
        for (let i = 0; i < p.length; i++) {
          a1[i] = 0.9 * a1[i]! + 0.1 * g[i]!;
          a2[i] = 0.999 * a2[i]! + 0.001 * g[i]! * g[i]!;
          p[i] = p[i]! - (lr * (a1[i]! / c1)) / (Math.sqrt(a2[i]! / c2) + 1e-8);
        }
      });
    }
  }
  // Regression trained on the standardized target: fold its scale into the last layer.
  if (!classification) {
    W[L - 1] = W[L - 1]!.map((v) => v * yStd);
    B[L - 1] = B[L - 1]!.map((v) => v * yStd + yMean);
  }
  const layers = W.map((w, l) => ({ inputs: sizes[l]!, outputs: sizes[l + 1]!, weights: Float32Array.from(w), bias: Float32Array.from(B[l]!) }));
  return { mean, std, layers, finalLoss: epochLoss / n, epochs };
}
