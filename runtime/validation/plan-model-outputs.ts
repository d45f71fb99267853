import { type ModelValueInfo, type OutputPlan, type ValidationTask } from './types';
import { ValidationInputError } from './validation-input-error';

const LABEL_TYPES = ['int64', 'int32', 'string'];
const FLOAT_TYPES = ['float32', 'float64'];

function describe(o: ModelValueInfo): string {
  return o.isTensor ? `${o.name} (${o.type} [${(o.shape ?? []).map((d) => (d === '' ? '?' : d)).join(', ')}])` : `${o.name} (not a tensor)`;
}

/**
 * Decides how to read a model's outputs, and the task when none is given.
 *
 * A label output is an int64/int32/string tensor [N] (or [N, 1]); a score output is a float tensor
 * [N, K] with K >= 2 (probabilities, or a ZipMap already turned into one); a value output is a
 * float tensor [N] or [N, 1]. A model with a label or score output is a classifier, one with only
 * a value output a regressor.
 *
 * @param outputs - the model's outputs as ONNX Runtime declares them
 * @param classLabels - class labels named in the graph (score-column order), or empty
 * @param task - the task asked for, or undefined to infer it
 * @returns the outputs to fetch and the class list
 * @throws ValidationInputError when the outputs fit neither task, or not the task asked for, or
 *   the graph's class labels disagree with the score width
 * @example
 * planModelOutputs(
 *   [{ name: 'output_label', isTensor: true, type: 'string', shape: [''] }, { name: 'output_probability', isTensor: true, type: 'float32', shape: ['N', 2] }],
 *   ['no', 'yes'],
 * ); // { task: 'classification', labelOutput: 'output_label', scoreOutput: 'output_probability', classes: ['no', 'yes'] }
 */
export function planModelOutputs(outputs: readonly ModelValueInfo[], classLabels: readonly (string | number)[], task?: ValidationTask): OutputPlan {
  const shapeOf = (o: ModelValueInfo) => o.shape ?? [];
  const label = outputs.find((o) => o.isTensor && LABEL_TYPES.includes(o.type ?? '') && (shapeOf(o).length === 1 || (shapeOf(o).length === 2 && shapeOf(o)[1] === 1)));
  const scores = outputs.find((o) => o.isTensor && FLOAT_TYPES.includes(o.type ?? '') && shapeOf(o).length === 2 && shapeOf(o)[1] !== 1);
  const value = outputs.find((o) => o.isTensor && FLOAT_TYPES.includes(o.type ?? '') && (shapeOf(o).length === 1 || (shapeOf(o).length === 2 && shapeOf(o)[1] === 1)));
  const all = outputs.map(describe).join(', ');
  const inferred: ValidationTask | null = label || scores ? 'classification' : value ? 'regression' : null;
  if (!inferred) {
    throw new ValidationInputError(`the model's outputs fit neither task: ${all}; a classifier needs a label tensor [N] or a float score tensor [N, K], a regressor a float tensor [N] or [N, 1]`);
  }
  const chosen = task ?? inferred;
  if (chosen === 'regression') {
    if (label) {
      throw new ValidationInputError(`--task regression, but the model is a classifier: its outputs are ${all}; a regressor has one float output [N] or [N, 1]`);
    }
    if (!value) {
      throw new ValidationInputError(`--task regression needs one float output [N] or [N, 1] (one target), but the model's outputs are ${all}`);
    }
    return { task: 'regression', valueOutput: value!.name };
  }
  if (!label && !scores) {
    throw new ValidationInputError(`--task classification, but the model has no label or class-score output: its outputs are ${all}`);
  }
  const width = scores ? shapeOf(scores)[1] : undefined;
  let classes: (string | number)[] | null = classLabels.length ? [...classLabels] : null;
  if (typeof width === 'number') {
    if (classes && classes.length !== width) {
      throw new ValidationInputError(`the model names ${classes.length} classes (${classes.join(', ')}) but its score output ${scores!.name} has ${width} columns`);
    }
    classes ??= Array.from({ length: width }, (_, i) => i);
  } else if (scores && !classes) {
    throw new ValidationInputError(`the model's score output ${describe(scores)} has no fixed class count and the graph names no classes`);
  }
  return { task: 'classification', labelOutput: label?.name ?? null, scoreOutput: scores?.name ?? null, classes };
}
