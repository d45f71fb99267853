import { validateFeatureRows } from '../../../runtime/feature-store/validate-feature-rows';
import { DRIVER_STATS, T } from './helpers';

describe('validateFeatureRows', () => {
  test('covers the JSDoc example', () => {
    const def = { name: 'trips', entityKeys: ['driver_id'], eventTimeColumn: 'ts', features: [{ name: 'trips_today', type: 'int64' as const }] };
    expect(validateFeatureRows(def, [{ driver_id: 'd1', ts: 1714557600, trips_today: 3 }]).batch.features).toEqual([[3]]);
  });

  test('turns rows into columns with epoch-microsecond times and null for absent features', () => {
    const { batch, duplicates } = validateFeatureRows(DRIVER_STATS, [
      { driver_id: 'd1', event_time: T(0), trips_today: 3, rating: 4.5, city: 'Oslo', active: true },
      { driver_id: 7, event_time: new Date(0) },
    ]);
    expect(duplicates).toBe(0);
    expect(batch.keys).toEqual([['d1', '7']]);
    expect(batch.eventTimeUs).toEqual([1_714_521_600_000_000, 0]);
    expect(batch.features).toEqual([[3, null], [4.5, null], ['Oslo', null], [true, null]]);
  });

  test('keeps the last of rows with the same entity and time and counts the others', () => {
    const { batch, duplicates } = validateFeatureRows(DRIVER_STATS, [
      { driver_id: 'd1', event_time: T(0), trips_today: 1 },
      { driver_id: 'd2', event_time: T(0), trips_today: 2 },
      { driver_id: 'd1', event_time: '1714521600', trips_today: 3 },
      { driver_id: 'd1', event_time: T(0), trips_today: 4 },
    ]);
    expect(duplicates).toBe(2);
    expect(batch.keys[0]).toEqual(['d2', 'd1']);
    expect(batch.features[0]).toEqual([2, 4]);
  });

  test('parses text values when fromText is set', () => {
    const { batch } = validateFeatureRows(DRIVER_STATS, [
      { driver_id: 'd1', event_time: '1714521600', trips_today: '-12', rating: '4.25', city: '', active: '0' },
    ], { fromText: true });
    expect(batch.features).toEqual([[-12], [4.25], [null], [false]]);
  });

  test('fails naming every bad row and column, the value and what is allowed', () => {
    expect(() =>
      validateFeatureRows(DRIVER_STATS, [
        { driver_id: 'd1', event_time: T(0), trips_today: 1.5 },
        { event_time: T(0), colour: 'red' },
        { driver_id: 'd3', event_time: '2024-05-01T10:00:00', rating: 'high' },
      ]),
    ).toThrow(
      [
        'validateFeatureRows: group "driver_stats": 5 invalid value(s), nothing was written:',
        '  row 0 column "trips_today": expected int64, got number 1.5 (a whole number within +-(2^53-1))',
        '  row 1 column "colour": unknown column; group "driver_stats" defines driver_id, event_time, trips_today, rating, city, active',
        '  row 1 column "driver_id": entity key is missing; expected a non-empty string or a whole number',
        '  row 2 column "event_time": "2024-05-01T10:00:00" is neither epoch seconds nor an ISO 8601 date-time with a zone (Z or an offset such as +02:00)',
        '  row 2 column "rating": expected float64, got "high"',
      ].join('\n'),
    );
  });

  test('fails on text that is not a number or boolean, with row labels from the caller', () => {
    expect(() =>
      validateFeatureRows(DRIVER_STATS, [{ driver_id: 'd1', event_time: '', trips_today: '3.0', active: 'yes' }], { fromText: true, rowLabel: (i) => `data.csv line ${i + 2}` }),
    ).toThrow(/data.csv line 2 column "event_time": event time is missing[\s\S]*data.csv line 2 column "trips_today": expected int64, got "3.0"[\s\S]*column "active": expected bool, got "yes" \(use true, false, 1 or 0\)/);
  });

  test('fails with a summary beyond maxErrors', () => {
    const rows = Array.from({ length: 5 }, () => ({ driver_id: '', event_time: T(0) }));
    expect(() => validateFeatureRows(DRIVER_STATS, rows, { maxErrors: 2 })).toThrow(/5 invalid value\(s\)[\s\S]*\.\.\. and 3 more/);
  });
});
