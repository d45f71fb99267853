import { onnx } from 'onnx-proto';

const toNumber = (v: number | { toString(): string }): number => (typeof v === 'number' ? v : Number(v.toString()));

/**
 * The values and dimensions of a FLOAT initializer, from `float_data` or little-endian `raw_data`.
 *
 * @param tensor - an ONNX TensorProto of data type FLOAT
 * @returns its values (a copy) and dims
 * @throws Error naming `readFloatTensor` and the tensor when it is not FLOAT, is stored outside
 *   the file (external data) or its value count does not match its dims
 * @example
 * readFloatTensor({ name: 'w', dataType: 1, dims: [2], floatData: [1, 2] }); // { values: Float32Array [1, 2], dims: [2] }
 */
export function readFloatTensor(tensor: onnx.ITensorProto): { values: Float32Array; dims: number[] } {
  const name = tensor.name ?? '';
  if (tensor.dataType !== onnx.TensorProto.DataType.FLOAT) throw new Error(`readFloatTensor: ${name} has data type ${tensor.dataType}, not FLOAT (1)`);
  if (tensor.dataLocation === onnx.TensorProto.DataLocation.EXTERNAL) throw new Error(`readFloatTensor: ${name} is stored in an external file, which is not supported`);
  const dims = (tensor.dims ?? []).map(toNumber);
  const count = dims.reduce((a, b) => a * b, 1);
  let values: Float32Array;
  if (tensor.rawData && tensor.rawData.length) {
    const raw = tensor.rawData;
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    values = new Float32Array(raw.byteLength / 4);
    for (let i = 0; i < values.length; i++) values[i] = view.getFloat32(i * 4, true);
  } else {
    values = Float32Array.from(tensor.floatData ?? []);
  }
  if (values.length !== count) throw new Error(`readFloatTensor: ${name} has ${values.length} values for dims [${dims.join(', ')}]`);
  return { values, dims };
}
