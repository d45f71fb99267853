import { parseEventTime } from '../../../runtime/feature-store/parse-event-time';

describe('parseEventTime', () => {
  test.each([
    ['2024-05-01T12:00:00+02:00', 1_714_557_600_000_000],
    [1714557600, 1_714_557_600_000_000],
    ['1714557600', 1_714_557_600_000_000],
    ['2024-05-01T10:00:00Z', 1_714_557_600_000_000],
    ['2024-05-01 10:00:00z', 1_714_557_600_000_000],
    ['2024-05-01T05:30:00.123456-04:30', 1_714_557_600_123_456],
    ['2024-05-01T10:00:00.5+0000', 1_714_557_600_500_000],
    ['2024-05-01T10:00+00', 1_714_557_600_000_000],
    ['2024-02-29T00:00:00Z', 1_709_164_800_000_000],
    ['1969-12-31T23:59:59Z', -1_000_000],
    ['2024-05-01T10:00:00.123456000Z', 1_714_557_600_123_456],
    [new Date('2024-05-01T10:00:00.250Z'), 1_714_557_600_250_000],
  ])('parses %p', (input, expected) => {
    expect(parseEventTime(input)).toBe(expected);
  });

  test.each([
    ['2024-05-01T10:00:00', /neither epoch seconds nor an ISO 8601 date-time with a zone/],
    ['2023-02-29T00:00:00Z', /not a real date/],
    ['2024-05-01T24:00:00Z', /not a real date/],
    ['2024-05-01T10:00:00.1234567Z', /finer than a microsecond/],
    ['2024-05-01T10:00:00+25:00', /impossible offset/],
    [1.5, /not a whole number of epoch seconds/],
    [Number.NaN, /not a whole number of epoch seconds/],
    [null, /got null/],
    [new Date('nope'), /invalid Date/],
  ])('fails on %p', (input, message) => {
    expect(() => parseEventTime(input)).toThrow(message);
  });
});
