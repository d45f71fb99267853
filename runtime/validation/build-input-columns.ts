import { type CsvTable, type InputBinding } from './types';
import { ValidationInputError } from './validation-input-error';

/** One model input's values for every row, row-major: `rows x width` elements. */
export interface InputColumns {
  readonly input: string;
  readonly type: InputBinding['type'];
  readonly width: number;
  readonly rank1: boolean;
  readonly data: Float32Array | Float64Array | BigInt64Array | Int32Array | string[];
}

const INTEGER = /^[+-]?\d+$/;

/**
 * Reads the bound CSV columns into typed row-major arrays, one per model input.
 *
 * @param table - the parsed CSV
 * @param bindings - which columns feed which input (from `planModelInputs`)
 * @returns per input, its values for every row
 * @throws ValidationInputError naming the file, row, column and cell when a cell is empty, not a
 *   number (float inputs) or not an integer (int inputs), or is outside the input type's range
 * @example
 * buildInputColumns(
 *   { source: 'd.csv', header: ['a', 'b', 'y'], rows: [['1', '2', '0'], ['3', '4', '1']] },
 *   [{ input: 'x', type: 'float32', columns: ['a', 'b'], rank1: false }],
 * ); // [{ input: 'x', type: 'float32', width: 2, rank1: false, data: Float32Array [1, 2, 3, 4] }]
 */
export function buildInputColumns(table: CsvTable, bindings: readonly InputBinding[]): InputColumns[] {
  const n = table.rows.length;
  return bindings.map((b) => {
    const width = b.columns.length;
    const indexes = b.columns.map((c) => table.header.indexOf(c));
    const cellAt = (r: number, j: number): string => table.rows[r]![indexes[j]!]!;
    const fail = (r: number, j: number, allowed: string): never => {
      throw new ValidationInputError(
        `${table.source}: row ${r + 1}, column ${JSON.stringify(b.columns[j])}: ${JSON.stringify(cellAt(r, j))} is not ${allowed} (model input ${JSON.stringify(b.input)} is ${b.type})`,
      );
    };
    if (b.type === 'string') {
      const data: string[] = new Array<string>(n * width);
      for (let r = 0; r < n; r++) for (let j = 0; j < width; j++) data[r * width + j] = cellAt(r, j);
      return { input: b.input, type: b.type, width, rank1: b.rank1, data };
    }
    if (b.type === 'float32' || b.type === 'float64') {
      const data = b.type === 'float32' ? new Float32Array(n * width) : new Float64Array(n * width);
      for (let r = 0; r < n; r++) {
        for (let j = 0; j < width; j++) {
          const cell = cellAt(r, j).trim();
          const v = cell === '' ? NaN : Number(cell);
          if (!Number.isFinite(v)) fail(r, j, 'a finite number');
          data[r * width + j] = v;
          if (!Number.isFinite(data[r * width + j]!)) fail(r, j, 'within the float32 range');
        }
      }
      return { input: b.input, type: b.type, width, rank1: b.rank1, data };
    }
    const data = b.type === 'int64' ? new BigInt64Array(n * width) : new Int32Array(n * width);
    for (let r = 0; r < n; r++) {
      for (let j = 0; j < width; j++) {
        const cell = cellAt(r, j).trim();
        if (!INTEGER.test(cell)) fail(r, j, 'an integer');
        const v = BigInt(cell);
        if (b.type === 'int64') {
          if (BigInt.asIntN(64, v) !== v) fail(r, j, 'within the int64 range');
          (data as BigInt64Array)[r * width + j] = v;
        } else {
          if (BigInt.asIntN(32, v) !== v) fail(r, j, 'within the int32 range');
          (data as Int32Array)[r * width + j] = Number(v);
        }
      }
    }
    return { input: b.input, type: b.type, width, rank1: b.rank1, data };
  });
}
