import { InferenceError } from './inference-error';
import { type BatchPrediction } from './types';

/**
 * Refuses a prediction holding NaN or ±Infinity (inputs far outside the model's range overflow
 * float32 arithmetic) rather than answering `null` in JSON.
 *
 * @param prediction the model's answer
 * @param path JSON Pointer of the rows in the request, for the details
 * @returns the same prediction when every value is finite
 * @throws InferenceError 422 `prediction_not_finite` naming the first rows affected
 * @example
 * checkPredictionFinite({ rows: 1, predictions: [1.5] }, '/features'); // returns it unchanged
 */
export function checkPredictionFinite(prediction: BatchPrediction, path: string): BatchPrediction {
  const badRows: number[] = [];
  const { confidences, predictions } = prediction;
  for (let r = 0; r < prediction.rows && badRows.length < 10; r++) {
    const p = predictions[r];
    const finite = confidences
      ? Number.isFinite(confidences[r])
      : typeof p === 'number' ? Number.isFinite(p) : Array.isArray(p) && p.every(Number.isFinite);
    if (!finite) badRows.push(r);
  }
  if (!badRows.length) return prediction;
  const message = 'the model output is not a finite number for this row; its features are outside the range the model can compute with';
  throw new InferenceError(422, 'prediction_not_finite', `${badRows.length === 1 ? 'row' : 'rows'} ${badRows.join(', ')}: ${message}`,
    badRows.map((r) => ({ path: prediction.rows === 1 ? path : `${path}/${r}`, message })));
}
