#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Writes expected.json, the values tests/core/tst_pyrepr.cpp checks PickleScope's reprs
against, from the real Python: repr() of floats, str, bytes, bytearray and ints,
str.isprintable(), and the str a Python-2 string becomes when loaded with encoding='latin1'.

Run with the Python whose behaviour the product follows (Debian 12: CPython 3.11):
    /usr/bin/python3 tests/core/data/pyrepr/generate.py
Every input is given here; the output is deterministic (random.seed(12345)).
"""
import json
import math
import os
import random
import struct
import sys

FLOAT_EDGES = [
    0.0, -0.0, 1.0, -1.0, 0.1, 0.1 + 0.2, 1.5, 1e100, 1e-100, 1e16, 1e15, 1234567890123456.0,
    12345678901234567.0, 1.5e16, 1e-4, 1e-5, 0.00012345, 5e-324, sys.float_info.max,
    sys.float_info.min, math.inf, -math.inf, math.nan, math.pi, 100.0, 1e22, 1e21,
    123456789.0, 0.3, 2 / 3, -2.5e-7, 2.0 ** 53, 4.35, 0.001, 123.456,
]

STRS = [
    "", "abc", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnl\ncr\r",
    "\x00\x1f\x7f", "\x80\x9f\xa0\xad\xff", "\xe9\u65e5\u672c\u8a9e\U0001F600",
    "\u2028\u2029\u200b\ufeff", "\ud800", "\udfff x", "\U000e0001\U0010ffff", "\u0378",
    " \u3000\xa0", "\u03c9\u0300", "\U0001F600\U0001F9FF", "\ue000",
]

BYTES = [
    b"", b"abc", b"it's", b'say "hi"', b"both ' and \"", b"\\", b"\t\n\r\x00\x7f\x80\xff",
    bytes(range(0, 256, 7)),
]

# int64 edges and big ints (pickle's LONG1/LONG4 store two's complement, little-endian).
INTS = [0, 1, -1, 255, 256, -256, 2 ** 31 - 1, -2 ** 31, 2 ** 63 - 1, -2 ** 63, 2 ** 64,
        -2 ** 64, 10 ** 30, -10 ** 40 - 7]

# Code points at general-category boundaries (Zs, Cf, Mn, Cn, Zl, Cs, Co, So) and the ends.
CODE_POINTS = [0x20, 0x7E, 0x7F, 0xA0, 0xA1, 0xAD, 0x300, 0x378, 0x2028, 0xD800, 0xE000,
               0x1F600, 0xE0001, 0x10FFFF]

# Python-2 STRING bytes: the str that encoding='latin1' gives, and its repr.
LATIN1 = [b"\xe9t\xe9", b"\x00'\xad", b"plain"]


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def float_rows():
    values = list(FLOAT_EDGES)
    rng = random.Random(12345)
    randoms = []
    while len(randoms) < 40:  # random bit patterns: every exponent
        x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        if math.isfinite(x):
            randoms.append(x)
    values += randoms
    values += [rng.uniform(-1e6, 1e6) for _ in range(20)]  # ordinary magnitudes
    return [{"bits": "%016x" % bits(x), "repr": repr(x)} for x in values]


def twos_complement_le(n):
    length = max(1, (n.bit_length() + 8) // 8)
    raw = n.to_bytes(length, "little", signed=True)
    # The shortest form, as the pickler writes it.
    while len(raw) > 1 and ((raw[-1] == 0 and raw[-2] < 0x80) or (raw[-1] == 0xFF and raw[-2] >= 0x80)):
        raw = raw[:-1]
    return raw.hex() if n else ""


def main():
    data = {
        "python": sys.version.split()[0],
        "floats": float_rows(),
        "strs": [{"utf8": s.encode("utf-8", "surrogatepass").hex(),
                  "repr": repr(s).encode("utf-8", "surrogatepass").hex()} for s in STRS],
        "bytes": [{"hex": b.hex(), "repr": repr(b).encode().hex(),
                   "bytearray_repr": repr(bytearray(b)).encode().hex()} for b in BYTES],
        "ints": [{"twos_le": twos_complement_le(n), "repr": repr(n)} for n in INTS],
        "printable": [{"code_point": c, "printable": chr(c).isprintable()} for c in CODE_POINTS],
        "latin1": [{"hex": b.hex(), "repr": repr(b.decode("latin1")).encode("utf-8").hex()}
                   for b in LATIN1],
    }
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected.json")
    with open(out, "w", encoding="utf-8") as f:  # one row a line: reviewable diffs
        f.write("{\n \"python\": %s" % json.dumps(data.pop("python")))
        for key, rows in data.items():
            f.write(",\n %s: [\n  " % json.dumps(key))
            f.write(",\n  ".join(json.dumps(r) for r in rows))
            f.write("\n ]")
        f.write("\n}\n")


if __name__ == "__main__":
    main()
