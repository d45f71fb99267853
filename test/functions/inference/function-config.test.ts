/**
 * @jest-environment ./test/runtime/inference/ort-environment.js
 */
import { functionDataQuality } from '../../../functions/inference/function-data-quality';
import { readFunctionConfig } from '../../../functions/inference/read-function-config';
import { createInferenceRouter } from '../../../runtime/inference/create-inference-router';
import { readySlot } from '../../runtime/inference/models';
import { startFdk } from './harness';

describe('readFunctionConfig', () => {
  test('applies the defaults to the @example configuration', () => {
    expect(readFunctionConfig({ MODEL_URI: 'oci://models@ns/iris.onnx', MODEL_SHA256: 'a'.repeat(64), PATH: '/usr/bin' })).toEqual({
      modelUri: 'oci://models@ns/iris.onnx', modelSha256: 'a'.repeat(64), modelName: undefined, modelVersion: undefined,
      maxBatch: 1000, maxBodyBytes: 1048576, logFeatures: true, pathPrefix: '', logId: undefined, logTarget: 'stdout',
      monitoringCompartmentId: undefined, monitoringIntervalSec: 60, cacheDir: '/tmp/model-cache', dataQualityMode: 'reject',
    });
  });
  test('reads a data-quality suite as JSON and compiles it for the feature names (functionDataQuality @example)', () => {
    const config = readFunctionConfig({ MODEL_URI: 'm.onnx', FEATURE_NAMES: 'age,income', DATA_QUALITY_SUITE: '{"name":"s","columns":{"age":{"min":0}}}', DATA_QUALITY_MODE: 'flag' });
    const dq = functionDataQuality(config)!;
    expect(dq.mode).toBe('flag');
    expect(dq.validator.checks).toEqual(['age.min']);
    expect(functionDataQuality(readFunctionConfig({ MODEL_URI: 'm.onnx' }))).toBeUndefined();
  });
  test('fails on a data-quality suite that is not JSON, lacks feature names, or is not a valid suite', () => {
    expect(() => readFunctionConfig({ MODEL_URI: 'm.onnx', DATA_QUALITY_SUITE: 'name: s', DATA_QUALITY_MODE: 'warn' }))
      .toThrow('readFunctionConfig: invalid function configuration: DATA_QUALITY_SUITE: must be a data-quality suite as one JSON object (docs/data-quality.md); DATA_QUALITY_MODE: must be reject or flag');
    expect(() => readFunctionConfig({ MODEL_URI: 'm.onnx', DATA_QUALITY_SUITE: '{"name":"s"}' })).toThrow(/DATA_QUALITY_SUITE: needs FEATURE_NAMES/);
    const bad = readFunctionConfig({ MODEL_URI: 'm.onnx', FEATURE_NAMES: 'age', DATA_QUALITY_SUITE: '{"name":"s","columns":{"age":{"min":"zero"}}}' });
    expect(() => functionDataQuality(bad)).toThrow('DATA_QUALITY_SUITE: columns.age.min: Invalid input: expected number, received string');
    const text = readFunctionConfig({ MODEL_URI: 'm.onnx', FEATURE_NAMES: 'age', DATA_QUALITY_SUITE: '{"name":"s","columns":{"age":{"type":"string"}}}' });
    expect(() => functionDataQuality(text)).toThrow('DATA_QUALITY_SUITE: feature "age": type string cannot apply to the numeric values a model receives');
  });
  test('fails listing every bad key', () => {
    expect(() => readFunctionConfig({ MAX_BATCH: '0', LOG_FEATURES: 'maybe', MODEL_SHA256: 'xyz' }))
      .toThrow(/MODEL_URI: .*MODEL_SHA256: must be 64 hex digits.*MAX_BATCH: .*LOG_FEATURES/);
  });
});

describe('the function handler through the real FDK', () => {
  test('routes by the API Gateway URL after the deployment prefix and returns the status in Fn-Http-Status', async () => {
    const slot = await readySlot();
    const router = createInferenceRouter({ slot });
    const fn = await startFdk(router, '/iris/');
    try {
      const ok = await fn.call('POST', '/iris/v1/models/iris-classifier:predict?trace=1', '{"instances":[[5.1,3.5,1.4,0.2]]}');
      expect(ok.status).toBe(200);
      expect(JSON.parse(ok.body)).toEqual({ predictions: ['setosa'] });
      expect(ok.headers['content-type']).toMatch(/application\/json/);
      const missing = await fn.call('GET', '/iris/nope', '');
      expect(missing.status).toBe(404);
    } finally {
      fn.stop();
    }
  });
});
