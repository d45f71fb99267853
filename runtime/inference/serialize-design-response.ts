import { type ResponseContext } from './shape-design-response';
import { type BatchPrediction, type ModelSignature } from './types';

/** JSON text of each class label, per signature: predictions repeat a few labels. */
const encodedLabels = new WeakMap<ModelSignature, { labels: readonly (string | number)[]; json: string[] }>();

/** The predictions as a JSON list; labels equal to a class label reuse its encoded text. */
function predictionsJson(predictions: BatchPrediction['predictions'], signature: ModelSignature): string {
  if (signature.kind !== 'classifier') return JSON.stringify(predictions);
  let enc = encodedLabels.get(signature);
  if (!enc) {
    enc = { labels: signature.classLabels, json: signature.classLabels.map((l) => JSON.stringify(l)) };
    encodedLabels.set(signature, enc);
  }
  const { labels, json } = enc;
  let out = '[';
  for (let r = 0; r < predictions.length; r++) {
    const p = predictions[r];
    let k = 0;
    while (k < labels.length && labels[k] !== p) k++;
    out += (r ? ',' : '') + (k < labels.length ? json[k] : JSON.stringify(p));
  }
  return `${out}]`;
}

/**
 * The design's response as JSON text, built directly: the same bytes as
 * `JSON.stringify(shapeDesignResponse(...))`, without the intermediate arrays. Confidences are
 * written by `Float64Array.prototype.join`, which formats each number as `JSON.stringify` does
 * (the shortest text that reads back as the same double; they are finite, checked before).
 *
 * @param prediction the model's answer (finite values)
 * @param signature the served model (name, version)
 * @param single true when the request used the one-row form
 * @param ctx request id and timestamp
 * @returns the response body
 * @example
 * serializeDesignResponse({ rows: 1, predictions: ['setosa'], confidences: Float64Array.of(0.97) }, irisSignature, true,
 *   { requestId: 'r1', timestamp: '2026-01-01T00:00:00.000Z' });
 * // '{"prediction":["setosa"],"confidence":0.97,"model_name":"iris","model_version":"1","timestamp":"2026-01-01T00:00:00.000Z","request_id":"r1"}'
 */
export function serializeDesignResponse(prediction: BatchPrediction, signature: ModelSignature, single: boolean, ctx: ResponseContext): string {
  let body = `{"prediction":${predictionsJson(prediction.predictions, signature)}`;
  const c = prediction.confidences;
  if (c) body += single ? `,"confidence":${String(c[0])}` : `,"confidence":[${c.join(',')}]`;
  return `${body},"model_name":${JSON.stringify(signature.name)},"model_version":${JSON.stringify(signature.version)},"timestamp":${JSON.stringify(ctx.timestamp)},"request_id":${JSON.stringify(ctx.requestId)}}`;
}
