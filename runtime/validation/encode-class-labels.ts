import { ValidationInputError } from './validation-input-error';

const INTEGER = /^[+-]?\d+$/;

/**
 * Turns the label cells of a CSV into class indices of the model's class list.
 *
 * A cell is a class name (matched exactly) or a class index 0..K-1. When the model names integer
 * classes, a cell is matched against those integers. When the class list is unknown (a model with
 * only a label output and no class names), each distinct value becomes a class of its own, numbers
 * compared as numbers.
 *
 * @param cells - the label column, one cell per row
 * @param classes - the model's classes in score-column order, or null when unknown
 * @param column - the label column's name, for messages
 * @returns per row, the class index, and the class list used (built from the data when `classes` is null)
 * @throws ValidationInputError naming the first rows whose label is empty or not a class, with the allowed values
 * @example
 * encodeClassLabels(['setosa', '2', 'versicolor'], ['setosa', 'versicolor', 'virginica'], 'species');
 * // { indices: [0, 2, 1], classes: ['setosa', 'versicolor', 'virginica'] }
 */
export function encodeClassLabels(
  cells: readonly string[],
  classes: readonly (string | number)[] | null,
  column: string,
): { indices: number[]; classes: (string | number)[] } {
  if (classes === null) {
    const found: (string | number)[] = [];
    const indices = cells.map((cell, row) => {
      const trimmed = cell.trim();
      if (trimmed === '') throw new ValidationInputError(`label column ${JSON.stringify(column)}: row ${row + 1} is empty; every row needs a label`);
      const key = INTEGER.test(trimmed) ? Number(trimmed) : trimmed;
      let i = found.indexOf(key);
      if (i < 0) i = found.push(key) - 1;
      return i;
    });
    return { indices, classes: found };
  }
  const byName = new Map<string, number>();
  classes.forEach((c, i) => byName.set(String(c), i));
  const numericClasses = classes.every((c) => typeof c === 'number');
  const bad: string[] = [];
  const indices = cells.map((cell, row) => {
    const trimmed = cell.trim();
    let index = byName.get(numericClasses && INTEGER.test(trimmed) ? String(Number(trimmed)) : trimmed);
    if (index === undefined && !numericClasses && INTEGER.test(trimmed)) {
      const n = Number(trimmed);
      if (n >= 0 && n < classes.length) index = n;
    }
    if (index === undefined) {
      if (bad.length < 5) bad.push(`row ${row + 1}: ${JSON.stringify(cell)}`);
      return -1;
    }
    return index;
  });
  if (bad.length) {
    const allowed = numericClasses
      ? `the model's classes ${classes.join(', ')}`
      : `class names ${classes.map((c) => JSON.stringify(String(c))).join(', ')} or indices 0..${classes.length - 1}`;
    throw new ValidationInputError(`label column ${JSON.stringify(column)} has values that are not classes of the model (${bad.join('; ')}); allowed: ${allowed}`);
  }
  return { indices, classes: [...classes] };
}
