/**
 * Converts float32 values to IEEE 754 half-precision bit patterns, rounding to nearest even, after
 * onnxconverter-common's clamping (`convert_np_to_float16`): magnitudes below `minPositive` become
 * `minPositive` (so small weights keep their sign instead of flushing to 0) and finite magnitudes
 * above `maxFinite` become `maxFinite`; 0, NaN and infinities are kept.
 *
 * @param values - float32 values
 * @param minPositive - smallest magnitude kept, default 1e-7 (as float16.py)
 * @param maxFinite - largest finite magnitude kept, default 1e4 (as float16.py)
 * @returns one uint16 bit pattern per value
 * @example
 * floatToHalfBits(Float32Array.from([1, -2, 65504, 0.1])); // Uint16Array [0x3c00, 0xc000, 0x70e2, 0x2e66]
 */
export function floatToHalfBits(values: ArrayLike<number>, minPositive = 1e-7, maxFinite = 1e4): Uint16Array {
  const out = new Uint16Array(values.length);
  const f32 = new Float32Array(1);
  const u32 = new Uint32Array(f32.buffer);
  for (let i = 0; i < values.length; i++) {
    let v = values[i]!;
    const a = Math.abs(v);
    if (a > 0 && a < minPositive) v = Math.sign(v) * minPositive;
    else if (a > maxFinite && Number.isFinite(v)) v = Math.sign(v) * maxFinite;
    f32[0] = v;
    out[i] = halfBits(u32[0]!);
  }
  return out;
}

/** float32 bits -> float16 bits, round to nearest even (NumPy's `astype(float16)`). */
function halfBits(x: number): number {
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  let mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  let e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    // Subnormal half: shift the mantissa with its implicit bit, round to nearest even.
    mant |= 0x800000;
    const shift = 14 - e;
    const half = mant >>> shift;
    const rest = mant & ((1 << shift) - 1);
    const mid = 1 << (shift - 1);
    return sign | (rest > mid || (rest === mid && (half & 1)) ? half + 1 : half);
  }
  const half = mant >>> 13;
  const rest = mant & 0x1fff;
  let bits = (e << 10) | half;
  if (rest > 0x1000 || (rest === 0x1000 && (half & 1))) bits++;
  // A carry out of the mantissa moves to the next exponent (up to infinity), which the add does.
  e = bits >>> 10;
  return sign | (e >= 0x1f ? 0x7c00 : bits);
}
