import { meanAbsoluteError } from './mean-absolute-error';
import { r2Score } from './r2-score';
import { rootMeanSquaredError } from './root-mean-squared-error';
import { type RegressionMetrics } from './types';

/**
 * The regression metrics of a hold-out run: RMSE, MAE (target units) and R².
 *
 * @param yTrue - true values
 * @param yPred - predicted values
 * @returns `{ rmse, mae, r2 }`
 * @throws Error from the metric functions on empty, misaligned or non-finite input, or a constant target (R² undefined)
 * @example
 * regressionMetrics([3, -0.5, 2, 7], [2.5, 0, 2, 8]); // { rmse: 0.6123724356957945, mae: 0.5, r2: 0.9486081370449679 }
 */
export function regressionMetrics(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): RegressionMetrics {
  return { rmse: rootMeanSquaredError(yTrue, yPred), mae: meanAbsoluteError(yTrue, yPred), r2: r2Score(yTrue, yPred) };
}
