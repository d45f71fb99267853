import { InferenceError } from '../../../runtime/inference/inference-error';
import { parseDesignRequest } from '../../../runtime/inference/parse-design-request';
import { parseJsonBody } from '../../../runtime/inference/parse-json-body';
import { parseKServeV1Request } from '../../../runtime/inference/parse-kserve-v1-request';
import { parseOipV2Request } from '../../../runtime/inference/parse-oip-v2-request';
import { toFeatureBatch } from '../../../runtime/inference/to-feature-batch';
import { type ModelSignature } from '../../../runtime/inference/types';
import { readEnvelopeField } from '../../../runtime/inference/read-envelope-field';

const SPEC = { features: 4, maxBatch: 3, type: 'float32' as const };
const SIG: ModelSignature = {
  name: 'iris', version: '1', sha256: 'a'.repeat(64), kind: 'classifier', targets: 1,
  input: { name: 'float_input', type: 'float32', features: 4 }, classLabels: ['a', 'b', 'c'],
  outputs: [{ name: 'output_label', datatype: 'BYTES', shape: [-1] }, { name: 'output_probability', datatype: 'FP32', shape: [-1, 3] }],
};

function caught(fn: () => unknown): InferenceError {
  try { fn(); } catch (err) { if (err instanceof InferenceError) return err; throw err; }
  throw new Error('expected an InferenceError');
}

describe('parseJsonBody', () => {
  test('parses the @example body', () => {
    expect(parseJsonBody(Buffer.from('{"features":[1,2]}'), 1024)).toEqual({ features: [1, 2] });
  });
  test.each([
    ['an empty body', '', 400, 'invalid_json'],
    ['malformed JSON', '{"features": [1,', 400, 'invalid_json'],
    ['NaN literals', '{"features": [NaN]}', 400, 'invalid_json'],
    ['a body above the limit', 'x'.repeat(2000), 413, 'payload_too_large'],
  ])('fails on %s', (_what, body, status, code) => {
    expect(caught(() => parseJsonBody(Buffer.from(body), 1024))).toMatchObject({ status, code });
  });
  test('fails on invalid UTF-8', () => {
    expect(caught(() => parseJsonBody(Buffer.from([0x7b, 0xff, 0x7d]), 1024))).toMatchObject({ status: 400, code: 'invalid_json', message: /UTF-8/ });
  });
});

describe('toFeatureBatch', () => {
  test('reads the @example rows', () => {
    const b = toFeatureBatch([[1, 2], [3, 4]], '/instances', { features: 2, maxBatch: 10, type: 'float32', allowSingleRow: false });
    expect(b).toEqual({ rows: 2, single: false, data: Float32Array.of(1, 2, 3, 4), source: [[1, 2], [3, 4]] });
  });
  test('reads one row in the single-row form and keeps float64 precision', () => {
    const b = toFeatureBatch([0.1, 2, 3, 4], '/features', { ...SPEC, type: 'float64', allowSingleRow: true });
    expect(b.single).toBe(true);
    expect(b.data).toEqual(Float64Array.of(0.1, 2, 3, 4));
  });
  test.each([
    ['a non-list', 'abc', 400, '/features', /must be a list of 4 numbers or a list of rows/],
    ['an empty batch', [], 400, '/features', /at least one row/],
    ['a wrong feature count', [1, 2, 3], 400, '/features', /must have 4 features, got 3/],
    ['a string feature', [1, '2', 3, 4], 400, '/features/1', /must be a number, got the string "2"/],
    ['null', [1, null, 3, 4], 400, '/features/1', /got null/],
    ['Infinity (1e999 in JSON)', JSON.parse('[1, 1e999, 3, 4]'), 400, '/features/1', /finite number within ±3.4e38, got Infinity/],
    ['a value beyond float32', [1, 1e39, 3, 4], 400, '/features/1', /within ±3.4e38/],
    ['a ragged batch', [[1, 2, 3, 4], [1, 2]], 400, '/features/1', /must have 4 features, got 2/],
    ['nested lists in a row', [[[1], 2, 3, 4]], 400, '/features/0/0', /must be a number, got an array/],
    ['a batch above the maximum', [[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]], 413, '/features', /at most 3 rows/],
  ])('fails on %s', (_what, value, status, path, message) => {
    const e = caught(() => toFeatureBatch(value, '/features', { ...SPEC, allowSingleRow: true }));
    expect(e.status).toBe(status);
    expect(e.details[0]).toMatchObject({ path, message: expect.stringMatching(message) });
  });
  test('fails listing at most 10 details', () => {
    const e = caught(() => toFeatureBatch([Array(4).fill('x'), Array(4).fill('x'), Array(4).fill('x')], '/f', { ...SPEC, allowSingleRow: false }));
    expect(e.details).toHaveLength(10);
    expect(e.message).toMatch(/and 9 more problems/);
  });
});

describe('the three request formats', () => {
  test('reads the design format (@example)', () => {
    expect(parseDesignRequest({ features: [5.1, 3.5, 1.4, 0.2] }, SPEC)).toMatchObject({ rows: 1, single: true });
  });
  test('reads KServe V1 instances (@example)', () => {
    expect(parseKServeV1Request({ instances: [[5.1, 3.5, 1.4, 0.2]] }, { ...SPEC, maxBatch: 1000 })).toMatchObject({ rows: 1, single: false });
  });
  test('reads OIP V2 inputs flat and nested (@example)', () => {
    const flat = parseOipV2Request({ inputs: [{ name: 'float_input', shape: [1, 4], datatype: 'FP32', data: [5.1, 3.5, 1.4, 0.2] }] }, SIG, 1000);
    expect(flat).toMatchObject({ batch: { rows: 1 }, outputs: ['output_label', 'output_probability'] });
    const nested = parseOipV2Request({ id: 'x', inputs: [{ name: 'in', shape: [2, 4], datatype: 'FP64', data: [[1, 2, 3, 4], [5, 6, 7, 8]] }], outputs: [{ name: 'output_label' }] }, SIG, 1000);
    expect(nested).toMatchObject({ id: 'x', batch: { rows: 2, source: [[1, 2, 3, 4], [5, 6, 7, 8]] }, outputs: ['output_label'] });
  });
  test.each([
    ['design: not an object', () => parseDesignRequest([1, 2, 3, 4], SPEC), ''],
    ['design: no features', () => parseDesignRequest({ feature: [1, 2, 3, 4] }, SPEC), '/features'],
    ['kserve: no instances', () => parseKServeV1Request({ features: [[1, 2, 3, 4]] }, SPEC), '/instances'],
    ['kserve: a flat row', () => parseKServeV1Request({ instances: [1, 2, 3, 4] }, { ...SPEC, maxBatch: 1000 }), '/instances/0'],
    ['oip: no inputs', () => parseOipV2Request({}, SIG, 10), '/inputs'],
    ['oip: two inputs', () => parseOipV2Request({ inputs: [1, 2] }, SIG, 10), '/inputs'],
    ['oip: BYTES datatype', () => parseOipV2Request({ inputs: [{ name: 'a', shape: [1, 4], datatype: 'BYTES', data: [1, 2, 3, 4] }] }, SIG, 10), '/inputs/0/datatype'],
    ['oip: wrong width', () => parseOipV2Request({ inputs: [{ name: 'a', shape: [1, 3], datatype: 'FP32', data: [1, 2, 3] }] }, SIG, 10), '/inputs/0/shape'],
    ['oip: data/shape mismatch', () => parseOipV2Request({ inputs: [{ name: 'a', shape: [2, 4], datatype: 'FP32', data: [1, 2, 3, 4] }] }, SIG, 10), '/inputs/0/data'],
    ['oip: non-integer INT64', () => parseOipV2Request({ inputs: [{ name: 'a', shape: [1, 4], datatype: 'INT64', data: [1, 2, 3, 4.5] }] }, SIG, 10), '/inputs/0/data'],
    ['oip: unknown output', () => parseOipV2Request({ inputs: [{ name: 'a', shape: [1, 4], datatype: 'FP32', data: [1, 2, 3, 4] }], outputs: [{ name: 'nope' }] }, SIG, 10), '/outputs/0/name'],
    ['oip: a negative dimension', () => parseOipV2Request({ inputs: [{ name: 'a', shape: [-1, 4], datatype: 'FP32', data: [] }] }, SIG, 10), '/inputs/0/shape'],
    ['oip: an id that is not a string', () => parseOipV2Request({ id: 7, inputs: [{ name: 'a', shape: [1, 4], datatype: 'FP32', data: [1, 2, 3, 4] }] }, SIG, 10), '/id'],
    ['oip: outputs without names', () => parseOipV2Request({ inputs: [{ name: 'a', shape: [1, 4], datatype: 'FP32', data: [1, 2, 3, 4] }], outputs: [{}] }, SIG, 10), '/outputs/0/name'],
    ['oip: data that is not a list', () => parseOipV2Request({ inputs: [{ name: 'a', shape: [1, 4], datatype: 'FP32', data: 'abcd' }] }, SIG, 10), '/inputs/0/data'],
  ])('fails with a 400 on %s', (_what, fn, path) => {
    const e = caught(fn);
    expect(e.status).toBe(400);
    expect(e.details[0]!.path).toBe(path);
  });
  test('fails with a 413 when the OIP shape asks for more rows than allowed', () => {
    expect(caught(() => parseOipV2Request({ inputs: [{ name: 'a', shape: [11, 4], datatype: 'FP32', data: [] }] }, SIG, 10))).toMatchObject({ status: 413, code: 'batch_too_large' });
  });
});

describe('readEnvelopeField', () => {
  test('reads the @example field', () => {
    expect(readEnvelopeField({ features: [1, 2] }, 'features', '{"features": [...]}')).toEqual([1, 2]);
  });
  test.each([
    ['null', null, '', /must be a JSON object \{"features": \[\.\.\.\]\}, got null/],
    ['a list', [1], '', /got an array/],
    ['a missing field', { feature: 1 }, '/features', /required/],
    ['an inherited field only', Object.create({ features: [1] }), '/features', /required/],
  ])('fails on %s', (_what, body, path, message) => {
    const e = caught(() => readEnvelopeField(body, 'features', '{"features": [...]}'));
    expect(e).toMatchObject({ status: 400, code: 'invalid_request' });
    expect(e.details[0]).toMatchObject({ path, message: expect.stringMatching(message) });
  });
});
