#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Compares `picklescope-cli dis FILE` and `dis --json FILE` of two builds on every file under
the fixture folders: standard output, standard error and exit code must be byte-identical.

    tests/cli/compare_dis.py --old /tmp/cli-before --new build/app/picklescope-cli \\
        [--root tests/fixtures] [--extra FILE ...]

Use it when the disassembly path changes (e.g. how `dis` locates the pickles): build the old
revision's CLI once, keep it, and run this script against the new one. Exits 1 on any
difference, printing the first differing line of each.
"""
import argparse
import os
import subprocess
import sys


def run(cli, args):
    p = subprocess.run([cli] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
    return p.returncode, p.stdout, p.stderr


def first_difference(a, b):
    la, lb = a.split(b"\n"), b.split(b"\n")
    for i, (x, y) in enumerate(zip(la, lb)):
        if x != y:
            return "line %d: %r != %r" % (i + 1, x[:160], y[:160])
    return "lengths differ: %d vs %d lines" % (len(la), len(lb))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--old", required=True)
    ap.add_argument("--new", required=True)
    ap.add_argument("--root", default=os.path.join(os.path.dirname(__file__), "..", "fixtures"))
    ap.add_argument("--extra", nargs="*", default=[])
    args = ap.parse_args()
    files = []
    for top, _dirs, names in os.walk(args.root):
        files += [os.path.join(top, n) for n in names]
    files = sorted(files) + args.extra
    # The CLI prints the path it was given: both builds get the same one.
    differences = 0
    compared = 0
    for f in files:
        for mode in ([], ["--json"]):
            old = run(args.old, ["dis"] + mode + [f])
            new = run(args.new, ["dis"] + mode + [f])
            compared += 1
            if old == new:
                continue
            differences += 1
            what = []
            if old[0] != new[0]:
                what.append("exit %d != %d" % (old[0], new[0]))
            if old[1] != new[1]:
                what.append("stdout " + first_difference(old[1], new[1]))
            if old[2] != new[2]:
                what.append("stderr " + first_difference(old[2], new[2]))
            print("DIFF dis %s%s: %s" % (" ".join(mode) + " " if mode else "", f, "; ".join(what)))
    print("%d files, %d listings compared, %d differ" % (len(files), compared, differences))
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
