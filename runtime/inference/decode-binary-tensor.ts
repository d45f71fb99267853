import { type ErrorDetail, InferenceError } from './inference-error';
import { type FeatureBatch } from './types';

const FLOAT32_MAX = 3.4028234663852886e38;
const MAX_DETAILS = 10;

/** Bytes per element and a reader (little-endian) of each numeric Open Inference Protocol datatype. */
const READERS: Readonly<Record<string, { size: number; read: (v: DataView, offset: number) => number }>> = {
  FP16: { size: 2, read: (v, o) => halfToNumber(v.getUint16(o, true)) },
  FP32: { size: 4, read: (v, o) => v.getFloat32(o, true) },
  FP64: { size: 8, read: (v, o) => v.getFloat64(o, true) },
  INT8: { size: 1, read: (v, o) => v.getInt8(o) },
  INT16: { size: 2, read: (v, o) => v.getInt16(o, true) },
  INT32: { size: 4, read: (v, o) => v.getInt32(o, true) },
  INT64: { size: 8, read: (v, o) => Number(v.getBigInt64(o, true)) },
  UINT8: { size: 1, read: (v, o) => v.getUint8(o) },
  UINT16: { size: 2, read: (v, o) => v.getUint16(o, true) },
  UINT32: { size: 4, read: (v, o) => v.getUint32(o, true) },
  UINT64: { size: 8, read: (v, o) => Number(v.getBigUint64(o, true)) },
};

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** IEEE 754 half precision to a number. */
function halfToNumber(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 0x1f) return frac ? NaN : sign * Infinity;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

/**
 * Reads one input tensor sent with the Open Inference Protocol binary tensor data extension
 * (little-endian, row-major, no padding) into the model's rows, checking every value like the JSON
 * path does: finite, and within ±3.4e38 for float32 models. FP32 data for a float32 model is copied
 * as it is; other datatypes are converted element by element.
 *
 * @param bytes exactly the tensor's bytes (`binary_data_size` of them)
 * @param datatype the input's numeric datatype (FP16, FP32, FP64, INT8-64, UINT8-64)
 * @param rows rows in the tensor (its shape [rows, features])
 * @param features features per row
 * @param type the model input's element type
 * @returns the batch; `source` (the values as sent, for logs) is built on first read
 * @throws InferenceError 400 `invalid_request` naming up to 10 bad values (`/inputs/0`), or when the
 *   byte count is not rows x features x the datatype's size
 * @example
 * decodeBinaryTensor(Buffer.from(Float32Array.of(5.1, 3.5, 1.4, 0.2).buffer), 'FP32', 1, 4, 'float32');
 * // { rows: 1, single: false, data: Float32Array [5.1, 3.5, 1.4, 0.2], source: [[5.099999904632568, 3.5, 1.399999976158142, 0.20000000298023224]] }
 */
export function decodeBinaryTensor(bytes: Uint8Array, datatype: string, rows: number, features: number, type: 'float32' | 'float64'): FeatureBatch {
  const reader = READERS[datatype];
  if (!reader) throw new Error(`decodeBinaryTensor: ${datatype} is not a numeric datatype`);
  const n = rows * features;
  if (bytes.byteLength !== n * reader.size) {
    throw new InferenceError(400, 'invalid_request', `/inputs/0/parameters/binary_data_size is ${bytes.byteLength} bytes; shape [${rows}, ${features}] of ${datatype} needs ${n * reader.size}`,
      [{ path: '/inputs/0/parameters/binary_data_size', message: `must be ${n * reader.size} (rows x features x ${reader.size} bytes)` }]);
  }
  const data = type === 'float32' ? new Float32Array(n) : new Float64Array(n);
  // Values as sent, before conversion to the model's type (the same array when nothing changes).
  let sent: Float32Array | Float64Array = data;
  if (LITTLE_ENDIAN && ((datatype === 'FP32' && type === 'float32') || (datatype === 'FP64' && type === 'float64'))) {
    new Uint8Array(data.buffer, data.byteOffset, data.byteLength).set(bytes);
  } else {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (type === 'float32') sent = new Float64Array(n);
    for (let i = 0; i < n; i++) sent[i] = reader.read(view, i * reader.size);
    if (sent !== data) data.set(sent);
  }
  const limit = type === 'float32' ? FLOAT32_MAX : Number.MAX_VALUE;
  const details: ErrorDetail[] = [];
  for (let i = 0; i < n && details.length < MAX_DETAILS; i++) {
    const v = sent[i]!;
    if (!(Math.abs(v) <= limit)) {
      details.push({ path: '/inputs/0', message: `binary value ${i} (row ${Math.floor(i / features)}, feature ${i % features}) must be a finite number${type === 'float32' ? ' within ±3.4e38' : ''}, got ${v}` });
    }
  }
  if (details.length) {
    throw new InferenceError(400, 'invalid_request', `/inputs/0 ${details[0]!.message}${details.length > 1 ? ` (and ${details.length - 1} more problems)` : ''}`, details);
  }
  let source: number[][] | undefined;
  const batch = { rows, data, single: false, lazySource: true } as FeatureBatch;
  Object.defineProperty(batch, 'source', {
    enumerable: true,
    get: () => (source ??= Array.from({ length: rows }, (_, r) => Array.from(sent.subarray(r * features, (r + 1) * features)))),
  });
  return batch;
}
