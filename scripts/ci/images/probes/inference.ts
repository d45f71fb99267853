import { chmodSync, copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectThat, type Probe, safeJson } from './probe';
import { gatewayHeaders, withFunction } from './with-function';

const REPO = join(__dirname, '..', '..', '..', '..');

/**
 * The inference function loads the iris model with the image's onnxruntime-node and answers one
 * API Gateway prediction. The model is a file outside the image (MODEL_URI accepts a path): the
 * function's Object Storage download has no endpoint override to point at a stand-in.
 */
export const probeInference: Probe = async (ctx) => {
  const models = join(ctx.scratch, 'models');
  mkdirSync(models, { recursive: true });
  chmodSync(models, 0o755);
  for (const f of ['iris-classifier.onnx', 'iris-classifier.onnx.sha256']) copyFileSync(join(REPO, 'models', f), join(models, f));
  return withFunction(ctx, { MODEL_URI: join(models, 'iris-classifier.onnx'), LOG_TARGET: 'none' }, async (call, running) => {
    const res = await call(gatewayHeaders('POST', '/predict'), '{"features":[6.7,3.0,5.2,2.3]}');
    const body = safeJson(res.body);
    return [
      expectThat(res.headers['fn-http-status'] === '200', `POST /predict answers Fn-Http-Status 200 (got ${String(res.headers['fn-http-status'])}: ${res.body.slice(0, 300)})`, running.output),
      expectThat(JSON.stringify(body?.prediction) === '["virginica"]' && body?.model_name === 'iris-classifier', `the prediction is ["virginica"] from model iris-classifier (got ${res.body.slice(0, 200)})`, running.output),
    ];
  });
};

