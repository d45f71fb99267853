/** The integer type of quantized weights; activations are always uint8 (DynamicQuantizeLinear). */
export type QuantizedType = 'int8' | 'uint8';

/** How a tensor's float range maps onto its integer range. */
export interface QuantizationScheme {
  readonly type: QuantizedType;
  /** Map [-max|x|, +max|x|] so that 0 sits in the middle of the range (zero point 0 for int8). */
  readonly symmetric: boolean;
  /**
   * Use 7 bits (int8 [-64, 64], uint8 [0, 127]), which avoids the saturation of the u8 x s8 multiply
   * (VPMADDUBSW) on x86 CPUs without VNNI.
   */
  readonly reduceRange: boolean;
}

/**
 * The integer range a scheme quantizes into, as ONNX Runtime's `get_qmin_qmax_for_qType`: the
 * reduced range wins over the symmetric one; int8 symmetric drops -128 so that the range is
 * centred on 0.
 *
 * @param scheme - type, symmetric, reduced range
 * @returns [qmin, qmax]
 * @example
 * quantizationRange({ type: 'int8', symmetric: true, reduceRange: false }); // [-127, 127]
 */
export function quantizationRange(scheme: QuantizationScheme): readonly [number, number] {
  if (scheme.type === 'int8') return scheme.reduceRange ? [-64, 64] : scheme.symmetric ? [-127, 127] : [-128, 127];
  return scheme.reduceRange ? [0, 127] : scheme.symmetric ? [0, 254] : [0, 255];
}

/**
 * The full range of a quantized type, where quantized values are clipped.
 *
 * @param type - int8 or uint8
 * @returns [min, max] of the type
 * @example
 * typeRange('uint8'); // [0, 255]
 */
export function typeRange(type: QuantizedType): readonly [number, number] {
  return type === 'int8' ? [-128, 127] : [0, 255];
}
