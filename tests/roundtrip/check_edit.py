#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Checks files edited by `picklescope-cli set` with the real libraries (tests only).

Usage: check_edit.py JOBS.json, a list of
  {"original": path, "output": path, "loader": "pickle"|"joblib",
   "edits": [[path_expression, value_literal], ...], "input": "iris"|"text"|null,
   optional "statements": [python_statement, ...], "reference": path}
"statements" are run on the loaded original (bound to `orig`) after the edits: changes that
are no assignment (a key renamed, items inserted or removed). "reference" is loaded in place of
the original for the comparison (a file Python must not load, such as one carrying a payload,
is compared with the clean file it was made from).
For each job: the output loads; every edited value is exactly the literal; applying the same
assignments to the original gives an object deeply equal to the output (so nothing else
changed; compare.py's comparison); and when the object predicts, predict() runs on the output
and equals the edited original's predictions, while the edit changed the model's scores.
Prints one JSON line per job.
"""
import ast
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compare  # noqa: E402


def sample(kind):
    if kind == "iris":
        return np.array([[5.1, 3.5, 1.4, 0.2], [6.7, 3.0, 5.2, 2.3], [5.9, 3.0, 4.2, 1.5]])
    if kind == "text":
        return ["free money now", "meeting at noon tomorrow", "win a free prize"]
    return None


def scores(model, X):
    for name in ("decision_function", "predict_proba", "predict"):
        if hasattr(model, name):
            try:
                return np.asarray(getattr(model, name)(X), dtype=float)
            except Exception:  # noqa: BLE001
                continue
    return None


def main():
    jobs = json.load(open(sys.argv[1]))
    for job in jobs:
        result = {"output": job["output"], "ok": True, "problem": ""}
        try:
            source = job.get("reference", job["original"])
            orig = compare.load(source, job["loader"], "ASCII")
            before = compare.load(source, job["loader"], "ASCII")
            out = compare.load(job["output"], job["loader"], "ASCII")
            for path, literal in job["edits"]:
                value = ast.literal_eval(literal)
                got = eval("out" + path, {"out": out})  # noqa: S307 — test data we wrote
                if type(value) is float:
                    same = float(got) == value
                else:
                    same = got == value and type(got) is type(value)
                if not same:
                    raise compare.Mismatch(f"{path} is {got!r}, expected {value!r}")
                exec("orig" + path + " = value", {"orig": orig, "value": value})  # noqa: S102
            for statement in job.get("statements", []):
                scope = {"orig": orig, "np": np}
                exec(statement, scope)  # noqa: S102 — test data we wrote
                orig = scope["orig"]
            compare.compare(orig, out, share_arrays=job["loader"] != "joblib")
            X = sample(job.get("input"))
            if X is not None:
                if not np.array_equal(out.predict(X), orig.predict(X)):
                    raise compare.Mismatch("predict differs from the edited original")
                if job.get("changes_scores", True) and np.array_equal(scores(out, X), scores(before, X)):
                    raise compare.Mismatch("the edit did not change the model's scores")
        except compare.Mismatch as e:
            result.update(ok=False, problem=str(e))
        except Exception as e:  # noqa: BLE001
            result.update(ok=False, problem=f"{type(e).__name__}: {e}")
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
