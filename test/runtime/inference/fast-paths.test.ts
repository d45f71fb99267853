import fc from 'fast-check';
import { Histogram, Registry } from 'prom-client';
import { createBulkHistogram } from '../../../runtime/inference/adapters/bulk-histogram';
import { decodeBinaryTensor } from '../../../runtime/inference/decode-binary-tensor';
import { InferenceError } from '../../../runtime/inference/inference-error';
import { predictionLogRecord } from '../../../runtime/inference/prediction-log-record';
import { scanNumericRows } from '../../../runtime/inference/scan-numeric-rows';
import { serializeDesignResponse } from '../../../runtime/inference/serialize-design-response';
import { serializeOipV2Response } from '../../../runtime/inference/serialize-oip-v2-response';
import { shapeDesignResponse } from '../../../runtime/inference/shape-design-response';
import { shapeOipV2Response } from '../../../runtime/inference/shape-oip-v2-response';
import { type FeatureBatchSpec, toFeatureBatch } from '../../../runtime/inference/to-feature-batch';
import { type FeatureBatch, type ModelSignature } from '../../../runtime/inference/types';

const SPEC: FeatureBatchSpec = { features: 4, maxBatch: 50, type: 'float32', allowSingleRow: true };

/** What the general path (JSON.parse, then toFeatureBatch) makes of a body, or null when it refuses it. */
function general(text: string, key: string, spec: FeatureBatchSpec) {
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    if (body === null || typeof body !== 'object' || !(key in body)) return null;
    return toFeatureBatch(body[key], `/${key}`, spec);
  } catch {
    return null;
  }
}

/** The batch's fields, `source` included (read through its getter). */
const fields = (b: FeatureBatch | null) => b && { rows: b.rows, single: b.single, data: b.data, source: b.source };
const bits = (a: Float32Array | Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex');

/** Numbers as clients write them: shortest form, exponents, fixed digits, 16-21 significant digits. */
const numberText = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -3e38, max: 3e38 }).map((x) => JSON.stringify(x)),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map((x) => JSON.stringify(x)),
  fc.tuple(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e30, max: 1e30 }), fc.integer({ min: 0, max: 20 })).map(([x, d]) => x.toExponential(d).replace('e+', 'E')),
  fc.tuple(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e4, max: 1e4 }), fc.integer({ min: 1, max: 21 })).map(([x, p]) => x.toPrecision(p)).filter((s) => !s.includes('e+')),
  fc.tuple(fc.float({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 30 })).map(([x, d]) => x.toFixed(d)),
  fc.integer({ min: -1e9, max: 1e9 }).map(String),
);
const ws = fc.constantFrom('', ' ', '\n', '\t ', '\r\n');

describe('scanNumericRows', () => {
  test('reads the @example rows', () => {
    const b = scanNumericRows(Buffer.from('{"features":[[1,2],[3,4]]}'), 'features', { features: 2, maxBatch: 10, type: 'float32', allowSingleRow: true });
    expect(fields(b)).toEqual({ rows: 2, single: false, data: Float32Array.of(1, 2, 3, 4), source: [[1, 2], [3, 4]] });
  });

  test('reads the single-row form, whitespace and float64 models', () => {
    const b = scanNumericRows(Buffer.from(' {\n "features" : [ 0.1 , -2e-3,3E2 ,0 ] }\n'), 'features', { ...SPEC, type: 'float64' });
    expect(fields(b)).toEqual({ rows: 1, single: true, data: Float64Array.of(0.1, -0.002, 300, 0), source: [[0.1, -0.002, 300, 0]] });
  });

  test('accepted bodies get exactly the values and rows of JSON.parse and toFeatureBatch (fast-check)', () => {
    fc.assert(fc.property(
      fc.array(fc.array(numberText, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 6 }), ws, fc.boolean(), fc.constantFrom<'float32' | 'float64'>('float32', 'float64'),
      (rows, space, single, type) => {
        const inner = (single ? [rows[0]!] : rows).map((r) => `[${r.join(`,${space}`)}]`).join(`,${space}`);
        const text = `{${space}"features":${space}${single ? inner : `[${space}${inner}${space}]`}${space}}`;
        const spec = { ...SPEC, type };
        const fast = scanNumericRows(Buffer.from(text), 'features', spec);
        const slow = general(text, 'features', spec);
        if (!fast) return; // the general path answers (and it may refuse, e.g. values beyond float32)
        expect(slow).not.toBeNull();
        expect(bits(fast.data)).toBe(bits(slow!.data));
        expect([fast.rows, fast.single]).toEqual([slow!.rows, slow!.single]);
        expect(fast.source).toEqual(slow!.source);
      }), { numRuns: 2000, seed: 6 });
  });

  test('16-19 digit numbers into float32 match JSON.parse then Float32Array, midpoints included (fast-check)', () => {
    // Doubles next to a float32 rounding boundary (the midpoint of two float32 values), written with 17 digits.
    const nearMidpoint = fc.tuple(fc.float({ min: Math.fround(1e-20), max: Math.fround(1e20), noNaN: true }), fc.integer({ min: -4, max: 4 })).map(([f, k]) => {
      const next = new Float32Array([f]);
      new Uint32Array(next.buffer)[0]! += 1;
      const mid = (f + next[0]!) / 2;
      return (mid + k * Number.EPSILON * mid).toPrecision(17);
    });
    fc.assert(fc.property(fc.array(nearMidpoint, { minLength: 4, maxLength: 4 }), (nums) => {
      const text = `{"features":[${nums.join(',')}]}`;
      const fast = scanNumericRows(Buffer.from(text), 'features', SPEC);
      const expected = Float32Array.from(JSON.parse(text).features as number[]);
      expect(fast).not.toBeNull();
      expect(bits(fast!.data)).toBe(bits(expected));
    }), { numRuns: 2000, seed: 7 });
  });

  test('never accepts a body the general path refuses (fast-check on arbitrary JSON and text)', () => {
    const body = fc.oneof(
      fc.string({ maxLength: 60 }).map((s) => `{"features":[${s}]}`),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify({ features: v })),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    );
    fc.assert(fc.property(body, (text) => {
      const fast = scanNumericRows(Buffer.from(text), 'features', SPEC);
      if (fast) expect(bits(fast.data)).toBe(bits(general(text, 'features', SPEC)!.data));
    }), { numRuns: 2000, seed: 8 });
  });

  test.each([
    ['another key', '{"features":[1,2,3,4],"x":1}'],
    ['a repeated key', '{"features":[1,2,3,4],"features":[5,6,7,8]}'],
    ['a BOM', '\ufeff{"features":[1,2,3,4]}'],
    ['a non-ASCII space', '{"features":[1,2,3,\u00a04]}'],
    ['an escaped key', '{"feat\\u0075res":[1,2,3,4]}'],
    ['an empty batch', '{"features":[]}'],
    ['a wrong feature count', '{"features":[[1,2,3]]}'],
    ['a string', '{"features":[1,"2",3,4]}'],
    ['a leading zero', '{"features":[01,2,3,4]}'],
    ['a bare dot', '{"features":[1.,2,3,4]}'],
    ['a plus sign', '{"features":[+1,2,3,4]}'],
    ['NaN', '{"features":[NaN,2,3,4]}'],
    ['Infinity by overflow', '{"features":[1e999,2,3,4]}'],
    ['a value beyond float32', '{"features":[1e39,2,3,4]}'],
    ['trailing bytes', '{"features":[1,2,3,4]}x'],
    ['a trailing comma', '{"features":[[1,2,3,4],]}'],
    ['more rows than the batch limit', `{"features":[${Array(51).fill('[1,2,3,4]').join(',')}]}`],
  ])('answers null (the general path decides) for %s', (_what, text) => {
    expect(scanNumericRows(Buffer.from(text), 'features', SPEC)).toBeNull();
  });

  test('keeps the rows of small requests as read; larger ones are parsed from the body when a log record is written', () => {
    const small = scanNumericRows(Buffer.from('{"features":[5.1,3.5,1.4,0.2]}'), 'features', SPEC)!;
    expect(small.lazySource).toBeUndefined();
    const rows = Array.from({ length: 30 }, (_, i) => [i + 0.1, 2, 3, 4]);
    const large = scanNumericRows(Buffer.from(JSON.stringify({ features: rows })), 'features', SPEC)!;
    expect(large.lazySource).toBe(true);
    const record = predictionLogRecord({ requestId: 'r', timestamp: 't', protocol: 'design', latencyMs: 1, signature: CLASSIFIER, batch: large, prediction: { rows: 30, predictions: Array(30).fill('setosa') } }, true);
    expect(JSON.parse(JSON.stringify(record)).features).toEqual(rows);
  });

  test('answers null for the single-row form where only rows are allowed (KServe V1)', () => {
    expect(scanNumericRows(Buffer.from('{"instances":[1,2,3,4]}'), 'instances', { ...SPEC, allowSingleRow: false })).toBeNull();
  });
});

const CLASSIFIER: ModelSignature = {
  name: 'iris "x"', version: '1', sha256: 'a'.repeat(64), kind: 'classifier', targets: 1,
  input: { name: 'float_input', type: 'float32', features: 4 }, classLabels: ['setosa', 'vé"rsi\ncolor', 'virginica'],
  outputs: [{ name: 'output_label', datatype: 'BYTES', shape: [-1] }, { name: 'output_probability', datatype: 'FP32', shape: [-1, 3] }],
};
const REGRESSOR: ModelSignature = { ...CLASSIFIER, kind: 'regressor', classLabels: [], targets: 2, outputs: [{ name: 'variable', datatype: 'FP32', shape: [-1, 2] }] };
const CTX = { requestId: 'r-1', timestamp: '2026-01-01T00:00:00.000Z' };

describe('serializeDesignResponse', () => {
  test('writes the @example', () => {
    expect(serializeDesignResponse({ rows: 1, predictions: ['setosa'], confidences: Float64Array.of(0.97) }, { ...CLASSIFIER, name: 'iris' }, true, CTX))
      .toBe('{"prediction":["setosa"],"confidence":0.97,"model_name":"iris","model_version":"1","timestamp":"2026-01-01T00:00:00.000Z","request_id":"r-1"}');
  });

  test('writes the same bytes as JSON.stringify(shapeDesignResponse) (fast-check)', () => {
    const label = fc.oneof(fc.constantFrom(...CLASSIFIER.classLabels), fc.string({ maxLength: 8 }));
    const confidence = fc.float({ min: 0, max: 1, noNaN: true }).map((x) => x);
    fc.assert(fc.property(fc.array(fc.tuple(label, confidence), { minLength: 1, maxLength: 20 }), fc.boolean(), (rows, single) => {
      const p = { rows: rows.length, predictions: rows.map((r) => r[0]), confidences: Float64Array.from(rows, (r) => r[1]) };
      expect(serializeDesignResponse(p, CLASSIFIER, single, CTX)).toBe(JSON.stringify(shapeDesignResponse(p, CLASSIFIER, single, CTX)));
    }), { numRuns: 500, seed: 9 });
    const reg = { rows: 2, predictions: [[1.5, Math.fround(0.1)], [-0, 3e-7]] };
    expect(serializeDesignResponse(reg, REGRESSOR, false, CTX)).toBe(JSON.stringify(shapeDesignResponse(reg, REGRESSOR, false, CTX)));
  });
});

describe('serializeOipV2Response', () => {
  const pred = { rows: 2, predictions: ['setosa', 'vé"rsi\ncolor'], confidences: Float64Array.of(0.9, 0.8), probabilities: Float32Array.of(0.9, 0.05, 0.05, 0.1, 0.8, 0.1) };

  test('answers JSON text, as shapeOipV2Response, when no output is binary', () => {
    expect(serializeOipV2Response(pred, CLASSIFIER, ['output_label'], [], 'q')).toBe(JSON.stringify(shapeOipV2Response(pred, CLASSIFIER, ['output_label'], 'q')));
  });

  test('answers a JSON header then little-endian tensor bytes for binary outputs (@example)', () => {
    const out = serializeOipV2Response(pred, CLASSIFIER, ['output_label', 'output_probability'], ['output_probability'], 'q');
    if (typeof out === 'string') throw new Error('expected a binary answer');
    const header = JSON.parse(out.body.subarray(0, out.headerLength).toString()) as { outputs: { name: string; data?: unknown; parameters?: { binary_data_size: number } }[] };
    expect(header.outputs[0]).toEqual({ name: 'output_label', datatype: 'BYTES', shape: [2], data: pred.predictions });
    expect(header.outputs[1]).toEqual({ name: 'output_probability', datatype: 'FP32', shape: [2, 3], parameters: { binary_data_size: 24 } });
    const tail = out.body.subarray(out.headerLength);
    expect(Array.from({ length: 6 }, (_, i) => tail.readFloatLE(i * 4))).toEqual(Array.from(pred.probabilities));
  });

  test('writes BYTES labels as a 4-byte length and UTF-8, INT64 labels and regression values as binary', () => {
    const out = serializeOipV2Response(pred, CLASSIFIER, ['output_label'], ['output_label'], 'q') as { body: Buffer; headerLength: number };
    const tail = out.body.subarray(out.headerLength);
    const second = Buffer.from('vé"rsi\ncolor');
    expect(tail).toEqual(Buffer.concat([Buffer.from([6, 0, 0, 0]), Buffer.from('setosa'), Buffer.from([second.length, 0, 0, 0]), second]));
    const ints = serializeOipV2Response({ rows: 2, predictions: [2, 0] }, { ...CLASSIFIER, classLabels: [0, 1, 2], outputs: [{ name: 'l', datatype: 'INT64', shape: [-1] }, CLASSIFIER.outputs[1]!] }, ['l'], ['l'], 'q') as { body: Buffer; headerLength: number };
    expect(ints.body.subarray(ints.headerLength)).toEqual(Buffer.from(BigInt64Array.of(2n, 0n).buffer));
    const reg = serializeOipV2Response({ rows: 1, predictions: [[1.5, -2]] }, REGRESSOR, ['variable'], ['variable'], 'q') as { body: Buffer; headerLength: number };
    expect(reg.body.subarray(reg.headerLength)).toEqual(Buffer.from(Float32Array.of(1.5, -2).buffer));
  });
});

describe('createBulkHistogram', () => {
  test('exposes exactly what a prom-client Histogram exposes for the same observations (@example)', async () => {
    const buckets = [0.5, 0.6, 0.9, 1];
    const values = [0.97, 0.55, 0.5, 1, 0.3, 0.61, 0.9, 1.5, NaN];
    const mine = new Registry();
    createBulkHistogram(mine, { name: 'conf', help: 'h', labelNames: ['model_name', 'model_version'], buckets }).observeMany(['iris', '1'], Float64Array.from(values));
    const theirs = new Registry();
    const h = new Histogram({ name: 'conf', help: 'h', labelNames: ['model_name', 'model_version'], buckets, registers: [theirs] });
    for (const v of values) if (Number.isFinite(v)) h.observe({ model_name: 'iris', model_version: '1' }, v);
    expect(await mine.metrics()).toBe(await theirs.metrics());
    expect(await mine.getMetricsAsJSON()).toEqual(await theirs.getMetricsAsJSON());
  });

  test('fails on buckets that are not ascending', () => {
    expect(() => createBulkHistogram(new Registry(), { name: 'x', help: 'h', labelNames: [], buckets: [1, 0.5] })).toThrow(/buckets must be ascending, got 1, 0.5/);
  });
});

describe('decodeBinaryTensor', () => {
  test('reads FP32 rows (@example)', () => {
    const b = decodeBinaryTensor(Buffer.from(Float32Array.of(5.1, 3.5, 1.4, 0.2).buffer), 'FP32', 1, 4, 'float32');
    expect(fields(b)).toEqual({ rows: 1, single: false, data: Float32Array.of(5.1, 3.5, 1.4, 0.2), source: [[Math.fround(5.1), 3.5, Math.fround(1.4), Math.fround(0.2)]] });
  });

  test.each([
    ['FP16', Buffer.from(Uint16Array.of(0x3c00, 0xc000, 0x3555, 0x0001).buffer), [1, -2, 0.333251953125, 2 ** -24]],
    ['FP64', Buffer.from(Float64Array.of(0.1, 2, -3, 4e10).buffer), [0.1, 2, -3, 4e10]],
    ['INT64', Buffer.from(BigInt64Array.of(-1n, 2n, 3n, 4n).buffer), [-1, 2, 3, 4]],
    ['UINT8', Buffer.from([1, 2, 3, 255]), [1, 2, 3, 255]],
  ])('converts %s to the model type, keeping the values as sent for logs', (datatype, bytes, sent) => {
    const b = decodeBinaryTensor(bytes, datatype, 1, 4, 'float32');
    expect(Array.from(b.data)).toEqual(sent.map(Math.fround));
    expect(b.source).toEqual([sent]);
  });

  const caught = (fn: () => unknown): InferenceError => {
    try { fn(); } catch (err) { if (err instanceof InferenceError) return err; throw err; }
    throw new Error('expected an InferenceError');
  };
  test('fails on NaN and Infinity, naming the row and feature', () => {
    const e = caught(() => decodeBinaryTensor(Buffer.from(Float32Array.of(1, NaN, 3, Infinity).buffer), 'FP32', 1, 4, 'float32'));
    expect(e).toMatchObject({ status: 400, code: 'invalid_request' });
    expect(e.details).toEqual([
      { path: '/inputs/0', message: 'binary value 1 (row 0, feature 1) must be a finite number within ±3.4e38, got NaN' },
      { path: '/inputs/0', message: 'binary value 3 (row 0, feature 3) must be a finite number within ±3.4e38, got Infinity' },
    ]);
  });

  test('fails when the byte count does not fit the shape and datatype', () => {
    expect(caught(() => decodeBinaryTensor(Buffer.alloc(12), 'FP32', 1, 4, 'float32')).details[0]).toEqual({ path: '/inputs/0/parameters/binary_data_size', message: 'must be 16 (rows x features x 4 bytes)' });
  });
});
