/**
 * @jest-environment ./test/runtime/inference/ort-environment.js
 */
import * as ort from 'onnxruntime-node';
import { buildOnnxModel } from '../../../scripts/sample-model/onnx-writer';
import { computeScaleZeroPoint } from '../../../runtime/optimization/compute-scale-zero-point';
import { floatToHalfBits } from '../../../runtime/optimization/float-to-half-bits';
import { quantizationRange } from '../../../runtime/optimization/quantization-range';
import { quantizeValues } from '../../../runtime/optimization/quantize-values';
import { quantizeWeight } from '../../../runtime/optimization/quantize-weight';
import { roundHalfEven } from '../../../runtime/optimization/round-half-even';

const INT8_SYM = { type: 'int8', symmetric: true, reduceRange: false } as const;
const UINT8_ASYM = { type: 'uint8', symmetric: false, reduceRange: false } as const;

describe('roundHalfEven', () => {
  test.each([[2.5, 2], [3.5, 4], [-1.5, -2], [-2.5, -2], [0.5, 0], [1.4999, 1], [-0.6, -1], [7, 7]])('rounds %d to %d (ties to even, as NumPy)', (x, y) => {
    expect(roundHalfEven(x)).toBe(y);
  });
});

describe('quantizationRange', () => {
  test.each([
    [{ type: 'int8', symmetric: false, reduceRange: false }, [-128, 127]],
    [INT8_SYM, [-127, 127]],
    [{ type: 'int8', symmetric: true, reduceRange: true }, [-64, 64]],
    [UINT8_ASYM, [0, 255]],
    [{ type: 'uint8', symmetric: true, reduceRange: false }, [0, 254]],
    [{ type: 'uint8', symmetric: false, reduceRange: true }, [0, 127]],
  ] as const)('%j quantizes into %j (ONNX Runtime get_qmin_qmax_for_qType)', (scheme, range) => {
    expect(quantizationRange(scheme)).toEqual(range);
  });
});

describe('computeScaleZeroPoint', () => {
  test('int8 symmetric: scale absmax / 127, zero point 0 (the JSDoc example)', () => {
    expect(computeScaleZeroPoint(-0.5, 1.27, INT8_SYM)).toEqual({ scale: Math.fround(0.01), zeroPoint: 0 });
  });
  test('uint8 asymmetric: the range widened to include 0, zero point round(qmin - rmin / scale)', () => {
    expect(computeScaleZeroPoint(-1, 3, UINT8_ASYM)).toEqual({ scale: Math.fround(4 / 255), zeroPoint: 64 });
    expect(computeScaleZeroPoint(0.5, 2, UINT8_ASYM)).toEqual({ scale: Math.fround(2 / 255), zeroPoint: 0 });
  });
  test('uint8 symmetric with reduced range puts the zero point at round-half-even(63.5) = 64', () => {
    expect(computeScaleZeroPoint(-2, 1, { type: 'uint8', symmetric: true, reduceRange: true })).toEqual({ scale: Math.fround(4 / 127), zeroPoint: 64 });
  });
  test('a zero-width range gives scale 1 and zero point 0', () => {
    expect(computeScaleZeroPoint(0, 0, INT8_SYM)).toEqual({ scale: 1, zeroPoint: 0 });
  });
  test('fails on a range that is not finite or reversed', () => {
    expect(() => computeScaleZeroPoint(NaN, 1, INT8_SYM)).toThrow('computeScaleZeroPoint: the range must be finite with rmin <= rmax, got [NaN, 1]');
    expect(() => computeScaleZeroPoint(2, 1, INT8_SYM)).toThrow('got [2, 1]');
  });
});

/** Runs ONNX Runtime's own QuantizeLinear on the values: the reference for rounding and clipping. */
async function ortQuantizeLinear(values: Float32Array, scale: number, zeroPoint: number, type: 'int8' | 'uint8'): Promise<Int8Array | Uint8Array> {
  const bytes = buildOnnxModel({
    graphName: 'q', opsets: { '': 15 },
    inputs: [{ name: 'x', type: { kind: 'tensor', elemType: 'float', shape: [values.length] } }],
    outputs: [{ name: 'y', type: { kind: 'tensor', elemType: 'float', shape: [values.length] } }],
    nodes: [
      { opType: 'QuantizeLinear', inputs: ['x', 's', 'zp'], outputs: ['q'] },
      { opType: 'Cast', inputs: ['q'], outputs: ['y'], attributes: { to: { type: 'int', value: 1 } } },
      { opType: 'Cast', inputs: ['zp_i64'], outputs: ['zp'], attributes: { to: { type: 'int', value: type === 'int8' ? 3 : 2 } } },
    ],
    initializers: [{ name: 's', elemType: 'float', dims: [], values: [scale] }, { name: 'zp_i64', elemType: 'int64', dims: [], values: [zeroPoint] }],
  });
  const session = await ort.InferenceSession.create(bytes);
  const out = await session.run({ x: new ort.Tensor('float32', values, [values.length]) });
  await session.release();
  return type === 'int8' ? Int8Array.from(out.y!.data as Float32Array) : Uint8Array.from(out.y!.data as Float32Array);
}

describe('quantizeValues matches ONNX Runtime QuantizeLinear', () => {
  const values = Float32Array.from({ length: 2001 }, (_, i) => (i - 1000) / 250); // -4..4, exact ties at .5 steps of the scale included
  test.each([['int8', 0.02, 0], ['int8', 0.008, 3], ['uint8', 0.02, 128], ['uint8', 4 / 255, 64]] as const)('%s, scale %d, zero point %d', async (type, scale, zp) => {
    const s = Math.fround(scale);
    expect(Array.from(quantizeValues(values, s, zp, type))).toEqual(Array.from(await ortQuantizeLinear(values, s, zp, type)));
  });
});

describe('quantizeWeight', () => {
  test('per channel: one symmetric scale per column (the JSDoc example)', () => {
    const q = quantizeWeight(Float32Array.from([1, -2, 0.5, 4]), 2, 2, INT8_SYM, true);
    expect(Array.from(q.data)).toEqual([127, -64, 64, 127]);
    expect(Array.from(q.scales)).toEqual([Math.fround(1 / 127), Math.fround(4 / 127)]);
    expect(Array.from(q.zeroPoints)).toEqual([0, 0]);
  });
  test('per tensor: one scale for the whole matrix, every weight within half a step', () => {
    const w = Float32Array.from({ length: 64 * 8 }, (_, i) => Math.sin(i) * (i % 7));
    const q = quantizeWeight(w, 64, 8, UINT8_ASYM, false);
    expect(q.scales).toHaveLength(1);
    w.forEach((v, i) => expect(Math.abs((q.data[i]! - q.zeroPoints[0]!) * q.scales[0]! - v)).toBeLessThanOrEqual(q.scales[0]! / 2 + 1e-6));
  });
  test('fails on a non-finite weight and on sizes that do not make the matrix', () => {
    expect(() => quantizeWeight(Float32Array.from([1, NaN]), 1, 2, INT8_SYM, false)).toThrow('quantizeWeight: element 1 is NaN; only finite weights can be quantized');
    expect(() => quantizeWeight(Float32Array.from([1, 2, 3]), 2, 2, INT8_SYM, false)).toThrow('quantizeWeight: 3 values do not make a [2, 2] matrix');
  });
});

describe('floatToHalfBits matches ONNX Runtime Cast to float16', () => {
  test('on values across the half range, ties and subnormals included', async () => {
    const values = Float32Array.from([0, -0, 1, -2, 0.1, 65504 / 8, 1e-5, 6.1e-5, 3e-7, 1 + 2 ** -11, 1 + 3 * 2 ** -11, 2049, 2051, 9999, -1234.5678]);
    const bytes = buildOnnxModel({
      graphName: 'c', opsets: { '': 15 },
      inputs: [{ name: 'x', type: { kind: 'tensor', elemType: 'float', shape: [values.length] } }],
      outputs: [{ name: 'y', type: { kind: 'tensor', elemType: 'float', shape: [values.length] } }],
      nodes: [{ opType: 'Cast', inputs: ['x'], outputs: ['h'], attributes: { to: { type: 'int', value: 10 } } }, { opType: 'Cast', inputs: ['h'], outputs: ['y'], attributes: { to: { type: 'int', value: 1 } } }],
    });
    const session = await ort.InferenceSession.create(bytes);
    const out = (await session.run({ x: new ort.Tensor('float32', values, [values.length]) })).y!.data as Float32Array;
    await session.release();
    const ours = floatToHalfBits(values);
    // ONNX Runtime's float16 values, back in float32, equal our bit patterns decoded.
    const decode = (b: number) => (b & 0x8000 ? -1 : 1) * ((b & 0x7c00) === 0 ? (b & 0x3ff) * 2 ** -24 : (1 + (b & 0x3ff) / 1024) * 2 ** (((b >> 10) & 0x1f) - 15));
    expect(Array.from(ours, decode)).toEqual(Array.from(out));
  });
  test('clamps like onnxconverter-common: below 1e-7 to 1e-7, above 1e4 to 1e4 (the JSDoc example)', () => {
    expect(Array.from(floatToHalfBits(Float32Array.from([1, -2, 65504, 0.1])))).toEqual([0x3c00, 0xc000, 0x70e2, 0x2e66]);
    expect(floatToHalfBits(Float32Array.from([1e-9]))[0]).toBe(floatToHalfBits(Float32Array.from([1e-7]))[0]);
  });
});
