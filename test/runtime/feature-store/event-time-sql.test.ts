import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import fc from 'fast-check';
import { eventTimeMicrosSql } from '../../../runtime/feature-store/event-time-sql';
import { parseEventTime } from '../../../runtime/feature-store/parse-event-time';

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** Event times near and inside the accepted forms: epoch seconds, ISO with every zone form, impossible dates, blanks. */
const eventTimeText = fc.oneof(
  fc.integer({ min: -2e11, max: 2e11 }).map(String),
  fc.tuple(fc.constantFrom('', '+', '-'), fc.integer({ min: 0, max: 1e12 })).map(([s, n]) => `${s}${n}`),
  fc
    .record({
      y: fc.integer({ min: 0, max: 9999 }), mo: fc.integer({ min: 0, max: 13 }), d: fc.integer({ min: 0, max: 32 }),
      h: fc.integer({ min: 0, max: 24 }), mi: fc.integer({ min: 0, max: 60 }), s: fc.option(fc.integer({ min: 0, max: 60 })),
      f: fc.option(fc.stringMatching(/^[0-9]{1,9}$/)), sep: fc.constantFrom('T', ' '),
      zone: fc.constantFrom('Z', 'z', '', '+02:00', '-0530', '+01', '+24:00', '-23:59', '+05:60'),
      blank: fc.constantFrom('', ' ', '  '),
    })
    .map((r) => `${r.blank}${pad(r.y, 4)}-${pad(r.mo, 2)}-${pad(r.d, 2)}${r.sep}${pad(r.h, 2)}:${pad(r.mi, 2)}${r.s === null ? '' : `:${pad(r.s, 2)}${r.f === null ? '' : `.${r.f}`}`}${r.zone}${r.blank}`),
  fc.constantFrom('', 'abc', '2024-05-01', '2024-02-29T00:00:00Z', '2023-02-29T00:00:00Z', '1900-02-29T00:00:00Z', '2000-02-29T00:00:00Z', '\t1714557600'),
);

describe('eventTimeMicrosSql', () => {
  let connection: DuckDBConnection;
  beforeAll(async () => {
    connection = await (await DuckDBInstance.create(':memory:')).connect();
  });

  async function sqlValues(texts: string[]): Promise<(number | null)[]> {
    await connection.run('CREATE OR REPLACE TEMP TABLE t (i INTEGER, v VARCHAR)');
    const appender = await connection.createAppender('t');
    texts.forEach((v, i) => { appender.appendInteger(i); appender.appendVarchar(v); appender.endRow(); });
    appender.closeSync();
    const rows = (await connection.runAndReadAll(`SELECT ${eventTimeMicrosSql('v')} FROM t ORDER BY i`)).getColumns()[0]!;
    return rows.map((v) => (v === null ? null : Number(v)));
  }

  test('gives parseEventTime\'s microseconds wherever it gives a value, and NULL where parseEventTime refuses', async () => {
    const texts = fc.sample(eventTimeText, { numRuns: 5000, seed: 42 });
    const sql = await sqlValues(texts);
    texts.forEach((text, i) => {
      let expected: number | null;
      try {
        expected = parseEventTime(text) + 0; // -0 from "-0" is 0 as a BIGINT
      } catch {
        expected = null;
      }
      // NULL for a value parseEventTime accepts only for blanks other than spaces (a tab): those rows are parsed in JS.
      if (sql[i] === null && expected !== null) expect(text).toMatch(/^\s|\s$/);
      else expect({ text, value: sql[i] }).toEqual({ text, value: expected });
    });
  });

  test('reads the documented examples', async () => {
    expect(await sqlValues(['2024-05-01T12:00:00+02:00', '1714557600', '2024-05-01 12:00:00.25+02:00', ' 2024-05-01T10:00:00Z '])).toEqual([1714557600000000, 1714557600000000, 1714557600250000, 1714557600000000]);
  });
});
