import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSession, quoteIdent as q, quoteLiteral, type TableColumn } from '../data';
import { checkBatch } from './check-batch';
import { type SuiteResult } from './suite-result';
import { type DataQualitySuite } from './suite-schema';

/**
 * Checks rows that arrived as JSON objects (a stream poll) against a suite: they are written once as
 * newline-delimited JSON to a private temporary file that DuckDB reads (the same SQL as for files),
 * removed afterwards.
 *
 * @param rows - the batch's rows, keyed by column
 * @param columns - every column of the batch (a row without one holds null there)
 * @param suite - the suite
 * @param source - how messages name the batch (`stream ... poll at offset ...`)
 * @returns the results when every expectation holds
 * @throws BatchRejectedError carrying the results when one fails
 * @example
 * await checkRows([{ driver_id: 'd1', trips: -1 }], ['driver_id', 'trips'], suite, 'stream s1'); // throws BatchRejectedError (trips.min)
 */
export async function checkRows(rows: readonly Readonly<Record<string, unknown>>[], columns: readonly string[], suite: DataQualitySuite, source: string): Promise<SuiteResult> {
  const dir = await mkdtemp(join(tmpdir(), 'oci-mlops-batch-'));
  const session = await DataSession.create();
  try {
    const file = join(dir, 'batch.ndjson');
    await writeFile(file, rows.map((r) => JSON.stringify(r)).join('\n'));
    // Every column as text, as a CSV is read: the checks parse values the same way for both.
    const relation = `read_json(${quoteLiteral(file)}, format = 'newline_delimited', columns = {${columns.map((c) => `${quoteLiteral(c)}: 'VARCHAR'`).join(', ')}})`;
    const described: TableColumn[] = columns.map((name) => ({ name, type: 'VARCHAR' }));
    return await checkBatch({
      connection: session.connection,
      source,
      columns: described,
      relation: () => relation,
      numberedRelation: (column) => `(SELECT *, row_number() OVER () AS ${q(column)} FROM ${relation})`,
    }, suite);
  } finally {
    await session.close();
    await rm(dir, { recursive: true, force: true });
  }
}
