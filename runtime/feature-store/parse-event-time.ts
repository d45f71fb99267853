const ISO_WITH_ZONE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)$/;
const EPOCH_SECONDS = /^[+-]?\d{1,12}$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Parses an event time into epoch microseconds, the unit every store keeps event times in.
 *
 * Accepted: a `Date`; a whole number of epoch seconds (a number or a string of digits); an ISO 8601
 * date-time with a zone, `Z` or an offset (`2024-05-01T12:00:00Z`, `2024-05-01 12:00:00.25+02:00`).
 * A date-time without a zone is refused rather than guessed. Fractions finer than a microsecond
 * must be zeros (the stores keep microseconds).
 *
 * @param value the event time as received
 * @returns microseconds since 1970-01-01T00:00:00Z (a safe integer)
 * @throws Error naming the value and the accepted forms when it is none of them or not a real date
 * @example
 * parseEventTime('2024-05-01T12:00:00+02:00'); // 1714557600000000
 * parseEventTime(1714557600);                   // 1714557600000000
 */
export function parseEventTime(value: unknown): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) throw new Error('parseEventTime: got an invalid Date');
    return ms * 1000;
  }
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || Math.abs(value) > 1e11) {
      throw new Error(`parseEventTime: ${value} is not a whole number of epoch seconds (|seconds| <= 1e11); pass a Date or an ISO 8601 string for finer times`);
    }
    return value * 1_000_000;
  }
  if (typeof value !== 'string') {
    throw new Error(`parseEventTime: expected a Date, epoch seconds or an ISO 8601 string with a zone, got ${value === null ? 'null' : typeof value}`);
  }
  const text = value.trim();
  if (EPOCH_SECONDS.test(text)) return parseEventTime(Number(text));
  const m = ISO_WITH_ZONE.exec(text);
  if (!m) {
    throw new Error(`parseEventTime: "${value}" is neither epoch seconds nor an ISO 8601 date-time with a zone (Z or an offset such as +02:00)`);
  }
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const fraction = (m[7] ?? '').padEnd(9, '0');
  const leap = month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0) ? 1 : 0;
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]! + leap || hour > 23 || minute > 59 || second > 59) {
    throw new Error(`parseEventTime: "${value}" is not a real date and time`);
  }
  if (fraction.slice(6) !== '000') {
    throw new Error(`parseEventTime: "${value}" is finer than a microsecond; the stores keep microseconds`);
  }
  const offsetMinutes = zoneOffsetMinutes(m[8]!, value);
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  date.setUTCFullYear(year);
  return (date.getTime() - offsetMinutes * 60_000) * 1000 + Number(fraction.slice(0, 6));
}

function zoneOffsetMinutes(zone: string, value: string): number {
  if (zone === 'Z' || zone === 'z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 23 || minutes > 59) throw new Error(`parseEventTime: "${value}" has an impossible offset ${zone}`);
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}
