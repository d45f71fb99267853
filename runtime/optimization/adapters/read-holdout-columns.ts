import { DataSession, TableInputError } from '../../data';
import { readInputColumns } from '../../validation/adapters/read-input-columns';
import { planModelInputs } from '../../validation/plan-model-inputs';
import { type InputColumns, type ModelValueInfo } from '../../validation/types';
import { ValidationInputError } from '../../validation/validation-input-error';

/**
 * Reads a hold-out table (CSV, CSV.gz or Parquet; local or `oci://`) into a model's input columns
 * exactly as `validate-model` does (the same DuckDB reader, the same column binding and cell
 * checks), so that optimize and benchmark feed models what the validation gate fed them.
 *
 * @param inputs - the model's inputs as ONNX Runtime declares them
 * @param data - the hold-out table
 * @param label - its label column (never a feature)
 * @param features - feature columns in input order, for a single-input model (default: every column but the label)
 * @returns the input columns and the row count
 * @throws ValidationInputError naming the table, column and line or row of unusable data, or the mismatch with the model's inputs
 * @example
 * const { columns, rows } = await readHoldoutColumns(inputs, 'models/sensor-mote-mlp-holdout.csv', 'mote_id');
 */
export async function readHoldoutColumns(inputs: readonly ModelValueInfo[], data: string, label: string, features?: readonly string[]): Promise<{ columns: InputColumns[]; rows: number }> {
  const session = await DataSession.create();
  try {
    let table;
    try {
      table = await session.open(data);
    } catch (err) {
      throw err instanceof TableInputError ? new ValidationInputError(err.message) : err;
    }
    const bindings = planModelInputs(inputs, table.columnNames, { label, features, source: data });
    return await readInputColumns(table, bindings);
  } finally {
    await session.close();
  }
}
