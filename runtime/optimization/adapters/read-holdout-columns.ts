import { buildInputColumns, type InputColumns } from '../../validation/build-input-columns';
import { readCsvTable } from '../../validation/adapters/read-csv-table';
import { planModelInputs } from '../../validation/plan-model-inputs';
import { type ModelValueInfo } from '../../validation/types';

/**
 * Reads a hold-out file into a model's input columns exactly as `validate-model` does (the same
 * reader, the same column binding and cell checks), so that optimize and benchmark feed models
 * what the validation gate fed them.
 *
 * @param inputs - the model's inputs as ONNX Runtime declares them
 * @param data - the hold-out file
 * @param label - its label column (never a feature)
 * @param features - feature columns in input order, for a single-input model (default: every column but the label)
 * @returns the input columns and the row count
 * @throws ValidationInputError naming the file, row and column of unusable data, or the mismatch with the model's inputs
 * @example
 * const { columns, rows } = readHoldoutColumns(inputs, 'models/sensor-mote-mlp-holdout.csv', 'mote_id');
 */
export function readHoldoutColumns(inputs: readonly ModelValueInfo[], data: string, label: string, features?: readonly string[]): { columns: InputColumns[]; rows: number } {
  const table = readCsvTable(data);
  const bindings = planModelInputs(inputs, table.header, { label, features, source: data });
  return { columns: buildInputColumns(table, bindings), rows: table.rows.length };
}
