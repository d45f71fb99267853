import { type InputBinding, type ModelValueInfo } from './types';
import { ValidationInputError } from './validation-input-error';

const INPUT_TYPES: readonly InputBinding['type'][] = ['float32', 'float64', 'int64', 'int32', 'string'];

export interface PlanModelInputsOptions {
  /** The label column, never a feature. */
  readonly label: string;
  /**
   * Feature columns in tensor order, for a single-input model.
   * @default - every column but the label, in file order
   */
  readonly features?: readonly string[];
  /** Where the data came from, for messages. @default 'data' */
  readonly source?: string;
}

const list = (names: readonly string[]) => names.map((n) => JSON.stringify(n)).join(', ');

/**
 * Matches a model's inputs with the columns of a CSV header.
 *
 * A model with one input gets one tensor [N, F] of every column but the label, in file order, or of
 * `features` in that order; F must equal the input's fixed feature count. A model with several
 * named inputs gets, for each input, the column of the same name as a tensor [N, 1] (or [N]).
 *
 * @param inputs - the model's inputs as ONNX Runtime declares them
 * @param header - the CSV column names
 * @param opts - the label column and optional feature selection
 * @returns one binding per model input, in the model's input order
 * @throws ValidationInputError naming every missing column, the mismatched feature count or the
 *   unsupported input type or shape
 * @example
 * planModelInputs(
 *   [{ name: 'float_input', isTensor: true, type: 'float32', shape: ['N', 2] }],
 *   ['a', 'b', 'y'],
 *   { label: 'y' },
 * ); // [{ input: 'float_input', type: 'float32', columns: ['a', 'b'], rank1: false }]
 */
export function planModelInputs(inputs: readonly ModelValueInfo[], header: readonly string[], opts: PlanModelInputsOptions): InputBinding[] {
  const source = opts.source ?? 'data';
  if (!header.includes(opts.label)) throw new ValidationInputError(`${source}: label column ${JSON.stringify(opts.label)} not found; columns: ${list(header)}`);
  if (inputs.length === 0) throw new ValidationInputError('the model declares no input');
  const typeOf = (input: ModelValueInfo): InputBinding['type'] => {
    const type = input.type as InputBinding['type'];
    if (!input.isTensor || !INPUT_TYPES.includes(type)) {
      throw new ValidationInputError(`model input ${JSON.stringify(input.name)} is ${input.isTensor ? `a ${input.type} tensor` : 'not a tensor'}; supported: tensors of ${INPUT_TYPES.join(', ')}`);
    }
    return type;
  };
  if (inputs.length === 1) {
    const input = inputs[0]!;
    const type = typeOf(input);
    const columns = opts.features ?? header.filter((c) => c !== opts.label);
    const missing = columns.filter((c) => !header.includes(c));
    if (missing.length) throw new ValidationInputError(`${source}: feature column(s) ${list(missing)} not found; columns: ${list(header)}`);
    if (columns.includes(opts.label)) throw new ValidationInputError(`--features includes the label column ${JSON.stringify(opts.label)}; a label cannot be a feature`);
    const duplicates = columns.filter((c, i) => columns.indexOf(c) !== i);
    if (duplicates.length) throw new ValidationInputError(`--features names ${list([...new Set(duplicates)])} more than once`);
    if (columns.length === 0) throw new ValidationInputError(`${source}: no feature column: the data has only the label column ${JSON.stringify(opts.label)}`);
    const shape = input.shape ?? [];
    if (shape.length === 1) {
      if (columns.length !== 1) {
        throw new ValidationInputError(`model input ${JSON.stringify(input.name)} has shape [${shape.join(', ')}] (one value per row) but ${columns.length} feature columns were selected: ${list(columns)}`);
      }
      return [{ input: input.name, type, columns, rank1: true }];
    }
    if (shape.length !== 2) {
      throw new ValidationInputError(`model input ${JSON.stringify(input.name)} has shape [${shape.join(', ')}]; supported: [N, features] or [N]`);
    }
    const width = shape[1];
    if (typeof width === 'number' && width !== columns.length) {
      throw new ValidationInputError(`model input ${JSON.stringify(input.name)} expects ${width} features per row but the data gives ${columns.length} feature columns: ${list(columns)}`);
    }
    return [{ input: input.name, type, columns, rank1: false }];
  }
  if (opts.features) {
    throw new ValidationInputError(`--features cannot be used with a model of ${inputs.length} named inputs (${list(inputs.map((i) => i.name))}); each input takes the column of its name`);
  }
  const missing = inputs.map((i) => i.name).filter((n) => !header.includes(n));
  if (missing.length) {
    throw new ValidationInputError(`${source}: the model's input(s) ${list(missing)} have no column of the same name; columns: ${list(header)}`);
  }
  return inputs.map((input) => {
    if (input.name === opts.label) throw new ValidationInputError(`model input ${JSON.stringify(input.name)} is the label column; a label cannot be a feature`);
    const type = typeOf(input);
    const shape = input.shape ?? [];
    const rank1 = shape.length === 1;
    if (!rank1 && !(shape.length === 2 && (shape[1] === 1 || typeof shape[1] === 'string'))) {
      throw new ValidationInputError(`model input ${JSON.stringify(input.name)} has shape [${shape.join(', ')}]; with several named inputs each must be [N] or [N, 1] (one column each)`);
    }
    return { input: input.name, type, columns: [input.name], rank1 };
  });
}
