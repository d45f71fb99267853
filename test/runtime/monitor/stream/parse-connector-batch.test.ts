import { parseConnectorBatch } from '../../../../runtime/monitor/stream/parse-connector-batch';

const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64');
const now = new Date('2026-01-01T12:00:00Z');

describe('parseConnectorBatch', () => {
  test('decodes the base64 values of a Service Connector Hub batch as in its example', () => {
    const value = b64({ model_id: 'm1', features: { x: 1 } });
    const r = parseConnectorBatch(JSON.stringify([{ stream: 's', partition: '0', key: null, value, offset: 7, timestamp: '2026-01-01T00:00:00.000Z' }]), now);
    expect(r.rejected).toEqual([]);
    expect(r.records).toEqual([{ record: { model_id: 'm1', features: { x: 1 } }, time: new Date('2026-01-01T00:00:00.000Z') }]);
  });

  test('prefers the record\'s timestamp, then the message\'s, then now', () => {
    const r = parseConnectorBatch(
      [
        { value: b64({ model_id: 'm', timestamp: '2026-01-01T11:00:00Z', features: {} }), timestamp: '2026-01-01T10:00:00Z' },
        { value: b64({ model_id: 'm', features: {} }), timestamp: '2026-01-01T10:00:00Z' },
        { value: b64({ model_id: 'm', features: {} }) },
      ],
      now,
    );
    expect(r.records.map((x) => x.time.toISOString())).toEqual(['2026-01-01T11:00:00.000Z', '2026-01-01T10:00:00.000Z', '2026-01-01T12:00:00.000Z']);
  });

  test('rejects bad messages with a reason and keeps the rest of the batch', () => {
    const r = parseConnectorBatch(
      Buffer.from(JSON.stringify([{ value: b64('not json'), offset: 1 }, { value: b64({ features: {} }), offset: 2 }, { nope: 1 }, { value: b64({ model_id: 'ok', features: { a: 'x' } }) }])),
      now,
    );
    expect(r.records).toHaveLength(1);
    expect(r.rejected.map((x) => [x.index, x.offset])).toEqual([[0, 1], [1, 2], [2, undefined]]);
    expect(r.rejected[0]!.reason).toBe('value is not base64-encoded JSON');
    expect(r.rejected[1]!.reason).toMatch(/not a prediction-log record: model_id/);
  });

  test('accepts an empty body as an empty batch', () => {
    expect(parseConnectorBatch('', now)).toEqual({ records: [], rejected: [] });
  });

  test('fails when the body is not a JSON array', () => {
    expect(() => parseConnectorBatch('{oops', now)).toThrow(/parseConnectorBatch: the body is not JSON/);
    expect(() => parseConnectorBatch('{"a":1}', now)).toThrow(/expected a JSON array of stream messages, got object/);
  });
});
