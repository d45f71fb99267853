/**
 * @jest-environment ./test/runtime/inference/ort-environment.js
 */
import { PassThrough } from 'node:stream';
import { runServe } from '../../bin/commands/serve';
import { httpCall } from '../functions/inference/harness';

const BASE = { host: '127.0.0.1', port: 0, maxBatch: 1000, maxBodyBytes: 1048576, logFeatures: true, log: 'none' } as const;

function capture() {
  const out = new PassThrough();
  let text = '';
  out.on('data', (c: Buffer) => { text += c.toString(); });
  return { out, text: () => text };
}

describe('oci-mlops serve', () => {
  test('serves the sample model with its digest from the .sha256 file beside it', async () => {
    const log = capture();
    const close = await runServe({ ...BASE, model: 'models/iris-classifier.onnx', port: 18931 }, log.out);
    expect(log.text()).toMatch(/iris-classifier sha256:104d390c3c67 \(classifier, 4 features\) ready on http:\/\/127.0.0.1:18931/);
    const res = await httpCall(18931, 'POST', '/models/iris-classifier/predict', '{"features":[5.1,3.5,1.4,0.2]}');
    expect(JSON.parse(res.body).prediction).toEqual(['setosa']);
    await close();
  });

  test('fails readiness and answers 503 with the reason when --sha256 does not match', async () => {
    const log = capture();
    const close = await runServe({ ...BASE, model: 'models/iris-classifier.onnx', sha256: 'f'.repeat(64), name: 'iris', port: 18932 }, log.out);
    expect(log.text()).toMatch(/model NOT ready, predictions answer 503: .*expected ffff/);
    expect((await httpCall(18932, 'GET', '/ready', '')).status).toBe(503);
    const res = await httpCall(18932, 'POST', '/predict', '{"features":[5.1,3.5,1.4,0.2]}');
    expect(res.status).toBe(503);
    expect(JSON.parse(res.body).error.code).toBe('model_not_ready');
    await close();
  });

  test('fails with exit code 1 under --require-model when the model file is missing', async () => {
    await expect(runServe({ ...BASE, model: 'models/missing.onnx', requireModel: true }, capture().out)).rejects.toMatchObject({ exitCode: 1, message: expect.stringMatching(/cannot read model file models\/missing.onnx/) });
  });

  test('checks request rows against --data-quality (the docs/data-quality.md example), 422 in reject mode', async () => {
    const log = capture();
    const features = 'sepal_length,sepal_width,petal_length,petal_width';
    const close = await runServe({ ...BASE, model: 'models/iris-classifier.onnx', port: 18933, featureNames: features, dataQuality: 'examples/data-quality/iris.yaml' }, log.out);
    try {
      expect(log.text()).toContain('serve: data quality (reject): sepal_length.min, sepal_length.max, sepal_width.min');
      expect((await httpCall(18933, 'POST', '/predict', '{"features":[5.1,3.5,1.4,0.2]}')).status).toBe(200);
      const res = await httpCall(18933, 'POST', '/predict', '{"features":[5.1,3.5,9.4,0.2]}');
      expect(res.status).toBe(422);
      expect(JSON.parse(res.body).error.details).toEqual([{ path: '/features/2', message: 'petal_length: 9.4 is above max 7', column: 'petal_length', check: 'max', bound: 7 }]);
    } finally {
      await close();
    }
  });

  test('fails with exit code 1 on --data-quality without --feature-names, and on a suite check that cannot apply to a feature', async () => {
    await expect(runServe({ ...BASE, model: 'models/iris-classifier.onnx', dataQuality: 'examples/data-quality/iris.yaml' }, capture().out))
      .rejects.toMatchObject({ exitCode: 1, message: expect.stringContaining('--data-quality needs --feature-names') });
    await expect(runServe({ ...BASE, model: 'models/iris-classifier.onnx', dataQuality: 'examples/data-quality/transactions.yaml', featureNames: 'amount,email,b,c' }, capture().out))
      .rejects.toMatchObject({ exitCode: 1, message: 'serve: --data-quality examples/data-quality/transactions.yaml: feature "email": type string cannot apply to the numeric values a model receives; keep it for CI and ingestion in a suite of its own' });
  });

  test('fails on a name that cannot be a route segment', async () => {
    await expect(runServe({ ...BASE, model: 'models/iris-classifier.onnx', name: 'a/b' }, capture().out)).rejects.toMatchObject({ exitCode: 2 });
  });
});
