import { ModelWindows } from '../../../../runtime/monitor/stream/model-windows';

const t0 = new Date('2026-01-01T00:00:00Z');
const at = (sec: number) => new Date(t0.getTime() + sec * 1000);

describe('ModelWindows', () => {
  test('closes a window when it is full as in its example', () => {
    const w = new ModelWindows({ windowFor: () => ({ maxRecords: 2, maxAgeSec: 60 }) });
    expect(w.add({ model_id: 'm', features: { x: 1 } }, t0)).toEqual([]);
    const [closed] = w.add({ model_id: 'm', features: { x: 2, y: 'a' }, confidence: 0.9 }, at(1));
    expect(closed).toMatchObject({ modelId: 'm', records: 2, reason: 'full', startedAt: t0, endedAt: at(1), confidences: [0.9] });
    expect(closed!.columns.get('x')).toEqual([1, 2]);
    expect(closed!.columns.get('y')).toEqual([null, 'a']);
  });

  test('closes windows whose first record is maxAgeSec old', () => {
    const w = new ModelWindows({ windowFor: () => ({ maxRecords: 100, maxAgeSec: 60 }) });
    w.add({ model_id: 'a', features: { x: 1 } }, t0);
    w.add({ model_id: 'b', features: { x: 1 } }, at(30));
    expect(w.closeExpired(at(59))).toEqual([]);
    expect(w.closeExpired(at(60)).map((c) => [c.modelId, c.reason])).toEqual([['a', 'expired']]);
  });

  test('evicts the least recently fed model beyond maxModels', () => {
    const w = new ModelWindows({ windowFor: () => ({ maxRecords: 100, maxAgeSec: 600 }), maxModels: 2 });
    w.add({ model_id: 'a', features: {} }, t0);
    w.add({ model_id: 'b', features: {} }, t0);
    w.add({ model_id: 'a', features: {} }, t0);
    expect(w.add({ model_id: 'c', features: {} }, t0).map((c) => [c.modelId, c.reason])).toEqual([['b', 'evicted']]);
    expect(w.size.windows).toBe(2);
  });

  test('ignores features beyond maxFeatures and counts them', () => {
    const w = new ModelWindows({ windowFor: () => ({ maxRecords: 100, maxAgeSec: 600 }), maxFeatures: 2 });
    w.add({ model_id: 'a', features: { a: 1, b: 2, c: 3 } }, t0);
    expect(w.ignoredFeatures).toBe(1);
    expect(w.size.values).toBe(2);
  });

  test('fails on a bad bound', () => {
    expect(() => new ModelWindows({ windowFor: () => ({ maxRecords: 1, maxAgeSec: 1 }), maxModels: 0 })).toThrow(/ModelWindows: maxModels must be an integer >= 1, got 0/);
  });
});
