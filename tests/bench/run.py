#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The engine at scale: picklescope-cli against CPython on large real files.

Generates (once, into --workdir) with the real numpy / scikit-learn / joblib:
  dicts_1x.pkl, dicts_4x.pkl, dicts_16x.pkl   300,000 / 1.2 M / 4.8 M small dicts, protocol 4
  forest.pkl                                   a 300-tree RandomForestClassifier, protocol 4
  forest.joblib                                the same forest, joblib.dump(compress=3)
  tfidf.pkl                                    TfidfVectorizer + LogisticRegression, 150k words
  array.pkl                                    a 256 MiB float64 array, protocol 5
  dataframe.pkl                                a 1,000,000-row pandas DataFrame (3 numeric
                                               columns and one of strings), protocol 5

Then runs each command in a fresh process several times and measures whole-process wall time
and peak RSS (os.wait4's rusage of that one child):
  info    `picklescope-cli info FILE`      vs  python: import numpy, sklearn; pickle/joblib.load
  dis     `picklescope-cli dis FILE`       vs  python: pickletools.dis(FILE), both to /dev/null
          (pickletools only once, on dicts_1x and forest: it takes 25 s on the 1x file)
  convert `picklescope-cli convert -o OUT` vs  python: pickle.dump(pickle.load(FILE), OUT)

  window  `picklescope --benchmark-load FILE` (QT_QPA_PLATFORM=offscreen) on forest.pkl,
          dicts_1x.pkl and dataframe.pkl: opens the file as File > Open does and exits once the
          tree is usable (its line `LOADED seconds=...` gives the phases); its peak RSS vs
          `picklescope-cli info FILE`; then `--benchmark-search` over dicts_1x.pkl (a million
          objects) gives the search's memory growth

Prints medians and ratios as a Markdown table and exits 1 when a target is missed:
  info time   <= 1/4 of Python's (uncompressed), <= 1/2 (compressed joblib)
  info RSS    <= 1/2 of Python's
  dis time    <= 1/10 of pickletools.dis; dis RSS <= 64 MiB + the file size (the mapping)
  linear      info and dis time and RSS across dicts 1x/4x/16x: per-MB cost of 16x within 1.5x of 1x
  window      from starting the process to the tree usable <= 0.5 s for forest.pkl, <= 1.5 s
              for dicts_1x and dataframe; peak RSS of the whole run (the index and insight
              built after the tree shows included) <= 2x that of `info` on the same file;
              search growth <= 64 MiB

Python's whole-process time includes starting the interpreter and importing numpy and
scikit-learn (what a user pays to look inside a model); the table also shows the load alone
("py load s", timed inside the child) for comparison.

Not part of ctest. Usage: tests/bench/run.py --cli build/app/picklescope-cli [--repeats N]
[--quick] [--workdir DIR] [--only info,dis,convert,window] [--dis-multipliers 1,4,16]
[--gui build/app/picklescope]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

PY = "/usr/bin/python3"
MIB = 1024 * 1024

GEN_DICTS = r"""
import pickle, sys
n, out = int(sys.argv[1]), sys.argv[2]
data = [{"id": i, "name": "item_%07d" % i, "score": i * 0.5, "ok": i % 3 == 0, "rank": i % 1000}
        for i in range(n)]
with open(out, "wb") as f:
    pickle.dump(data, f, protocol=4)
"""

GEN_FOREST = r"""
import pickle, sys, joblib, numpy as np
from sklearn.ensemble import RandomForestClassifier
out_pkl, out_joblib = sys.argv[1], sys.argv[2]
rng = np.random.default_rng(0)
X = rng.normal(size=(17500, 20))
y = (X[:, 0] + rng.normal(size=17500) > 0).astype(int) + (rng.random(17500) < 0.3)
forest = RandomForestClassifier(n_estimators=300, random_state=0, n_jobs=2).fit(X, y)
with open(out_pkl, "wb") as f:
    pickle.dump(forest, f, protocol=4)
joblib.dump(forest, out_joblib, compress=3)
"""

GEN_TFIDF = r"""
import pickle, sys, numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
out = sys.argv[1]
rng = np.random.default_rng(0)
words = ["w%05dx" % i for i in range(150000)]
docs, labels = [], []
for d in range(6000):
    idx = rng.integers(0, len(words), size=60)
    if d < 2500:  # every word appears at least once
        idx[:60] = np.arange(d * 60, d * 60 + 60) % len(words)
    docs.append(" ".join(words[i] for i in idx))
    labels.append(int(d % 3))
model = Pipeline([("tfidf", TfidfVectorizer()), ("clf", LogisticRegression(max_iter=50))])
model.fit(docs, labels)
with open(out, "wb") as f:
    pickle.dump(model, f, protocol=4)
"""

GEN_ARRAY = r"""
import pickle, sys, numpy as np
a = np.random.default_rng(0).random(32 * 1024 * 1024)
with open(sys.argv[1], "wb") as f:
    pickle.dump(a, f, protocol=5)
"""

GEN_DATAFRAME = r"""
import pickle, sys, numpy as np, pandas as pd
n = 1_000_000
rng = np.random.default_rng(0)
df = pd.DataFrame({"id": np.arange(n, dtype=np.int64), "x": rng.normal(size=n),
                   "y": rng.random(n).astype(np.float32),
                   "name": ["row_%07d" % i for i in range(n)]})
with open(sys.argv[1], "wb") as f:
    pickle.dump(df, f, protocol=5)
"""

PY_LOAD = r"""
import sys, time, pickle, numpy, sklearn, joblib
path, how = sys.argv[1], sys.argv[2]
t = time.perf_counter()
if how == "joblib":
    obj = joblib.load(path)
else:
    with open(path, "rb") as f:
        obj = pickle.load(f)
sys.stderr.write("LOAD %.6f\n" % (time.perf_counter() - t))
"""

PY_DIS = r"""
import sys, os, pickletools
with open(sys.argv[1], "rb") as f, open(os.devnull, "w") as out:
    pickletools.dis(f, out=out)
"""

PY_CONVERT = r"""
import sys, pickle, numpy, sklearn
with open(sys.argv[1], "rb") as f:
    obj = pickle.load(f)
with open(sys.argv[2], "wb") as f:
    pickle.dump(obj, f, protocol=int(sys.argv[3]))
"""


def generate(workdir, quick):
    os.makedirs(workdir, exist_ok=True)
    jobs = []
    multipliers = (1, 4) if quick else (1, 4, 16)
    for m in multipliers:
        out = os.path.join(workdir, "dicts_%dx.pkl" % m)
        jobs.append((out, [PY, "-c", GEN_DICTS, str(300000 * m), out]))
    forest = os.path.join(workdir, "forest.pkl")
    jobs.append((forest, [PY, "-c", GEN_FOREST, forest, os.path.join(workdir, "forest.joblib")]))
    tfidf = os.path.join(workdir, "tfidf.pkl")
    jobs.append((tfidf, [PY, "-c", GEN_TFIDF, tfidf]))
    array = os.path.join(workdir, "array.pkl")
    jobs.append((array, [PY, "-c", GEN_ARRAY, array]))
    dataframe = os.path.join(workdir, "dataframe.pkl")
    jobs.append((dataframe, [PY, "-c", GEN_DATAFRAME, dataframe]))
    for out, cmd in jobs:
        if os.path.exists(out):
            continue
        print("generating %s ..." % os.path.basename(out), file=sys.stderr, flush=True)
        subprocess.run(cmd, check=True)
    return multipliers


def measure(cmd, stdout=subprocess.DEVNULL):
    """Runs cmd in a fresh process: (wall seconds, peak RSS MiB, in-process load seconds)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise RuntimeError("%s failed (%d): %s" % (" ".join(cmd[:3]), proc.returncode, err[-2000:]))
    load = None
    for line in err.decode(errors="replace").splitlines():
        if line.startswith("LOAD "):
            load = float(line[5:])
    return wall, usage.ru_maxrss / 1024.0, load


def run_window(cmd):
    """Runs the window's benchmark mode offscreen in a fresh process:
    (wall s, peak RSS MiB, {"LOADED": {field: value}, "SEARCHED": {...}})."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryFile() as errfile:
        launched = time.time()
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=errfile, env=env)
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        errfile.seek(0)
        err = errfile.read()
    if proc.returncode != 0:
        raise RuntimeError("%s failed (%d): %s" % (" ".join(cmd), proc.returncode, err[-2000:]))
    lines = {}
    for line in out.decode(errors="replace").splitlines():
        word, _, rest = line.partition(" ")
        if word in ("LOADED", "SEARCHED"):
            lines[word] = dict(kv.split("=", 1) for kv in rest.split())
    if "LOADED" not in lines:
        raise RuntimeError("%s printed no LOADED line: %s" % (" ".join(cmd), out[-2000:]))
    # From starting the process to the tree usable (the program's own clock starts later).
    lines["LOADED"]["process_to_usable"] = float(lines["LOADED"]["usable_at"]) - launched
    # The process resets its peak (clear_refs) before measuring the opcode panel and the
    # search, so its exit peak can miss the load's: the load's own peak counts too.
    peak = max(usage.ru_maxrss / 1024.0, float(lines["LOADED"]["peak_rss_mib"]))
    return wall, peak, lines


def median_of(cmd, repeats):
    runs = [measure(cmd) for _ in range(repeats)]
    loads = [r[2] for r in runs if r[2] is not None]
    return (statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs),
            statistics.median(loads) if loads else None)


class Table:
    def __init__(self):
        self.rows = []
        self.failures = []

    def add(self, *row):
        self.rows.append(row)

    def check(self, ok, what):
        if not ok:
            self.failures.append(what)
        return "yes" if ok else "**no**"

    def print(self, header):
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for row in self.rows:
            print("| " + " | ".join(row) + " |")
        print()


def check_linear(table, what, seconds_per_mib):
    """Fails when a larger dict file costs more than 1.5x the per-MiB time of the 1x file."""
    base = seconds_per_mib[1]
    for m, cost in sorted(seconds_per_mib.items())[1:]:
        growth = cost / base
        if growth > 1.5:
            table.failures.append("%s time not linear: %dx costs %.2fx per MiB of 1x" % (what, m, growth))
        print("%s linearity %dx: time per MiB %.2fx of 1x" % (what, m, growth))
    print()


# The window's targets: whole-process seconds until the tree is usable, per file.
WINDOW_FILES = [("forest.pkl", 0.5), ("dicts_1x.pkl", 1.5), ("dataframe.pkl", 1.5)]
WINDOW_SEARCH = ("dicts_1x.pkl", "item_0299999")  # a million objects; the match is the last
WINDOW_SEARCH_GROWTH_MIB = 64


def window_section(gui, cli, w, size_mib, repeats):
    """`picklescope --benchmark-load` offscreen vs `picklescope-cli info` on the same files."""
    if not os.access(gui, os.X_OK):
        return ["no picklescope at %s (--gui)" % gui]
    t = Table()
    for name, limit in WINDOW_FILES:
        runs = sorted((run_window([gui, "--benchmark-load", w(name)]) for _ in range(repeats)),
                      key=lambda r: r[2]["LOADED"]["process_to_usable"])
        _, _, lines = runs[len(runs) // 2]  # the median run by time to usable, its phases
        wall = statistics.median(r[0] for r in runs)
        rss = statistics.median(r[1] for r in runs)
        loaded = lines["LOADED"]
        usable = loaded["process_to_usable"]
        info = median_of([cli, "info", w(name)], repeats)
        ratio = rss / info[1]
        phases = "%s, %s, %s; %s, %s, %s" % tuple(
            loaded[k] for k in ("read", "security", "view", "listing", "index", "insight"))
        held = "%s / %s / %s" % (loaded["instructions_mib"], loaded["listing_mib"],
                                 loaded["index_mib"])
        t.add(name, fmt(size_mib(name), 1), fmt(usable),
              t.check(usable <= limit, "window load %s: %.2f s > %.1f s" % (name, usable, limit)),
              phases, loaded["complete"], fmt(wall), fmt(rss, 0), loaded["file_rss_mib"], held,
              fmt(info[1], 0), fmt(ratio),
              t.check(ratio <= 2.0, "window RSS %s: %.2fx of info > 2x" % (name, ratio)))
    print("### window: picklescope --benchmark-load (offscreen) vs picklescope-cli info\n")
    t.print(["file", "MiB", "start to usable s", "ok (forest <=0.5, others <=1.5)",
             "read, security, view; listing, index, insight s", "complete s (in process)",
             "process s", "window MiB", "of it file pages MiB",
             "instructions / listing / index MiB", "info MiB", "RSS ratio", "RSS ok (<=2x)"])
    name, needle = WINDOW_SEARCH
    _, _, lines = run_window([gui, "--benchmark-load", w(name), "--benchmark-search", needle])
    found = lines.get("SEARCHED")
    if not found:
        t.failures.append("window search %s printed no SEARCHED line" % name)
    else:
        growth = float(found["growth_mib"])
        ok = t.check(growth <= WINDOW_SEARCH_GROWTH_MIB, "window search %s grew %.1f MiB > %d"
                     % (name, growth, WINDOW_SEARCH_GROWTH_MIB))
        print("window search for %r over %s (%s nodes): %s s, %s match(es), memory %s MiB before, "
              "grew %s MiB; ok (<= %d MiB): %s\n" % (needle, name, lines["LOADED"]["nodes"],
                                                    found["seconds"], found["matches"],
                                                    found["rss_before_mib"], found["growth_mib"],
                                                    WINDOW_SEARCH_GROWTH_MIB, ok))
    return t.failures


def fmt(x, digits=2):
    return "-" if x is None else ("%.*f" % (digits, x))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", default=os.path.join(here, "..", "..", "build", "app", "picklescope-cli"))
    ap.add_argument("--workdir", default="/tmp/picklescope-bench")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="1 repeat, no 16x variant")
    ap.add_argument("--gui", default=os.path.join(here, "..", "..", "build", "app", "picklescope"),
                    help="the window binary (picklescope) for the window section")
    ap.add_argument("--only", default="info,dis,convert,window")
    ap.add_argument("--dis-multipliers", default="1,4,16",
                    help="dict sizes to disassemble (an unstreamed dis of 16x needs > 16 GiB)")
    args = ap.parse_args()
    if args.quick:
        args.repeats = 1
    cli = os.path.abspath(args.cli)
    if not os.access(cli, os.X_OK):
        sys.exit("no picklescope-cli at %s (--cli)" % cli)
    only = set(args.only.split(","))
    multipliers = generate(args.workdir, args.quick)
    w = lambda name: os.path.join(args.workdir, name)
    size_mib = lambda name: os.path.getsize(w(name)) / MIB

    print("picklescope-cli: %s; %d repeat(s), medians; RSS = peak resident set of the process\n"
          % (cli, args.repeats))

    all_failures = []
    if "info" in only:
        t = Table()
        files = [("dicts_%dx.pkl" % m, "pickle") for m in multipliers]
        files += [("forest.pkl", "pickle"), ("forest.joblib", "joblib"), ("tfidf.pkl", "pickle"),
                  ("array.pkl", "pickle")]
        per_mib = {}
        for name, how in files:
            ours = median_of([cli, "info", w(name)], args.repeats)
            py = median_of([PY, "-c", PY_LOAD, w(name), how], args.repeats)
            tr, mr = ours[0] / py[0], ours[1] / py[1]
            limit = 0.5 if how == "joblib" else 0.25
            per_mib[name] = (ours[0] / size_mib(name), ours[1])
            t.add(name, fmt(size_mib(name), 1), fmt(ours[0]), fmt(py[0]), fmt(py[2]), fmt(tr),
                  t.check(tr <= limit, "info time %s: %.2f > %.2f" % (name, tr, limit)),
                  fmt(ours[1], 0), fmt(py[1], 0), fmt(mr),
                  t.check(mr <= 0.5, "info RSS %s: %.2f > 0.5" % (name, mr)))
        print("### info vs pickle.load / joblib.load\n")
        t.print(["file", "MiB", "ours s", "python s", "py load s", "time ratio",
                 "time ok (<=1/4, joblib 1/2)", "ours MiB", "python MiB", "RSS ratio", "RSS ok (<=1/2)"])
        check_linear(t, "info", {m: per_mib["dicts_%dx.pkl" % m][0] for m in multipliers})
        all_failures += t.failures

    if "dis" in only:
        t = Table()
        dis_mults = [m for m in multipliers if str(m) in args.dis_multipliers.split(",")]
        names = ["dicts_%dx.pkl" % m for m in dis_mults] + ["forest.pkl"]
        dis = {}
        for name in names:
            ours = median_of([cli, "dis", w(name)], args.repeats)
            dis[name] = ours
            bound = 64 + size_mib(name)
            if name in ("dicts_1x.pkl", "forest.pkl"):
                # pickletools.dis is slow (25 s for the 1x file): once, on the two files
                py = median_of([PY, "-c", PY_DIS, w(name)], 1)
                speed = py[0] / ours[0]
                cells = [fmt(py[0]), fmt(speed, 1),
                         t.check(speed >= 10, "dis speed %s: %.1fx < 10x" % (name, speed)),
                         fmt(ours[1], 0), fmt(py[1], 0)]
            else:
                cells = ["-", "-", "-", fmt(ours[1], 0), "-"]
            t.add(name, fmt(size_mib(name), 1), fmt(ours[0]), *cells,
                  t.check(ours[1] <= bound, "dis RSS %s: %.0f MiB > %.0f" % (name, ours[1], bound)))
        print("### dis > /dev/null vs pickletools.dis\n")
        t.print(["file", "MiB", "ours s", "pickletools s", "speed-up", "ok (>=10x)", "ours MiB",
                 "pickletools MiB", "RSS ok (<= 64 MiB + file)"])
        check_linear(t, "dis", {m: dis["dicts_%dx.pkl" % m][0] / size_mib("dicts_%dx.pkl" % m)
                                 for m in dis_mults})
        all_failures += t.failures

    if "convert" in only:
        t = Table()
        out = w("converted.out")
        for name in ["dicts_1x.pkl", "forest.pkl"]:
            ours = median_of([cli, "convert", w(name), "-o", out, "--protocol", "5"], args.repeats)
            py = median_of([PY, "-c", PY_CONVERT, w(name), out, "5"], args.repeats)
            t.add(name, fmt(ours[0]), fmt(py[0]), fmt(ours[0] / py[0]), fmt(ours[1], 0),
                  fmt(py[1], 0), fmt(ours[1] / py[1]))
        if os.path.exists(out):
            os.remove(out)
        print("### convert --protocol 5 vs pickle.dump(pickle.load(f), protocol=5) (no target)\n")
        t.print(["file", "ours s", "python s", "time ratio", "ours MiB", "python MiB", "RSS ratio"])

    if "window" in only:
        all_failures += window_section(os.path.abspath(args.gui), cli, w, size_mib, args.repeats)

    if all_failures:
        print("Targets missed:")
        for f in all_failures:
            print("- " + f)
        return 1
    print("All targets met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
