import { mulberry32 } from '../contract/mulberry32';
import { type InputColumns } from '../validation/types';
import { type InputBinding, type ModelValueInfo } from '../validation/types';

const SUPPORTED: readonly InputBinding['type'][] = ['float32', 'float64', 'int64', 'int32', 'string'];

/**
 * Inputs made up from a model's input signature, for timing a model without data: standard-normal
 * floats (Box-Muller over a seeded generator), integers 0..9, the string "a". The first dimension
 * is the batch; any other free dimension is 1.
 *
 * @param inputs - the model's inputs as ONNX Runtime declares them
 * @param rows - rows to make
 * @param seed - seed of the generator, default 7
 * @returns per input, `rows x width` values row-major
 * @throws Error naming `generateInputColumns` and the input when it is not a tensor of a supported type
 * @example
 * generateInputColumns([{ name: 'x', isTensor: true, type: 'float32', shape: ['N', 4] }], 2);
 * // [{ input: 'x', type: 'float32', width: 4, rank1: false, data: Float32Array(8) [...] }]
 */
export function generateInputColumns(inputs: readonly ModelValueInfo[], rows: number, seed = 7): InputColumns[] {
  const next = mulberry32(seed);
  // In (0, 1): the logarithm of Box-Muller needs a value above 0.
  const uniform = () => next() + 0.5 / 4294967296;
  return inputs.map((input) => {
    const type = input.type as InputBinding['type'];
    if (!input.isTensor || !SUPPORTED.includes(type)) {
      throw new Error(`generateInputColumns: input ${JSON.stringify(input.name)} is ${input.isTensor ? `a ${input.type} tensor` : 'not a tensor'}; supported: ${SUPPORTED.join(', ')}`);
    }
    const shape = input.shape ?? [];
    const width = shape.slice(1).reduce<number>((w, d) => w * (typeof d === 'number' && d > 0 ? d : 1), 1);
    const n = rows * width;
    let data: InputColumns['data'];
    if (type === 'float32' || type === 'float64') {
      data = type === 'float32' ? new Float32Array(n) : new Float64Array(n);
      for (let i = 0; i < n; i++) data[i] = Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
    } else if (type === 'int64') {
      data = BigInt64Array.from({ length: n }, () => BigInt(Math.floor(uniform() * 10)));
    } else if (type === 'int32') {
      data = Int32Array.from({ length: n }, () => Math.floor(uniform() * 10));
    } else {
      data = new Array<string>(n).fill('a');
    }
    return { input: input.name, type, width, rank1: shape.length === 1, data };
  });
}
