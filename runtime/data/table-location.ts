import { TableInputError } from './table-input-error';

/** File formats the table layer reads and writes. CSV may be gzip-compressed (`.csv.gz`). */
export type TableFormat = 'csv' | 'parquet';
export const TABLE_FORMATS: readonly TableFormat[] = ['csv', 'parquet'];

/** An object in OCI Object Storage. */
export interface ObjectStorageLocation {
  readonly namespace: string;
  readonly bucket: string;
  readonly object: string;
}

/** Where a table lives and how it is encoded. */
export interface TableLocation {
  /** As the user wrote it: a path or an `oci://` URI; used in messages. */
  readonly display: string;
  readonly format: TableFormat;
  /** True for `.gz` names: DuckDB decompresses (CSV only). */
  readonly gzip: boolean;
  /** Local path, for a file. */
  readonly path?: string;
  /** Object Storage object, for an `oci://` URI. */
  readonly object?: ObjectStorageLocation;
}

const OCI_URI = /^oci:\/\/([^@/]+)@([^/]+)\/(.+)$/;

/**
 * Parses a table argument: a local path or `oci://<bucket>@<namespace>/<object>` (the OCI CLI's
 * notation), its format from `format` or else the name's extension (`.csv`, `.csv.gz`, `.parquet`,
 * `.pq`).
 *
 * @param location - path or URI as given on the command line
 * @param format - explicit format (a `--format` option), overriding the extension
 * @returns the parsed location
 * @throws TableInputError naming the argument when it is an `oci://` URI of another form, or the
 *   format cannot be told from the name and none is given
 * @example
 * parseTableLocation('oci://datasets@acme/2026/ref.parquet'); // { format: 'parquet', object: { bucket: 'datasets', namespace: 'acme', object: '2026/ref.parquet' }, ... }
 */
export function parseTableLocation(location: string, format?: TableFormat): TableLocation {
  if (format !== undefined && !TABLE_FORMATS.includes(format)) {
    throw new TableInputError(`${location}: format must be one of ${TABLE_FORMATS.join(', ')}, got "${String(format)}"`);
  }
  const name = location.toLowerCase();
  const gzip = name.endsWith('.gz');
  const base = gzip ? name.slice(0, -3) : name;
  const byExtension: TableFormat | undefined = base.endsWith('.csv') ? 'csv' : base.endsWith('.parquet') || base.endsWith('.pq') ? 'parquet' : undefined;
  const resolved = format ?? byExtension;
  if (!resolved) {
    throw new TableInputError(`${location}: cannot tell the format from the name; use a .csv, .csv.gz or .parquet name, or pass the format (${TABLE_FORMATS.join(', ')})`);
  }
  if (resolved === 'parquet' && gzip) throw new TableInputError(`${location}: a gzip-compressed Parquet file is not supported; Parquet compresses its own pages`);
  if (location.startsWith('oci://')) {
    const m = OCI_URI.exec(location);
    if (!m) throw new TableInputError(`${location}: not an Object Storage URI; expected oci://<bucket>@<namespace>/<object>`);
    return { display: location, format: resolved, gzip, object: { bucket: m[1]!, namespace: m[2]!, object: m[3]! } };
  }
  return { display: location, format: resolved, gzip, path: location };
}
