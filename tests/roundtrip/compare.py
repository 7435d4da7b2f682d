#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Deep comparison of what the real Python loads from an original file and from a file
PickleScope wrote. Used by tests/core/tst_convert.cpp; never used by the product.

Usage: compare.py JOBS.json   where JOBS.json is a list of
  {"original": path, "output": path, "original_loader": "pickle"|"joblib",
   "output_loader": "pickle"|"joblib", "encoding": "ASCII"|"latin1"}
Prints one JSON line per job: {"output": path, "ok": bool, "problem": str} and exits 0.
Comparison: same types, values bit for bit (floats by their IEEE bits, so NaN payloads and
-0.0 count), numpy dtype/shape/order/bytes, dict order, and identity: two references to one
object in the original are two references to one object in the output (arrays excepted for
joblib outputs, which joblib never shares), cycles included.
"""
import json
import pickle
import struct
import sys
import types

import joblib
import numpy as np


def load(path, loader, encoding):
    if loader == "torch":
        import torch
        return torch.load(path)
    if loader == "joblib":
        return joblib.load(path)
    with open(path, "rb") as f:
        objs = []
        while True:
            try:
                objs.append(pickle.load(f, encoding=encoding))
            except EOFError:
                break
        return objs[0] if len(objs) == 1 else objs


class Mismatch(Exception):
    pass


def is_tensor(x):
    torch = sys.modules.get("torch")
    return torch is not None and isinstance(x, torch.Tensor)


def torch_int_of(dtype):
    import torch
    size = torch.empty((), dtype=dtype).element_size()
    return {1: torch.int8, 2: torch.int16, 4: torch.int32, 8: torch.int64, 16: torch.int64}[size]


def reduce_value(r):
    """A __reduce_ex__ tuple with its list-items and dict-items iterators (items 3 and 4) turned
    into lists, so that they compare by their items."""
    r = list(r)
    for i in (3, 4):
        if i < len(r) and r[i] is not None:
            r[i] = list(r[i])
    return tuple(r)


def fingerprint(x, depth=0):
    """A sortable, hashable description of a set element that two equal elements share: the
    type, and the value bit for bit (floats by their IEEE bits, so 1, 1.0 and True differ)."""
    if depth > 100:
        raise Mismatch("set element nested too deeply to compare")
    name = f"{type(x).__module__}.{type(x).__qualname__}"
    if x is None or isinstance(x, (bool, int, str, bytes, complex)):
        return (name, repr(x))
    if isinstance(x, float):
        return (name, struct.pack("<d", x).hex())
    if isinstance(x, (type, types.FunctionType, types.BuiltinFunctionType)):
        return (name, f"{x.__module__}.{x.__qualname__}")
    if isinstance(x, np.generic):
        return (name, x.dtype.str, x.tobytes().hex())
    if isinstance(x, tuple):
        return (name, tuple(fingerprint(e, depth + 1) for e in x))
    if isinstance(x, frozenset):
        return (name, tuple(sorted(fingerprint(e, depth + 1) for e in x)))
    if isinstance(x, (list, dict)):  # inside the reduce value of an element
        items = x.items() if isinstance(x, dict) else enumerate(x)
        return (name, tuple((fingerprint(k, depth + 1), fingerprint(v, depth + 1))
                            for k, v in items))
    r = x.__reduce_ex__(4)
    if isinstance(r, str):
        return (name, r)
    return (name,) + tuple(fingerprint(e, depth + 1) for e in reduce_value(r))


def compare(a, b, share_arrays=True):
    pairs = {}  # id(a) -> id(b): identity must map one to one
    back = {}   # id(b) -> id(a): two separate objects must not become one
    storages = {}  # torch storage pointers: sharing must be kept
    keep = []   # keep temporaries alive so ids stay unique
    stack = [(a, b, "<root>")]
    steps = 0
    while stack:
        x, y, path = stack.pop()
        steps += 1
        if steps > 5_000_000:
            raise Mismatch("comparison too large")
        if type(x) is not type(y):
            raise Mismatch(f"{path}: type {type(x).__name__} != {type(y).__name__}")
        if x is None or isinstance(x, (bool, int, str, bytes, bytearray, complex, type,
                                       types.FunctionType, types.BuiltinFunctionType, np.ufunc)):
            if isinstance(x, complex):
                same = struct.pack("<dd", x.real, x.imag) == struct.pack("<dd", y.real, y.imag)
            else:
                same = x == y
            if not same:
                raise Mismatch(f"{path}: {x!r:.200} != {y!r:.200}")
            continue
        if isinstance(x, float):
            if struct.pack("<d", x) != struct.pack("<d", y):
                raise Mismatch(f"{path}: {x!r} != {y!r}")
            continue
        trackable = not isinstance(x, np.ndarray) or share_arrays
        if trackable and not isinstance(x, (np.generic, np.dtype)):
            if id(x) in pairs:
                if pairs[id(x)] != id(y):
                    raise Mismatch(f"{path}: sharing differs (a shared object became a copy)")
                continue
            if back.setdefault(id(y), id(x)) != id(x):
                raise Mismatch(f"{path}: sharing differs (two separate objects became one)")
            pairs[id(x)] = id(y)
            keep.append((x, y))
        if is_tensor(x):
            if x.dtype != y.dtype or x.shape != y.shape or x.stride() != y.stride() \
                    or x.storage_offset() != y.storage_offset():
                raise Mismatch(f"{path}: tensor layout differs")
            ix, iy = x.detach().contiguous().view(-1), y.detach().contiguous().view(-1)
            if x.dtype.is_floating_point or x.dtype.is_complex:
                ix, iy = ix.view(torch_int_of(x.dtype)), iy.view(torch_int_of(x.dtype))
            if not bool((ix == iy).all()):
                raise Mismatch(f"{path}: tensor values differ")
            sx, sy = x.storage().data_ptr(), y.storage().data_ptr()
            if sx in storages and storages[sx] != sy:
                raise Mismatch(f"{path}: tensors that shared a storage no longer do")
            storages[sx] = sy
            keep.append((x, y))
            continue
        if isinstance(x, np.ndarray):
            if x.dtype != y.dtype or x.dtype.str != y.dtype.str:
                # numpy byte-swaps a non-native array to native order whenever it is read
                # through _reconstruct (protocols 0-4) but not through protocol-5 _frombuffer.
                # A converted file may only lose a non-native order the original kept (a
                # protocol-5 original written below 5), never gain one the original's load
                # dropped (issue 14: a protocol 2/4 big-endian array converted to 5).
                if x.dtype.newbyteorder("=") == y.dtype.newbyteorder("=") and not x.dtype.names \
                        and y.dtype.isnative and not x.dtype.isnative:
                    x = x.astype(x.dtype.newbyteorder("="))
                    y = y.astype(y.dtype.newbyteorder("="))
                else:
                    raise Mismatch(f"{path}: dtype {x.dtype.str} != {y.dtype.str}")
            if x.shape != y.shape:
                raise Mismatch(f"{path}: shape {x.shape} != {y.shape}")
            if x.ndim > 1 and x.size > 1 and (x.flags.f_contiguous, x.flags.c_contiguous) \
                    != (y.flags.f_contiguous, y.flags.c_contiguous):
                raise Mismatch(f"{path}: memory order differs (Fortran/C)")
            if x.dtype.hasobject:
                for i, (u, v) in enumerate(zip(x.ravel(order="K").tolist(), y.ravel(order="K").tolist())):
                    stack.append((u, v, f"{path}.flat[{i}]"))
            elif x.dtype.names:
                # Structured: every field bit for bit (padding bytes between fields carry
                # no value; numpy itself writes whatever memory held).
                for name in x.dtype.names:
                    if x[name].tobytes() != y[name].tobytes():
                        raise Mismatch(f"{path}: field {name!r} bytes differ")
            elif x.tobytes() != y.tobytes():
                raise Mismatch(f"{path}: array bytes differ")
            continue
        if isinstance(x, np.generic):
            if x.dtype != y.dtype or x.tobytes() != y.tobytes():
                raise Mismatch(f"{path}: numpy scalar {x!r} != {y!r}")
            continue
        if isinstance(x, np.dtype):
            if x != y or x.str != y.str:
                raise Mismatch(f"{path}: dtype {x} != {y}")
            continue
        if isinstance(x, dict):
            kx, ky = list(x.keys()), list(y.keys())
            if len(kx) != len(ky):
                raise Mismatch(f"{path}: {len(kx)} keys != {len(ky)} keys")
            for i, (u, v) in enumerate(zip(kx, ky)):
                stack.append((u, v, f"{path}.keys()[{i}]"))
                stack.append((x[u], y[v], f"{path}[{u!r:.40}]"))
            if type(x) is not dict:
                extra = getattr(x, "__dict__", None)
                if extra:
                    stack.append((extra, y.__dict__, f"{path}.__dict__"))
            continue
        if isinstance(x, (list, tuple)):
            if len(x) != len(y):
                raise Mismatch(f"{path}: length {len(x)} != {len(y)}")
            for i, (u, v) in enumerate(zip(x, y)):
                stack.append((u, v, f"{path}[{i}]"))
            continue
        if isinstance(x, (set, frozenset)):
            # Set order is not data: compare the multisets of the elements' fingerprints.
            fx, fy = sorted(fingerprint(e) for e in x), sorted(fingerprint(e) for e in y)
            if fx != fy:
                missing = sorted(set(fx) - set(fy)) or sorted(set(fy) - set(fx))
                raise Mismatch(f"{path}: sets differ ({len(x)} vs {len(y)} items; "
                               f"first difference {missing[:1]!s:.200})")
            continue
        if hasattr(x, "equals") and type(x).__module__.startswith("pandas"):
            if not x.equals(y) or repr(getattr(x, "dtypes", None)) != repr(getattr(y, "dtypes", None)):
                raise Mismatch(f"{path}: pandas objects differ")
            continue
        # Any other object: compare how it pickles itself (its reduce value).
        try:
            rx, ry = x.__reduce_ex__(4), y.__reduce_ex__(4)
        except Exception as e:  # noqa: BLE001 — report, don't crash the batch
            raise Mismatch(f"{path}: cannot reduce {type(x).__name__}: {e}")
        if isinstance(rx, str):
            if rx != ry:
                raise Mismatch(f"{path}: {rx} != {ry}")
            continue
        rx, ry = reduce_value(rx), reduce_value(ry)
        if len(rx) != len(ry):
            raise Mismatch(f"{path}: __reduce__ gives {len(rx)} items != {len(ry)}")
        keep.append((rx, ry))
        for i, (u, v) in enumerate(zip(rx[1:], ry[1:])):
            stack.append((u, v, f"{path}.__reduce__[{i + 1}]"))
        if rx[0] is not ry[0]:
            raise Mismatch(f"{path}: reconstructed by {rx[0]!r} != {ry[0]!r}")


def main():
    with open(sys.argv[1]) as f:
        jobs = json.load(f)
    for job in jobs:
        result = {"output": job["output"], "ok": True, "problem": ""}
        try:
            enc = job.get("encoding", "ASCII")
            a = load(job["original"], job["original_loader"], enc)
            b = load(job["output"], job["output_loader"], enc)
            compare(a, b, share_arrays=job["output_loader"] != "joblib")
        except Mismatch as e:
            result.update(ok=False, problem=str(e))
        except Exception as e:  # noqa: BLE001
            result.update(ok=False, problem=f"{type(e).__name__}: {e}")
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
