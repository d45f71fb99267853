import { type InputColumns } from '../../validation/types';
import { inputFeeds } from '../input-feeds';
import { type ServingSession } from './open-serving-session';

/** How far a rewritten model's outputs are from the original's on the same rows. */
export interface OutputComparison {
  readonly rows: number;
  /** Largest |a - b| over every float output element (probabilities, scores, values). */
  readonly maxAbsDiff: number;
  /** Share of rows whose label outputs (integer or string tensors) agree; null when the model has none. */
  readonly labelAgreement: number | null;
}

const FLOAT = new Set(['float32', 'float64', 'float16']);

/**
 * Runs two sessions of the same signature on the same rows (batches of `batchRows`) and compares
 * every output ONNX Runtime returns: both models are run by ONNX Runtime itself, nothing is
 * recomputed here.
 *
 * @param a - the original model's session
 * @param b - the rewritten model's session
 * @param columns - input columns
 * @param rows - rows to compare
 * @param batchRows - rows per run, default 1024
 * @returns the largest float difference and the label agreement
 * @throws Error naming `compareOutputs` when the two models' outputs differ in names or sizes
 * @example
 * const { maxAbsDiff, labelAgreement } = await compareOutputs(before, after, columns, 3783);
 */
export async function compareOutputs(a: ServingSession, b: ServingSession, columns: readonly InputColumns[], rows: number, batchRows = 1024): Promise<OutputComparison> {
  const names = a.outputs.map((o) => o.name);
  const missing = names.filter((n) => !b.outputs.some((o) => o.name === n));
  if (missing.length) throw new Error(`compareOutputs: the rewritten model has no output ${missing.join(', ')}`);
  let maxAbsDiff = 0;
  let labelRows = 0;
  let agree = 0;
  for (let start = 0; start < rows; start += batchRows) {
    const count = Math.min(batchRows, rows - start);
    const feeds = inputFeeds(columns, rows, start, count);
    const [x, y] = [await a.session.run(feeds, names), await b.session.run(feeds, names)];
    for (const name of names) {
      const u = x[name]!;
      const v = y[name]!;
      if (u.data.length !== v.data.length) throw new Error(`compareOutputs: output ${name} has ${u.data.length} values before and ${v.data.length} after`);
      if (FLOAT.has(u.type)) {
        const ud = u.data as Float32Array;
        const vd = v.data as Float32Array;
        for (let i = 0; i < ud.length; i++) {
          const d = Math.abs(ud[i]! - Number(vd[i]!));
          // A NaN on either side is the worst difference there is.
          if (!(d <= maxAbsDiff)) maxAbsDiff = Number.isNaN(d) ? Infinity : d;
        }
      } else if (u.data.length === count) {
        labelRows += count;
        for (let i = 0; i < count; i++) if (u.data[i] === v.data[i]) agree++;
      }
    }
  }
  return { rows, maxAbsDiff, labelAgreement: labelRows ? agree / labelRows : null };
}
