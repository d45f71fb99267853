import { type DataSession, type DataTable, planColumnGroups } from '../../data';
import { type DriftProfile } from '../profile/drift-profile-schema';
import { ProfileBuilder } from '../profile/profile-builder';

export interface ProfileFromTableOptions {
  /** The session the table was opened in (it holds the temporary Parquet copy). */
  readonly session: DataSession;
  readonly table: DataTable;
  /** Columns profiled as categories; every other column is numerical. */
  readonly categorical?: ReadonlySet<string>;
  /** @default 1000 */
  readonly sketchK?: number;
  /** @default 10 */
  readonly bins?: number;
  /**
   * Memory the numeric columns of one read may take.
   * @default DEFAULT_COLUMN_BUDGET_BYTES (512 MiB)
   */
  readonly columnBudgetBytes?: number;
}

/**
 * Profiles every column of a table (KLL sketch, moments and histogram per numerical column, counts
 * per categorical one) holding only a few columns in memory: numeric columns are read as
 * Float64Arrays in groups that fit `columnBudgetBytes` (a large CSV table is first copied to a
 * temporary Parquet file, read a group at a time), categorical ones one at a time. Each feature's
 * sketch sees its values in row order, so the profile equals one built row by row.
 *
 * @param opts - session, table, categorical columns, sketch and histogram settings
 * @returns the profile
 * @throws TableInputError naming the table, column and line or row of a cell that is not a number,
 *   or a categorical column the table does not have
 * @example
 * const profile = await profileFromTable({ session, table: await session.open('train.parquet'), categorical: new Set(['country']) });
 */
export async function profileFromTable(opts: ProfileFromTableOptions): Promise<DriftProfile> {
  const categorical = opts.categorical ?? new Set<string>();
  opts.table.requireColumns([...categorical], 'listed as categorical');
  const names = opts.table.columnNames;
  const builder = new ProfileBuilder({
    features: names.map((name) => ({ name, type: categorical.has(name) ? 'categorical' : 'numerical' })),
    sketchK: opts.sketchK,
    bins: opts.bins,
  });
  const numeric = names.filter((n) => !categorical.has(n));
  const rows = await opts.table.estimatedRows();
  const groups = planColumnGroups(numeric, rows * 8, opts.columnBudgetBytes);
  const table = groups.length > 1 ? await opts.session.columnar(opts.table, numeric) : opts.table;
  // Every column has one value or null per row: the first column read gives the row count.
  let rowCount = 0;
  for (const group of groups) {
    for (const [name, column] of await table.numeric(group)) {
      builder.addValues(name, column.values);
      builder.addMissing(name, column.missing);
      rowCount = column.values.length + column.missing;
    }
  }
  for (const name of names.filter((n) => categorical.has(n))) {
    const { codes, dictionary } = await table.categorical(name, { trim: true });
    rowCount = codes.length;
    builder.addValues(name, (function* () {
      for (let i = 0; i < codes.length; i++) yield codes[i]! < 0 ? null : dictionary[codes[i]!];
    })());
  }
  builder.setRows(rowCount);
  return builder.finish();
}
