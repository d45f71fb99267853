import { computeScaleZeroPoint } from './compute-scale-zero-point';
import { type QuantizationScheme } from './quantization-range';
import { quantizeValues } from './quantize-values';

/** A quantized weight matrix with its scales and zero points (one each, or one per column). */
export interface QuantizedWeight {
  /** Row-major like the float matrix. */
  readonly data: Int8Array | Uint8Array;
  /** One float32 scale (per tensor) or one per column (per channel). */
  readonly scales: Float32Array;
  readonly zeroPoints: Int8Array | Uint8Array;
}

function minMax(values: Float32Array, start: number, stride: number, count: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0, j = start; i < count; i++, j += stride) {
    const v = values[j]!;
    if (!Number.isFinite(v)) throw new Error(`quantizeWeight: element ${j} is ${v}; only finite weights can be quantized`);
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/**
 * Quantizes a [rows, columns] weight matrix per tensor, or per output channel (each column of a
 * MatMul's B, axis 1, gets its own range) as ONNX Runtime's `quantize_weight_per_channel` does for
 * MatMul.
 *
 * @param values - the float32 matrix, row-major
 * @param rows - K, the inner dimension
 * @param columns - N, the output channels
 * @param scheme - integer type, symmetric, reduced range
 * @param perChannel - one range per column instead of one for the tensor
 * @returns the integers with their scales and zero points
 * @throws Error naming `quantizeWeight` when a weight is not finite or the sizes disagree
 * @example
 * quantizeWeight(Float32Array.from([1, -2, 0.5, 4]), 2, 2, { type: 'int8', symmetric: true, reduceRange: false }, true);
 * // { data: Int8Array [127, -64, 64, 127], scales: [1/127, 4/127], zeroPoints: [0, 0] }
 */
export function quantizeWeight(values: Float32Array, rows: number, columns: number, scheme: QuantizationScheme, perChannel: boolean): QuantizedWeight {
  if (values.length !== rows * columns || rows < 1 || columns < 1) {
    throw new Error(`quantizeWeight: ${values.length} values do not make a [${rows}, ${columns}] matrix`);
  }
  const data = scheme.type === 'int8' ? new Int8Array(values.length) : new Uint8Array(values.length);
  if (!perChannel) {
    const [lo, hi] = minMax(values, 0, 1, values.length);
    const { scale, zeroPoint } = computeScaleZeroPoint(lo, hi, scheme);
    quantizeValues(values, scale, zeroPoint, scheme.type, data);
    return { data, scales: Float32Array.of(scale), zeroPoints: scheme.type === 'int8' ? Int8Array.of(zeroPoint) : Uint8Array.of(zeroPoint) };
  }
  const scales = new Float32Array(columns);
  const zeroPoints = scheme.type === 'int8' ? new Int8Array(columns) : new Uint8Array(columns);
  const column = new Float32Array(rows);
  const quantized = scheme.type === 'int8' ? new Int8Array(rows) : new Uint8Array(rows);
  for (let c = 0; c < columns; c++) {
    const [lo, hi] = minMax(values, c, columns, rows);
    const { scale, zeroPoint } = computeScaleZeroPoint(lo, hi, scheme);
    scales[c] = scale;
    zeroPoints[c] = zeroPoint;
    for (let r = 0; r < rows; r++) column[r] = values[r * columns + c]!;
    quantizeValues(column, scale, zeroPoint, scheme.type, quantized);
    for (let r = 0; r < rows; r++) data[r * columns + c] = quantized[r]!;
  }
  return { data, scales, zeroPoints };
}
