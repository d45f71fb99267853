"""The peer of `oci-mlops data-quality check` in `npm run bench:data-quality`: the same suite checked
with pandas, each expectation as vectorised column operations (the way a pandas user or a
Great Expectations pandas backend computes it), printing the same JSON shape.

Usage: python3 data_quality_pandas.py SUITE.json DATA.csv NOW_ISO
"""
import json
import sys

import numpy as np
import pandas as pd

MAX_ROWS = 20


def result(expectation, column, check, bad=None, success=None, observed=None):
    """One result; `bad` is a boolean mask of unexpected rows (1-based numbers listed on failure)."""
    count = None
    rows = []
    if bad is not None:
        count = int(bad.sum())
        if success is None:
            success = count == 0
        if not success:
            rows = (np.flatnonzero(bad.to_numpy())[:MAX_ROWS] + 1).tolist()
    return {"expectation": expectation, "column": column, "check": check, "success": bool(success),
            "observed": observed, "unexpected_count": count, "unexpected_rows": rows}


def main():
    suite = json.load(open(sys.argv[1]))
    df = pd.read_csv(sys.argv[2])
    now = pd.Timestamp(sys.argv[3])
    n = len(df)
    out = []
    numbers, times = {}, {}

    def number(name):
        if name not in numbers:
            numbers[name] = pd.to_numeric(df[name], errors="coerce")
        return numbers[name]

    def timestamp(name):
        if name not in times:
            times[name] = pd.to_datetime(df[name], errors="coerce", utc=True)
        return times[name]

    for name, spec in suite.get("columns", {}).items():
        if name not in df.columns:
            out.append(result(f"{name}.exists", name, "exists", success=False))
            continue
        s = df[name]
        present = s.notna()
        typ = spec.get("type")
        numeric = typ in (None, "number", "integer")
        if typ in ("number", "integer"):
            v = number(name)
            bad = present & (v.isna() | ~np.isfinite(v))
            if typ == "integer":
                bad |= present & (v != np.trunc(v))
            out.append(result(f"{name}.type", name, "type", bad, observed=str(s.dtype)))
        elif typ == "boolean":
            ok = s.isin([True, False]) | s.astype(str).str.lower().isin(["true", "false", "t", "f", "1", "0"])
            out.append(result(f"{name}.type", name, "type", present & ~ok, observed=str(s.dtype)))
        elif typ == "timestamp":
            out.append(result(f"{name}.type", name, "type", present & timestamp(name).isna(), observed=str(s.dtype)))
        elif typ == "string":
            out.append(result(f"{name}.type", name, "type", pd.Series(False, index=s.index), observed=str(s.dtype)))
        if spec.get("notNull"):
            out.append(result(f"{name}.notNull", name, "notNull", ~present))
        if "maxNullFraction" in spec:
            share = float((~present).mean())
            out.append(result(f"{name}.maxNullFraction", name, "maxNullFraction", ~present, success=share <= spec["maxNullFraction"], observed=share))
        for check in ("min", "max"):
            if check in spec:
                v = number(name)
                bad = (v < spec[check]) if check == "min" else (v > spec[check])
                out.append(result(f"{name}.{check}", name, check, bad, observed=float(getattr(v, check)())))
        if "allowedValues" in spec:
            values = spec["allowedValues"]
            col = number(name) if numeric and typ is not None else s.astype(str).where(present)
            out.append(result(f"{name}.allowedValues", name, "allowedValues", present & ~col.isin(values)))
        text = None
        if any(k in spec for k in ("regex", "minLength", "maxLength")):
            text = s.astype(str).where(present)
        if "regex" in spec:
            out.append(result(f"{name}.regex", name, "regex", present & ~text.str.contains(spec["regex"], regex=True, na=True)))
        for check in ("minLength", "maxLength"):
            if check in spec:
                lengths = text.str.len()
                bad = (lengths < spec[check]) if check == "minLength" else (lengths > spec[check])
                out.append(result(f"{name}.{check}", name, check, bad))
        if spec.get("unique"):
            col = number(name) if typ in ("number", "integer") else s
            out.append(result(f"{name}.unique", name, "unique", col.duplicated(keep=False) & col.notna()))

    table = suite.get("table", {})
    if "rowCount" in table:
        lo, hi = table["rowCount"].get("min"), table["rowCount"].get("max")
        out.append(result("table.rowCount", None, "rowCount", success=(lo is None or n >= lo) and (hi is None or n <= hi), observed=n))
    for key in table.get("uniqueColumns", []):
        bad = df.duplicated(subset=key, keep=False) & df[key].notna().all(axis=1)
        out.append(result(f"table.uniqueColumns[{','.join(key)}]", None, "uniqueColumns", bad))
    if "freshness" in table:
        newest = timestamp(table["freshness"]["column"]).max()
        age = (now - newest).total_seconds() / 3600
        out.append(result("table.freshness", None, "freshness", success=age <= table["freshness"]["maxAgeHours"], observed={"newest": newest.isoformat(), "age_hours": age}))

    print(json.dumps({"suite": suite["name"], "success": all(r["success"] for r in out), "n_rows": n, "results": out}))


if __name__ == "__main__":
    main()
