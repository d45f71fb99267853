import * as ort from 'onnxruntime-node';
import { type InputColumns } from '../validation/types';

/**
 * ONNX Runtime feeds of `count` rows taken from input columns from row `start` on, wrapping around
 * to the first row when the columns have fewer rows (so any batch size can be timed on a small
 * hold-out).
 *
 * @param columns - per input, `rows x width` values row-major
 * @param rows - rows the columns hold
 * @param start - first row
 * @param count - rows in the batch
 * @returns one tensor per input, [count, width] (or [count] for rank-1 inputs)
 * @throws Error naming `inputFeeds` when the columns hold no row or count < 1
 * @example
 * inputFeeds(columns, 30, 0, 1024); // { float_input: Tensor float32 [1024, 4] }
 */
export function inputFeeds(columns: readonly InputColumns[], rows: number, start: number, count: number): Record<string, ort.Tensor> {
  if (rows < 1 || count < 1) throw new Error(`inputFeeds: need at least one row and a batch of at least one, got ${rows} rows and a batch of ${count}`);
  const feeds: Record<string, ort.Tensor> = {};
  for (const c of columns) {
    const w = c.width;
    const first = start % rows;
    let data: InputColumns['data'];
    if (first + count <= rows) {
      data = Array.isArray(c.data) ? c.data.slice(first * w, (first + count) * w) : c.data.slice(first * w, (first + count) * w);
    } else {
      const src = c.data;
      data = Array.isArray(src) ? new Array<string>(count * w) : new (src.constructor as new (n: number) => Exclude<InputColumns['data'], string[]>)(count * w);
      for (let r = 0; r < count; r++) {
        const from = ((first + r) % rows) * w;
        for (let j = 0; j < w; j++) (data as unknown as unknown[])[r * w + j] = src[from + j];
      }
    }
    feeds[c.input] = new ort.Tensor(c.type, data, c.rank1 ? [count] : [count, w]);
  }
  return feeds;
}
