import { TableInputError } from './table-input-error';

/**
 * A cell that is not of its column's type (text in a numeric column, an infinite number): a
 * `TableInputError` whose message names the table, column and line (CSV) or row (Parquet), with the
 * column as a field so a command can add its own advice (`--categorical`, the model input's type).
 */
export class TableCellError extends TableInputError {
  constructor(
    message: string,
    /** The column of the cell. */
    readonly column: string,
  ) {
    super(message);
  }
}
