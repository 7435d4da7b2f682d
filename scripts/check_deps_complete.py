#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Checks that the README's setup (scripts/deps.sh) installs everything a build used.

A machine that already has a package hides a missing install step: the build passes there and
fails on a fresh one. This check maps what the build in BUILD_DIR actually used to the Debian
packages that own it, and fails when an owner is neither named in scripts/deps.sh nor a
(recursive) dependency of a package named there:

  - every CMake package config file the configure step loaded: the *_DIR entries of
    CMakeCache.txt and the *.cmake files in those directories, and every FILEPATH entry
    (libraries, compilers and tools the configure step found);
  - every system header the compiler read (ninja's dependency log, or the .d files of a
    Makefile build);
  - every shared library the built programs link (ldd on each ELF executable).

Usage: check_deps_complete.py BUILD_DIR [--without PACKAGE ...]
--without drops packages from deps.sh's list, to show that the check notices a missing one.
Exit 0 when complete, 1 when something is missing (with the files and their packages), 2 on
a usage or environment error.
"""
import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def deps_packages():
    out = subprocess.run(["bash", str(REPO / "scripts/deps.sh"), "--list"], check=True,
                         capture_output=True, text=True).stdout
    return {line.strip() for line in out.splitlines() if line.strip()}


def dependency_closure(packages):
    """The packages named plus everything they depend on, recursively (as apt resolves it;
    virtual packages count as every package that provides them)."""
    cmd = ["apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests",
           "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances"] + sorted(packages)
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    closure = set(packages)
    for line in out.splitlines():
        if not line.strip():
            continue
        if not line.startswith(" "):  # a package the recursion reached
            closure.add(line.strip().strip("<>").split(":")[0])
            continue
        m = re.match(r"\s*\|?(?:Pre)?Depends:\s*<?([^>\s]+)>?", line)
        if m:
            closure.add(m.group(1).split(":")[0])
        elif line.startswith("    "):  # a provider of the virtual package above
            closure.add(line.strip().split(":")[0])
    return closure


def essential_packages():
    """Packages every Debian system has (Essential: yes); they need not be named."""
    out = subprocess.run(["dpkg-query", "-W", "-f", "${Package} ${Essential}\n"], check=True,
                         capture_output=True, text=True).stdout
    return {line.split()[0] for line in out.splitlines() if line.endswith(" yes")}


def is_inside(path, roots):
    return any(os.path.commonpath([path, str(r)]) == str(r) for r in roots)


def build_commands(build):
    """The text of the generated build rules (compile and link command lines)."""
    files = list(build.glob("*.ninja")) + list(build.rglob("link.txt"))
    return "\n".join(f.read_text(errors="replace") for f in files)


def cmake_files(build, roots):
    """Config files CMake loaded, and files it found that the build uses: a library found by a
    find module counts when a link line names it (FindOpenGL, say, also records optional
    libraries such as libGLU that nothing links), a program always."""
    used = set()
    commands = build_commands(build)
    cache = (build / "CMakeCache.txt").read_text(errors="replace")
    for line in cache.splitlines():
        m = re.match(r"^([A-Za-z0-9_.+-]+):(PATH|FILEPATH|STRING|UNINITIALIZED)=(/.*)$", line)
        if not m:
            continue
        name, kind, value = m.groups()
        p = Path(value)
        if not p.is_absolute() or is_inside(str(p), roots):
            continue
        if name.endswith("_DIR") and p.is_dir():
            used.update(str(f) for f in p.glob("*.cmake"))
        elif kind == "FILEPATH" and p.is_file():
            if re.search(r"\.(so|a)(\.[0-9.]+)?$", p.name) and str(p) not in commands:
                continue
            used.add(str(p))
    return used


def compiler_headers(build, roots):
    used = set()
    if (build / ".ninja_deps").exists():
        out = subprocess.run(["ninja", "-C", str(build), "-t", "deps"], check=True,
                             capture_output=True, text=True).stdout
        entries = [line.strip() for line in out.splitlines() if line.startswith("    ")]
    else:
        entries = []
        for d in build.rglob("*.d"):
            text = d.read_text(errors="replace").replace("\\\n", " ")
            entries += text.split(":", 1)[-1].split()
    for e in entries:
        p = e if os.path.isabs(e) else os.path.normpath(os.path.join(build, e))
        if not is_inside(p, roots):
            used.add(p)
    return used


def linked_libraries(build):
    used, missing = set(), []
    for f in build.rglob("*"):
        if not f.is_file() or not os.access(f, os.X_OK) or f.suffix in (".so", ".a", ".o"):
            continue
        with open(f, "rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        out = subprocess.run(["ldd", str(f)], capture_output=True, text=True).stdout
        for line in out.splitlines():
            if "not found" in line:
                missing.append(f"{f.relative_to(build)}: {line.strip()}")
            m = re.search(r"=>\s*(/\S+)", line)
            if m:
                used.add(m.group(1))
            elif line.strip().startswith("/"):
                used.add(line.strip().split()[0])  # the dynamic loader
    return used, missing


def owners(paths):
    """path -> owning package, through dpkg -S; tries the path as given, its real path and the
    /lib <-> /usr/lib spellings of merged-/usr systems."""
    def variants(p):
        seen = []
        for v in (p, os.path.realpath(p)):
            for w in (v, re.sub(r"^/usr/(lib|bin|sbin)/", r"/\1/", v),
                      re.sub(r"^/(lib|lib64|bin|sbin)/", r"/usr/\1/", v)):
                if w not in seen:
                    seen.append(w)
        return seen

    result = {}
    pending = {p: variants(p) for p in paths}
    for attempt in range(6):
        queries = {}
        for p, vs in pending.items():
            if p not in result and attempt < len(vs):
                queries[vs[attempt]] = p
        if not queries:
            break
        names = list(queries)
        for i in range(0, len(names), 500):
            out = subprocess.run(["dpkg-query", "-S"] + names[i:i + 500],
                                 capture_output=True, text=True).stdout
            for line in out.splitlines():
                if line.startswith("diversion ") or ": " not in line:
                    continue
                pkgs, path = line.rsplit(": ", 1)
                if path in queries:
                    result[queries[path]] = [q.strip().split(":")[0] for q in pkgs.split(",")]
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("build_dir")
    ap.add_argument("--without", action="append", default=[],
                    help="pretend deps.sh does not name this package")
    args = ap.parse_args()
    build = Path(args.build_dir).resolve()
    if not (build / "CMakeCache.txt").exists():
        print(f"check_deps_complete: {build} has no CMakeCache.txt: build first", file=sys.stderr)
        return 2
    roots = [REPO, build]

    named = deps_packages() - set(args.without)
    allowed = dependency_closure(named) | essential_packages()

    used = {}
    for kind, files in (("CMake", cmake_files(build, roots)),
                        ("header", compiler_headers(build, roots))):
        for f in files:
            used.setdefault(f, kind)
    libs, unresolved = linked_libraries(build)
    for f in libs:
        used.setdefault(f, "shared library")

    owner = owners(used)
    problems = [f"  a built program does not resolve {u}" for u in unresolved]
    by_package = {}
    for f, kind in sorted(used.items()):
        pkgs = owner.get(f)
        if not pkgs:
            problems.append(f"  {kind} {f}: no Debian package owns it (installed by hand?)")
        elif not any(p in allowed for p in pkgs):
            by_package.setdefault(", ".join(pkgs), []).append(f"{kind} {f}")
    for pkg, files in sorted(by_package.items()):
        shown = "; ".join(files[:3]) + (f"; … {len(files) - 3} more" if len(files) > 3 else "")
        problems.append(f"  package {pkg} (used: {shown})")

    counts = {k: sum(1 for v in used.values() if v == k)
              for k in ("CMake", "header", "shared library")}
    summary = (f"{counts['CMake']} CMake files, {counts['header']} system headers, "
               f"{counts['shared library']} shared libraries; {len(named)} packages named in "
               f"scripts/deps.sh, {len(allowed)} with their dependencies")
    if problems:
        print("check_deps_complete: FAILED — the build in "
              f"{build} uses what scripts/deps.sh does not install.\n"
              "Add these packages to scripts/deps.sh (or drop the use):", file=sys.stderr)
        print("\n".join(problems), file=sys.stderr)
        print(f"({summary})", file=sys.stderr)
        return 1
    print(f"check_deps_complete: OK — {summary}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
