/**
 * A table that cannot be used as given: a missing or unreadable file, an empty one, a column that is
 * not there, a cell that is not of its column's type. The message names the table (file path or
 * `oci://` URI), and where it applies the column and the line (CSV) or row (Parquet). CLIs map it to
 * exit code 1.
 */
export class TableInputError extends Error {
  override readonly name = 'TableInputError';
}
