import { type BatchPrediction, type ModelSignature } from './types';

/**
 * The Open Inference Protocol V2 infer response: `model_name`, `model_version`, `id`, and one entry in
 * `outputs` per requested output, with `shape`, `datatype` and row-major `data`. Classifiers have a
 * label output (BYTES or INT64, shape [rows]) and a probability output (FP32, [rows, classes]);
 * regressors one FP32 output [rows, targets].
 *
 * @param prediction the model's answer
 * @param signature the served model (output names and types)
 * @param requested output names to include, in the model's order
 * @param id the request's `id` (echoed), or the request id
 * @returns the response body object
 * @example
 * shapeOipV2Response(prediction, irisSignature, ['output_label'], 'req-1');
 * // { model_name: 'iris', model_version: '...', id: 'req-1', outputs: [{ name: 'output_label', datatype: 'BYTES', shape: [1], data: ['setosa'] }] }
 */
export function shapeOipV2Response(prediction: BatchPrediction, signature: ModelSignature, requested: readonly string[], id: string): Record<string, unknown> {
  const n = prediction.rows;
  const outputs = signature.outputs.filter((o) => requested.includes(o.name)).map((o) => {
    if (signature.kind === 'classifier' && o === signature.outputs[0]) {
      return { name: o.name, datatype: o.datatype, shape: [n], data: prediction.predictions };
    }
    if (signature.kind === 'classifier') {
      return { name: o.name, datatype: 'FP32', shape: [n, signature.classLabels.length], data: Array.from(prediction.probabilities ?? []) };
    }
    return { name: o.name, datatype: 'FP32', shape: [n, signature.targets], data: prediction.predictions.flat() };
  });
  return { model_name: signature.name, model_version: signature.version, id, outputs };
}
