import { normalizePredictionLog } from '../../../../runtime/monitor/stream/normalize-prediction-log';
import { parseConnectorBatch } from '../../../../runtime/monitor/stream/parse-connector-batch';
import { predictionLogRecord } from '../../../../runtime/inference/prediction-log-record';

describe('normalizePredictionLog', () => {
  test('the @example: a Logging envelope around an inference record becomes one record per row', () => {
    const data = JSON.stringify({ model_name: 'iris', model_version: '3', features: [[1, 2]], feature_names: ['a', 'b'], confidence: [0.9] });
    expect(normalizePredictionLog({ data })).toEqual([{ model_id: 'iris-3', features: { a: 1, b: 2 }, confidence: 0.9 }]);
  });

  test('names features by position when the endpoint logs no names', () => {
    expect(normalizePredictionLog({ model_id: 'm-1', features: [[1, 2], [3, 4]], prediction: ['x', 'y'] })).toEqual([
      { model_id: 'm-1', features: { x0: 1, x1: 2 }, prediction: 'x' },
      { model_id: 'm-1', features: { x0: 3, x1: 4 }, prediction: 'y' },
    ]);
  });

  test('leaves a record in the monitor shape unchanged', () => {
    const r = { model_id: 'm', features: { x: 1 } };
    expect(normalizePredictionLog(r)).toEqual([r]);
  });
});

test('what the inference runtime logs, through Logging and Connector Hub, reaches the monitor as records', () => {
  const signature = { name: 'iris', version: '7' } as Parameters<typeof predictionLogRecord>[0]['signature'];
  const record = predictionLogRecord({
    requestId: 'r1', timestamp: '2026-01-01T00:00:00.000Z', protocol: 'design', latencyMs: 1, signature,
    batch: { rows: 2, single: false, data: Float32Array.of(5.1, 3.5, 6.2, 2.9), source: [[5.1, 3.5], [6.2, 2.9]] },
    prediction: { rows: 2, predictions: ['setosa', 'virginica'], confidences: Float64Array.of(0.5, 0.75) },
  }, true, ['sepal_length', 'sepal_width']);
  const envelope = { data: JSON.stringify(record), id: 'e1', source: 'log', time: '2026-01-01T00:00:00.000Z', type: 'com.oraclecloud.logging.custom.prediction' };
  const value = Buffer.from(JSON.stringify(envelope)).toString('base64');
  const parsed = parseConnectorBatch([{ stream: 's', partition: '0', key: null, value, offset: 1 }], new Date(0));
  expect(parsed.rejected).toEqual([]);
  expect(parsed.records.map((r) => r.record)).toEqual([
    expect.objectContaining({ model_id: 'iris-7', features: { sepal_length: 5.1, sepal_width: 3.5 }, confidence: 0.5 }),
    expect.objectContaining({ model_id: 'iris-7', features: { sepal_length: 6.2, sepal_width: 2.9 }, confidence: 0.75 }),
  ]);
});
