import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { type CsvTable } from '../types';
import { ValidationInputError } from '../validation-input-error';

/**
 * Reads a CSV file with a header row (csv-parse: RFC 4180 quoting, a UTF-8 BOM skipped, blank
 * lines ignored, cells trimmed).
 *
 * @param file - path of the CSV file
 * @returns the header and the records, each as long as the header
 * @throws ValidationInputError naming the file when it cannot be read, is not CSV, has no header or
 *   no record, repeats a column name, or has a record with another number of cells than the header
 * @example
 * const table = readCsvTable('holdout.csv'); // { source: 'holdout.csv', header: ['a', 'b', 'y'], rows: [['1', '2', '0'], ...] }
 */
export function readCsvTable(file: string): CsvTable {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ValidationInputError(`${file}: cannot read the data file: ${(err as Error).message}`);
  }
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: false }) as string[][];
  } catch (err) {
    throw new ValidationInputError(`${file}: not a valid CSV file: ${(err as Error).message}`);
  }
  const [header, ...rows] = records;
  if (!header) throw new ValidationInputError(`${file}: the data file is empty; a header row and at least one record are needed`);
  if (rows.length === 0) throw new ValidationInputError(`${file}: the data file has a header but no record`);
  const repeated = header.filter((h, i) => header.indexOf(h) !== i);
  if (repeated.length) throw new ValidationInputError(`${file}: column name(s) ${[...new Set(repeated)].map((h) => JSON.stringify(h)).join(', ')} appear more than once in the header`);
  return { source: file, header, rows };
}
