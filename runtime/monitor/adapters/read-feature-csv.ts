import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';

/** Columns of a feature CSV, missing values removed and counted. */
export interface FeatureColumns {
  readonly file: string;
  readonly header: string[];
  readonly rows: number;
  readonly numerical: Map<string, Float64Array>;
  readonly categorical: Map<string, string[]>;
  readonly missing: Map<string, number>;
}

export interface ReadFeatureCsvOptions {
  /** Columns read as categories; every other column must be numeric. */
  readonly categorical?: ReadonlySet<string>;
  /**
   * Called per row instead of keeping the columns (streaming use: the result then holds no values).
   */
  readonly onRow?: (row: Record<string, string>) => void;
}

/**
 * Reads a CSV with a header row (csv-parse, streamed): each column becomes a numerical or
 * categorical feature; empty cells count as missing.
 *
 * @param file - path of the CSV
 * @param options - categorical columns, optional per-row callback
 * @returns the columns by name
 * @throws Error naming the file (and the column and line) when it is missing, empty, malformed,
 *   lists a categorical column it does not have, or holds a non-numeric value in a numerical column
 * @example
 * await readFeatureCsv('ref.csv', { categorical: new Set(['country']) }); // { header: ['age', 'country'], rows: 2, ... }
 */
export async function readFeatureCsv(file: string, options: ReadFeatureCsvOptions = {}): Promise<FeatureColumns> {
  try {
    await access(file);
  } catch {
    throw new Error(`${file}: file not found`);
  }
  const categorical = options.categorical ?? new Set<string>();
  const parser = createReadStream(file).pipe(parse({ bom: true, trim: true, skip_empty_lines: true, relax_column_count: false }));
  let header: string[] | null = null;
  const numericBuffers: number[][] = [];
  const categoryBuffers: string[][] = [];
  const missing: number[] = [];
  let rows = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (!header) {
        header = record;
        const dup = header.find((h, i) => header!.indexOf(h) !== i);
        if (dup !== undefined) throw new Error(`${file}: column "${dup}" appears twice in the header`);
        for (const c of categorical) if (!header.includes(c)) throw new Error(`${file}: has no column "${c}" (listed as categorical); columns: ${header.join(', ')}`);
        header.forEach(() => {
          numericBuffers.push([]);
          categoryBuffers.push([]);
          missing.push(0);
        });
        continue;
      }
      rows++;
      const line = rows + 1;
      for (let c = 0; c < header.length; c++) {
        const cell = record[c]!;
        if (cell === '') {
          missing[c]!++;
          continue;
        }
        if (options.onRow) continue;
        if (categorical.has(header[c]!)) categoryBuffers[c]!.push(cell);
        else {
          const v = Number(cell);
          if (!Number.isFinite(v)) {
            throw new Error(`${file}: column "${header[c]}" line ${line}: "${cell}" is not a finite number (list the column with --categorical if it holds categories)`);
          }
          numericBuffers[c]!.push(v);
        }
      }
      if (options.onRow) options.onRow(Object.fromEntries(header.map((h, c) => [h, record[c]!])));
    }
  } catch (err) {
    const msg = (err as Error).message;
    throw new Error(msg.startsWith(file) ? msg : `${file}: ${msg}`);
  }
  if (!header) throw new Error(`${file}: the file is empty (a header row is required)`);
  const numerical = new Map<string, Float64Array>();
  const cats = new Map<string, string[]>();
  header.forEach((h, c) => {
    if (categorical.has(h)) cats.set(h, categoryBuffers[c]!);
    else numerical.set(h, Float64Array.from(numericBuffers[c]!));
  });
  return { file, header, rows, numerical, categorical: cats, missing: new Map(header.map((h, c) => [h, missing[c]!])) };
}
