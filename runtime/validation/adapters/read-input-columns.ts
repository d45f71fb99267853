import { type DataTable, TableCellError } from '../../data';
import { type InputBinding, type InputColumns } from '../types';

export type { InputColumns } from '../types';
import { ValidationInputError } from '../validation-input-error';

const INT32_MAX = 2 ** 31 - 1;

/**
 * Reads the columns bound to the model's inputs into typed row-major arrays, one per input: every
 * numeric column in one DuckDB scan (Float64Arrays, empty cells kept as NaN and refused), string
 * inputs as dictionary codes expanded to their values (trimmed).
 *
 * Integer inputs are read through DOUBLE, so an int64 column holds integers up to 2^53 in
 * magnitude (beyond that a double cannot tell neighbouring integers apart, and the cell is refused).
 *
 * @param table - the hold-out table
 * @param bindings - which columns feed which input (from `planModelInputs`)
 * @returns per input, its values for every row, and the number of rows
 * @throws ValidationInputError naming the table, column and line (CSV) or row (Parquet) of a cell
 *   that is empty, not a number (float inputs) or not an integer (int inputs), or outside the input
 *   type's range
 * @example
 * await readInputColumns(await session.open('d.csv'), [{ input: 'x', type: 'float32', columns: ['a', 'b'], rank1: false }]);
 * // { rows: 2, columns: [{ input: 'x', type: 'float32', width: 2, rank1: false, data: Float32Array [1, 2, 3, 4] }] }
 */
export async function readInputColumns(table: DataTable, bindings: readonly InputBinding[]): Promise<{ rows: number; columns: InputColumns[] }> {
  const numericNames = [...new Set(bindings.filter((b) => b.type !== 'string').flatMap((b) => b.columns))];
  let numeric;
  try {
    numeric = await table.numeric(numericNames, { nulls: 'nan' });
  } catch (err) {
    if (err instanceof TableCellError) {
      const binding = bindings.find((b) => b.type !== 'string' && b.columns.includes(err.column))!;
      throw new ValidationInputError(`${err.message} (model input ${JSON.stringify(binding.input)} is ${binding.type})`);
    }
    throw new ValidationInputError((err as Error).message);
  }
  let rows = numericNames.length ? numeric.get(numericNames[0]!)!.values.length : -1;
  const columns: InputColumns[] = [];
  for (const b of bindings) {
    const width = b.columns.length;
    if (b.type === 'string') {
      const coded = [];
      for (const c of b.columns) coded.push(await table.categorical(c, { trim: true }));
      rows = coded[0]!.codes.length;
      const data = new Array<string>(rows * width);
      coded.forEach(({ codes, dictionary }, j) => {
        for (let r = 0; r < rows; r++) data[r * width + j] = codes[r]! < 0 ? '' : dictionary[codes[r]!]!;
      });
      columns.push({ input: b.input, type: b.type, width, rank1: b.rank1, data });
      continue;
    }
    const fail = (r: number, j: number, value: number, allowed: string): never => {
      const cell = Number.isNaN(value) ? 'an empty cell' : String(value);
      throw new ValidationInputError(`${table.source}: column ${JSON.stringify(b.columns[j])} ${table.rowLabel(r)}: ${cell} is not ${allowed} (model input ${JSON.stringify(b.input)} is ${b.type})`);
    };
    const sources = b.columns.map((c) => numeric.get(c)!.values);
    const data =
      b.type === 'float32' ? new Float32Array(rows * width) : b.type === 'float64' ? new Float64Array(rows * width) : b.type === 'int64' ? new BigInt64Array(rows * width) : new Int32Array(rows * width);
    sources.forEach((values, j) => {
      for (let r = 0; r < rows; r++) {
        const v = values[r]!;
        if (Number.isNaN(v)) fail(r, j, v, 'a finite number');
        const k = r * width + j;
        if (b.type === 'float32' || b.type === 'float64') {
          (data as Float32Array | Float64Array)[k] = v;
          if (!Number.isFinite(data[k] as number)) fail(r, j, v, 'within the float32 range');
        } else if (!Number.isInteger(v)) fail(r, j, v, 'an integer');
        else if (b.type === 'int64') {
          if (!Number.isSafeInteger(v)) fail(r, j, v, 'within ±2^53 (the integers a double holds exactly)');
          (data as BigInt64Array)[k] = BigInt(v);
        } else {
          if (v > INT32_MAX || v < -INT32_MAX - 1) fail(r, j, v, 'within the int32 range');
          (data as Int32Array)[k] = v;
        }
      }
    });
    columns.push({ input: b.input, type: b.type, width, rank1: b.rank1, data });
  }
  return { rows, columns };
}
