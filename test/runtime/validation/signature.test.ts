import { encodeClassLabels } from '../../../runtime/validation/encode-class-labels';
import { planModelInputs } from '../../../runtime/validation/plan-model-inputs';
import { planModelOutputs } from '../../../runtime/validation/plan-model-outputs';
import { type ModelValueInfo } from '../../../runtime/validation/types';
import { ValidationInputError } from '../../../runtime/validation/validation-input-error';

const float = (name: string, shape: (number | string)[]): ModelValueInfo => ({ name, isTensor: true, type: 'float32', shape });

describe('planModelInputs', () => {
  test('binds every column but the label, in file order, to a single input (the JSDoc example)', () => {
    expect(planModelInputs([float('float_input', ['N', 2])], ['a', 'b', 'y'], { label: 'y' })).toEqual([
      { input: 'float_input', type: 'float32', columns: ['a', 'b'], rank1: false },
    ]);
  });

  test('picks and orders the columns given by features', () => {
    expect(planModelInputs([float('x', ['N', 2])], ['a', 'b', 'c', 'y'], { label: 'y', features: ['c', 'a'] })[0]!.columns).toEqual(['c', 'a']);
  });

  test('binds each named input to the column of its name, whatever the column order', () => {
    const inputs = [float('age', ['N', 1]), float('income', [''])];
    expect(planModelInputs(inputs, ['id', 'income', 'y', 'age'], { label: 'y' })).toEqual([
      { input: 'age', type: 'float32', columns: ['age'], rank1: false },
      { input: 'income', type: 'float32', columns: ['income'], rank1: true },
    ]);
  });

  test.each([
    ['the label column is missing', [float('x', ['N', 2])], ['a', 'b'], { label: 'y', source: 'd.csv' }, /d\.csv: label column "y" not found; columns: "a", "b"/],
    ['the feature count differs from the input', [float('x', ['N', 3])], ['a', 'b', 'y'], { label: 'y' }, /model input "x" expects 3 features per row but the data gives 2 feature columns: "a", "b"/],
    ['a selected feature is not a column', [float('x', ['N', 2])], ['a', 'b', 'y'], { label: 'y', features: ['a', 'z'] }, /feature column\(s\) "z" not found/],
    ['the features include the label', [float('x', ['N', 2])], ['a', 'y'], { label: 'y', features: ['a', 'y'] }, /--features includes the label column "y"/],
    ['a feature is repeated', [float('x', ['N', 2])], ['a', 'y'], { label: 'y', features: ['a', 'a'] }, /--features names "a" more than once/],
    ['named inputs have no column', [float('age', ['N', 1]), float('tenure', ['N', 1])], ['id', 'y'], { label: 'y' }, /the model's input\(s\) "age", "tenure" have no column of the same name/],
    ['features is given for several inputs', [float('a', ['N', 1]), float('b', ['N', 1])], ['a', 'b', 'y'], { label: 'y', features: ['a'] }, /--features cannot be used with a model of 2 named inputs/],
    ['an input is an image tensor', [float('img', ['N', 3, 8, 8])], ['a', 'y'], { label: 'y' }, /model input "img" has shape \[N, 3, 8, 8\]; supported: \[N, features\] or \[N\]/],
    ['an input is not a tensor', [{ name: 'm', isTensor: false }], ['a', 'y'], { label: 'y' }, /model input "m" is not a tensor/],
    ['an input is a float16 tensor', [{ name: 'h', isTensor: true, type: 'float16', shape: ['N', 1] }], ['a', 'y'], { label: 'y' }, /model input "h" is a float16 tensor; supported: tensors of float32, float64, int64, int32, string/],
  ] as const)('fails when %s', (_name, inputs, header, opts, message) => {
    const run = () => planModelInputs(inputs as readonly ModelValueInfo[], header, opts);
    expect(run).toThrow(ValidationInputError);
    expect(run).toThrow(message);
  });
});

describe('planModelOutputs', () => {
  const label = { name: 'output_label', isTensor: true, type: 'string', shape: [''] } as const;
  test('reads a label and a probability output with the graph class names (the JSDoc example)', () => {
    expect(planModelOutputs([label, float('output_probability', ['N', 2])], ['no', 'yes'])).toEqual({
      task: 'classification', labelOutput: 'output_label', scoreOutput: 'output_probability', classes: ['no', 'yes'],
    });
  });

  test('reads a score-only classifier with class indices 0..K-1', () => {
    expect(planModelOutputs([float('probabilities', ['N', 3])], [])).toEqual({ task: 'classification', labelOutput: null, scoreOutput: 'probabilities', classes: [0, 1, 2] });
  });

  test('reads a label-only classifier with an unknown class list', () => {
    expect(planModelOutputs([{ name: 'label', isTensor: true, type: 'int64', shape: ['N'] }], [])).toEqual({ task: 'classification', labelOutput: 'label', scoreOutput: null, classes: null });
  });

  test('infers a regressor from one float output [N, 1]', () => {
    expect(planModelOutputs([float('variable', ['N', 1])], [])).toEqual({ task: 'regression', valueOutput: 'variable' });
  });

  test.each([
    ['--task regression on a classifier', [label, float('p', ['N', 2])], [], 'regression', /--task regression, but the model is a classifier: its outputs are output_label \(string \[\?\]\), p \(float32 \[N, 2\]\)/],
    ['--task regression on a two-target regressor', [float('v', ['N', 2])], [], 'regression', /--task regression needs one float output \[N\] or \[N, 1\] \(one target\)/],
    ['--task classification on a regressor', [float('variable', ['N', 1])], [], 'classification', /--task classification, but the model has no label or class-score output/],
    ['outputs fit no task', [{ name: 'seq', isTensor: false }], [], undefined, /the model's outputs fit neither task: seq \(not a tensor\)/],
    ['class names disagree with the score width', [float('p', ['N', 3])], ['a', 'b'], undefined, /the model names 2 classes \(a, b\) but its score output p has 3 columns/],
  ] as const)('fails on %s', (_name, outputs, classes, task, message) => {
    expect(() => planModelOutputs(outputs as readonly ModelValueInfo[], classes, task)).toThrow(message);
  });
});

describe('encodeClassLabels', () => {
  test('accepts class names and class indices (the JSDoc example)', () => {
    expect(encodeClassLabels(['setosa', '2', 'versicolor'], ['setosa', 'versicolor', 'virginica'], 'species')).toEqual({
      indices: [0, 2, 1], classes: ['setosa', 'versicolor', 'virginica'],
    });
  });

  test('matches integer classes by value, not by position', () => {
    expect(encodeClassLabels(['5', '1', '+5'], [1, 5], 'y').indices).toEqual([1, 0, 1]);
  });

  test('builds the class list from the data when the model names none', () => {
    expect(encodeClassLabels(['b', '1', 'b', '01'], null, 'y')).toEqual({ indices: [0, 1, 0, 1], classes: ['b', 1] });
  });

  test('fails naming the rows whose label is not a class, and the allowed values', () => {
    expect(() => encodeClassLabels(['setosa', 'rose', '7'], ['setosa', 'virginica'], 'species')).toThrow(
      'label column "species" has values that are not classes of the model (row 2: "rose"; row 3: "7"); allowed: class names "setosa", "virginica" or indices 0..1',
    );
    expect(() => encodeClassLabels(['0', '2'], [0, 1], 'y')).toThrow(/row 2: "2"\); allowed: the model's classes 0, 1/);
  });

  test('fails on an empty label when the class list comes from the data', () => {
    expect(() => encodeClassLabels(['a', ' '], null, 'y')).toThrow('label column "y": row 2 is empty; every row needs a label');
  });
});
