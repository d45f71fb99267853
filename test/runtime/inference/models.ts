import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linearClassifierOnnx, linearRegressorOnnx } from '../../../scripts/sample-model/onnx-writer';
import { ModelSession } from '../../../runtime/inference/model-session';
import { ModelSlot } from '../../../runtime/inference/model-slot';

/** Test models and helpers shared by the inference tests. */
export const IRIS_FILE = join(__dirname, '..', '..', '..', 'models', 'iris-classifier.onnx');
export const irisBytes = (): Buffer => readFileSync(IRIS_FILE);
export const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** Three integer classes, ZipMap, like sklearn-onnx for `LogisticRegression` on integer targets. */
export const intClassifierBytes = (): Uint8Array => linearClassifierOnnx({
  coefficients: [[1, 0], [0, 1], [-1, -1]], intercepts: [0, 0, 0], classLabels: [0, 1, 2],
});

/** y = 2·x0 - x1 + 0.5 */
export const regressorBytes = (): Uint8Array => linearRegressorOnnx({ coefficients: [[2, -1]], intercepts: [0.5] });

export async function session(bytes: Uint8Array, name = 'm'): Promise<ModelSession> {
  return ModelSession.load(bytes, { name, expectedSha256: sha256(bytes), source: name });
}

export async function readySlot(bytes: Uint8Array = irisBytes(), name = 'iris-classifier'): Promise<ModelSlot> {
  const slot = new ModelSlot(name);
  await slot.load(() => session(bytes, name));
  if (!slot.ready) throw new Error(`test model ${name} did not load: ${JSON.stringify(slot.state)}`);
  return slot;
}
