import { type QuantizedType, typeRange } from './quantization-range';
import { roundHalfEven } from './round-half-even';

/**
 * Quantizes float32 values: `clip(round(x / scale) + zeroPoint)` to the type's full range, the
 * division in float32 and ties to even, as ONNX Runtime's `quantize_nparray` and QuantizeLinear.
 *
 * @param values - float32 values
 * @param scale - a float32 scale > 0
 * @param zeroPoint - an integer within the type's range
 * @param type - int8 or uint8
 * @param out - where to write (length of values); a new array when omitted
 * @returns the quantized values
 * @example
 * quantizeValues(Float32Array.from([-1, 0, 0.5, 2]), 0.01, 0, 'int8'); // Int8Array [-100, 0, 50, 127]
 */
export function quantizeValues(values: ArrayLike<number>, scale: number, zeroPoint: number, type: QuantizedType, out?: Int8Array | Uint8Array): Int8Array | Uint8Array {
  const [lo, hi] = typeRange(type);
  const q = out ?? (type === 'int8' ? new Int8Array(values.length) : new Uint8Array(values.length));
  for (let i = 0; i < values.length; i++) {
    // fround(a / b) of two float32 values is the float32 division (one rounding of the exact quotient).
    const v = roundHalfEven(Math.fround(values[i]! / scale)) + zeroPoint;
    q[i] = v < lo ? lo : v > hi ? hi : v;
  }
  return q;
}
