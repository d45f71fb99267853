import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onnx } from 'onnx-proto';
import { compareOutputs, type OutputComparison } from '../../../runtime/optimization/adapters/compare-outputs';
import { openServingSession } from '../../../runtime/optimization/adapters/open-serving-session';
import { readHoldoutColumns } from '../../../runtime/optimization/adapters/read-holdout-columns';
import { runModelValidation } from '../../../runtime/validation/adapters/run-model-validation';
import { type ClassificationMetrics, type RegressionMetrics } from '../../../runtime/validation/types';
import { buildOnnxModel } from '../../../scripts/sample-model/onnx-writer';
import { tempDir } from '../../support/temp-dir';

/** The test models with their hold-outs. */
export const MODELS = {
  classifier: { model: 'models/sensor-mote-mlp.onnx', data: 'models/sensor-mote-mlp-holdout.csv', label: 'mote_id' },
  regressor: { model: 'models/boston-housing-mlp.onnx', data: 'models/boston-housing-mlp-holdout.csv', label: 'medv' },
  iris: { model: 'models/iris-classifier.onnx', data: 'scripts/fixtures/validation/iris-holdout.csv', label: 'species' },
} as const;

export type ModelCase = (typeof MODELS)[keyof typeof MODELS];

/**
 * The rewritten model against the original on the hold-out, both run by ONNX Runtime: output
 * differences and label agreement, and validate-model's metrics of each, 1024 rows per run (as
 * optimize scores them: dynamic quantization depends on the batch).
 */
export async function checkOnHoldout(c: ModelCase, original: Uint8Array, rewritten: onnx.ModelProto | Uint8Array): Promise<{ comparison: OutputComparison; before: ClassificationMetrics | RegressionMetrics; after: ClassificationMetrics | RegressionMetrics }> {
  const bytes = rewritten instanceof Uint8Array ? rewritten : onnx.ModelProto.encode(rewritten).finish();
  const [a, b] = [await openServingSession(original), await openServingSession(bytes)];
  try {
    const { columns, rows } = await readHoldoutColumns(a.inputs, c.data, c.label);
    const comparison = await compareOutputs(a, b, columns, rows);
    const file = join(tempDir(), 'rewritten.onnx');
    writeFileSync(file, bytes);
    const validate = async (model: string) => (await runModelValidation({ model, data: c.data, label: c.label, latencyRuns: 1, warmupRuns: 0, batchRows: 1024 })).metrics;
    return { comparison, before: await validate(c.model), after: await validate(file) };
  } finally {
    await a.session.release();
    await b.session.release();
  }
}

/** A two-tree ensemble classifier on 2 features (ai.onnx.ml TreeEnsembleClassifier), as sklearn-onnx writes a small random forest. */
export function treeEnsembleOnnx(): Uint8Array {
  const ints = (value: number[]) => ({ type: 'ints' as const, value });
  const floats = (value: number[]) => ({ type: 'floats' as const, value });
  return buildOnnxModel({
    graphName: 'forest',
    inputs: [{ name: 'float_input', type: { kind: 'tensor', elemType: 'float', shape: [null, 2] } }],
    outputs: [
      { name: 'output_label', type: { kind: 'tensor', elemType: 'int64', shape: [null] } },
      { name: 'output_probability', type: { kind: 'tensor', elemType: 'float', shape: [null, 2] } },
    ],
    nodes: [{
      opType: 'TreeEnsembleClassifier', domain: 'ai.onnx.ml', name: 'Forest', inputs: ['float_input'], outputs: ['output_label', 'output_probability'],
      attributes: {
        classlabels_int64s: ints([0, 1]),
        nodes_treeids: ints([0, 0, 0, 1, 1, 1]), nodes_nodeids: ints([0, 1, 2, 0, 1, 2]), nodes_featureids: ints([0, 0, 0, 1, 0, 0]),
        nodes_values: floats([0.5, 0, 0, 1.5, 0, 0]), nodes_modes: { type: 'strings', value: ['BRANCH_LEQ', 'LEAF', 'LEAF', 'BRANCH_LEQ', 'LEAF', 'LEAF'] },
        nodes_truenodeids: ints([1, 0, 0, 1, 0, 0]), nodes_falsenodeids: ints([2, 0, 0, 2, 0, 0]),
        nodes_hitrates: floats([1, 1, 1, 1, 1, 1]), nodes_missing_value_tracks_true: ints([0, 0, 0, 0, 0, 0]),
        class_treeids: ints([0, 0, 1, 1]), class_nodeids: ints([1, 2, 1, 2]), class_ids: ints([0, 1, 0, 1]), class_weights: floats([0.5, 0.5, 0.5, 0.5]),
        post_transform: { type: 'string', value: 'NONE' },
      },
    }],
  });
}
