const EPOCH = String.raw`^[+-]?[0-9]{1,12}$`;
const ISO = String.raw`^([0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,9}))?)?(Z|z|[+-][0-9]{2}(?::?[0-9]{2})?)$`;
const PARTS = `['y', 'mo', 'd', 'h', 'mi', 's', 'f', 'z']`;

/**
 * A DuckDB expression that turns an event-time text column into epoch microseconds, as
 * `parseEventTime` does, or NULL. It covers epoch seconds and ISO 8601 with a zone, surrounded by
 * spaces at most, and gives NULL for anything else, including the forms `parseEventTime` would
 * refuse (no zone, impossible dates, sub-microsecond digits). Callers parse the NULL rows with
 * `parseEventTime` itself, which either names the problem or (for rarer blanks such as tabs)
 * accepts the value: the SQL is a fast path for a strict subset, `parseEventTime` stays the
 * definition. Canonical whole numbers (no plus sign, no leading zero) take a cast instead of a regular
 * expression: most large files carry epoch seconds in that form.
 *
 * @param text - SQL expression of the VARCHAR cell
 * @returns SQL expression of type BIGINT
 * @example
 * `SELECT ${eventTimeMicrosSql('"ts"')} AS ts_us FROM events`
 */
export function eventTimeMicrosSql(text: string): string {
  const t = `trim(${text}, ' ')`;
  const p = `regexp_extract(${t}, '${ISO}', ${PARTS})`;
  const int = (field: string) => `CAST(${p}.${field} AS INTEGER)`;
  const leap = `(${int('y')} % 4 = 0 AND ${int('y')} % 100 <> 0 OR ${int('y')} % 400 = 0)`;
  const daysInMonth = `CASE ${int('mo')} WHEN 2 THEN CASE WHEN ${leap} THEN 29 ELSE 28 END WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30 ELSE 31 END`;
  const zone = `${p}.z`;
  const zoneDigits = `replace(substr(${zone}, 2), ':', '')`;
  const offsetHours = `CAST(substr(${zoneDigits}, 1, 2) AS INTEGER)`;
  const offsetMinutes = `CASE WHEN length(${zoneDigits}) > 2 THEN CAST(substr(${zoneDigits}, 3) AS INTEGER) ELSE 0 END`;
  const fraction = `rpad(${p}.f, 9, '0')`;
  const valid = [
    `${int('mo')} BETWEEN 1 AND 12`,
    `${int('d')} BETWEEN 1 AND ${daysInMonth}`,
    `${int('h')} <= 23`,
    `${int('mi')} <= 59`,
    `coalesce(TRY_CAST(nullif(${p}.s, '') AS INTEGER), 0) <= 59`,
    `substr(${fraction}, 7) = '000'`,
    `(${zone} IN ('Z', 'z') OR (${offsetHours} <= 23 AND ${offsetMinutes} <= 59))`,
  ].join(' AND ');
  const sign = `CASE WHEN starts_with(${zone}, '-') THEN -1 ELSE 1 END`;
  const offset = `CASE WHEN ${zone} IN ('Z', 'z') THEN 0 ELSE ${sign} * (${offsetHours} * 60 + ${offsetMinutes}) END`;
  const micros = [
    `CAST(make_date(${int('y')}, ${int('mo')}, ${int('d')}) - DATE '1970-01-01' AS BIGINT) * 86400000000`,
    `CAST(${int('h')} AS BIGINT) * 3600000000`,
    `CAST(${int('mi')} AS BIGINT) * 60000000`,
    `coalesce(TRY_CAST(nullif(${p}.s, '') AS BIGINT), 0) * 1000000`,
    `CAST(substr(${fraction}, 1, 6) AS BIGINT)`,
  ].join(' + ');
  return `(CASE
    WHEN CAST(TRY_CAST(${t} AS BIGINT) AS VARCHAR) = ${t} THEN CASE WHEN abs(CAST(${t} AS BIGINT)) <= 100000000000 THEN CAST(${t} AS BIGINT) * 1000000 END
    WHEN regexp_full_match(${t}, '${EPOCH}') THEN CASE WHEN abs(CAST(${t} AS BIGINT)) <= 100000000000 THEN CAST(${t} AS BIGINT) * 1000000 END
    WHEN regexp_full_match(${t}, '${ISO}') THEN CASE WHEN ${valid} THEN ${micros} - CAST(${offset} AS BIGINT) * 60000000 END
  END)`;
}
