import { quantizationRange, type QuantizationScheme } from './quantization-range';
import { roundHalfEven } from './round-half-even';

/** Smallest normal float32: a smaller scale would underflow. */
const FLOAT32_TINY = 1.1754943508222875e-38;

/** The parameters of `r = scale * (q - zeroPoint)`. */
export interface ScaleZeroPoint {
  /** A float32 value. */
  readonly scale: number;
  readonly zeroPoint: number;
}

/**
 * The scale and zero point that map [rmin, rmax] onto the scheme's integer range, as ONNX Runtime's
 * `compute_scale_zp`: the range is widened to include 0 (so that 0 is exact), made symmetric when
 * asked, `scale = (rmax - rmin) / (qmax - qmin)` (computed in float64, stored as float32), and the
 * zero point `round(qmin - rmin / scale)`, or the middle of the range when symmetric. A range of
 * zero width gives scale 1 and zero point 0.
 *
 * @param rmin - smallest value of the tensor (or channel)
 * @param rmax - largest value
 * @param scheme - integer type, symmetric, reduced range
 * @returns the float32 scale and the integer zero point
 * @throws Error naming `computeScaleZeroPoint` when rmin or rmax is not finite or rmin > rmax
 * @example
 * computeScaleZeroPoint(-0.5, 1.27, { type: 'int8', symmetric: true, reduceRange: false }); // { scale: 0.01, zeroPoint: 0 }
 */
export function computeScaleZeroPoint(rmin: number, rmax: number, scheme: QuantizationScheme): ScaleZeroPoint {
  if (!Number.isFinite(rmin) || !Number.isFinite(rmax) || rmin > rmax) {
    throw new Error(`computeScaleZeroPoint: the range must be finite with rmin <= rmax, got [${rmin}, ${rmax}]`);
  }
  const [qmin, qmax] = quantizationRange(scheme);
  let lo = Math.min(rmin, 0);
  let hi = Math.max(rmax, 0);
  if (scheme.symmetric) {
    const absmax = Math.max(Math.abs(lo), Math.abs(hi));
    lo = -absmax;
    hi = absmax;
  }
  const scale = (hi - lo) / (qmax - qmin);
  if (scale < FLOAT32_TINY) return { scale: 1, zeroPoint: 0 };
  const zeroPoint = scheme.symmetric ? roundHalfEven((qmin + qmax) / 2) : roundHalfEven(qmin - lo / scale);
  return { scale: Math.fround(scale), zeroPoint };
}
