import { InvalidArgumentError } from 'commander';
// By file, not through runtime/data's index: parsing an option must not load DuckDB.
import { TableCellError } from '../runtime/data/table-cell-error';
import { TableInputError } from '../runtime/data/table-input-error';
import { TABLE_FORMATS, type TableFormat } from '../runtime/data/table-location';
import { CliError } from './cli-error';

/** Parses a `--format` option: one of the table formats runtime/data reads. */
export function parseTableFormat(value: string): TableFormat {
  if (!(TABLE_FORMATS as readonly string[]).includes(value)) throw new InvalidArgumentError(`--format must be one of ${TABLE_FORMATS.join(', ')}, got "${value}"`);
  return value as TableFormat;
}

/**
 * The exit-1 error of `drift` and `profile` for a failure while reading or computing: table errors
 * as they are (a text cell in a numeric column with the advice to list it with `--categorical`),
 * anything else prefixed with `source`.
 */
export function featureTableError(err: unknown, source: string): CliError {
  if (err instanceof CliError) return err;
  if (err instanceof TableCellError && / is not a number$/.test(err.message)) {
    return new CliError(`${err.message} (list the column with --categorical if it holds categories)`, 1);
  }
  if (err instanceof TableInputError) return new CliError(err.message, 1);
  return new CliError(`${source}: ${(err as Error).message}`, 1);
}
