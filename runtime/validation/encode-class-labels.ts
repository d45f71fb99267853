import { ValidationInputError } from './validation-input-error';

const INTEGER = /^[+-]?\d+$/;

/** A label column as dictionary codes (`DataTable.categorical`): `codes[row]` indexes `dictionary`, -1 for an empty cell. */
export interface CodedLabels {
  readonly codes: Int32Array;
  readonly dictionary: readonly string[];
}

/**
 * Turns the label cells of a table into class indices of the model's class list.
 *
 * A cell is a class name (matched exactly) or a class index 0..K-1. When the model names integer
 * classes, a cell is matched against those integers. When the class list is unknown (a model with
 * only a label output and no class names), each distinct value becomes a class of its own, numbers
 * compared as numbers. A dictionary-coded column is matched once per distinct value.
 *
 * @param cells - the label column: one cell per row, or dictionary codes
 * @param classes - the model's classes in score-column order, or null when unknown
 * @param column - the label column's name, for messages
 * @returns per row, the class index, and the class list used (built from the data when `classes` is null)
 * @throws ValidationInputError naming the first rows whose label is empty or not a class, with the allowed values
 * @example
 * encodeClassLabels(['setosa', '2', 'versicolor'], ['setosa', 'versicolor', 'virginica'], 'species');
 * // { indices: [0, 2, 1], classes: ['setosa', 'versicolor', 'virginica'] }
 */
export function encodeClassLabels(
  cells: readonly string[] | CodedLabels,
  classes: readonly (string | number)[] | null,
  column: string,
): { indices: number[]; classes: (string | number)[] } {
  const { codes, dictionary } = Array.isArray(cells) ? codeCells(cells as readonly string[]) : (cells as CodedLabels);
  const n = codes.length;
  const cellAt = (row: number): string => (codes[row]! < 0 ? '' : dictionary[codes[row]!]!);
  // Class index per dictionary entry, computed on first use (-2: not yet).
  const perCode = new Int32Array(dictionary.length).fill(-2);
  const indices = new Array<number>(n);
  if (classes === null) {
    const found: (string | number)[] = [];
    for (let row = 0; row < n; row++) {
      const code = codes[row]!;
      let index = code >= 0 ? perCode[code]! : -2;
      if (index === -2) {
        const trimmed = cellAt(row).trim();
        if (trimmed === '') throw new ValidationInputError(`label column ${JSON.stringify(column)}: row ${row + 1} is empty; every row needs a label`);
        const key = INTEGER.test(trimmed) ? Number(trimmed) : trimmed;
        index = found.indexOf(key);
        if (index < 0) index = found.push(key) - 1;
        perCode[code] = index;
      }
      indices[row] = index;
    }
    return { indices, classes: found };
  }
  const byName = new Map<string, number>();
  classes.forEach((c, i) => byName.set(String(c), i));
  const numericClasses = classes.every((c) => typeof c === 'number');
  const classOf = (cell: string): number => {
    const trimmed = cell.trim();
    let index = byName.get(numericClasses && INTEGER.test(trimmed) ? String(Number(trimmed)) : trimmed);
    if (index === undefined && !numericClasses && INTEGER.test(trimmed)) {
      const k = Number(trimmed);
      if (k >= 0 && k < classes.length) index = k;
    }
    return index ?? -1;
  };
  const bad: string[] = [];
  for (let row = 0; row < n; row++) {
    const code = codes[row]!;
    let index = code >= 0 ? perCode[code]! : -2;
    if (index === -2) {
      index = classOf(cellAt(row));
      if (code >= 0) perCode[code] = index;
    }
    if (index < 0 && bad.length < 5) bad.push(`row ${row + 1}: ${JSON.stringify(cellAt(row))}`);
    indices[row] = index;
  }
  if (bad.length) {
    const allowed = numericClasses
      ? `the model's classes ${classes.join(', ')}`
      : `class names ${classes.map((c) => JSON.stringify(String(c))).join(', ')} or indices 0..${classes.length - 1}`;
    throw new ValidationInputError(`label column ${JSON.stringify(column)} has values that are not classes of the model (${bad.join('; ')}); allowed: ${allowed}`);
  }
  return { indices, classes: [...classes] };
}

function codeCells(cells: readonly string[]): CodedLabels {
  const index = new Map<string, number>();
  const dictionary: string[] = [];
  const codes = Int32Array.from(cells, (cell) => {
    let code = index.get(cell);
    if (code === undefined) {
      code = dictionary.push(cell) - 1;
      index.set(cell, code);
    }
    return code;
  });
  return { codes, dictionary };
}
