#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""compare.py can fail: pairs that differ the way a broken writer would make them differ must be
reported, and equal values must not be. Run by ctest (tst_compare_py)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compare  # noqa: E402


class Obj:
    """An object whose reduce value has list items (item 3 of __reduce__) when given some."""

    def __init__(self, a, items=None):
        self.a, self.items = a, items

    def __reduce__(self):
        if self.items is None:
            return (Obj, (self.a,))
        return (Obj, (self.a,), None, iter(self.items))


DIFFERENT = [
    ("set: int and bool", {1, 2}, {True, 2}),
    ("set: float and int", {1.0}, {1}),
    ("set: tuple items", {(1, "a")}, {(1, "b")}),
    ("frozenset: -0.0 and 0.0", frozenset([0.0]), frozenset([-0.0])),
    ("set: one more item", {1, 2}, {1, 2, 3}),
    ("reduce: list items dropped", Obj(1, [5]), Obj(1)),
    ("reduce: list items differ", Obj(1, [5]), Obj(1, [6])),
    ("list: float bits", [0.0], [-0.0]),
]
EQUAL = [
    ("set", {1, "x", (2.5, b"y"), None}, {1, "x", (2.5, b"y"), None}),
    ("reduce with list items", Obj(3, [1, 2]), Obj(3, [1, 2])),
]


def main():
    failures = []
    for name, a, b in DIFFERENT:
        try:
            compare.compare(a, b)
            failures.append("not reported: " + name)
        except compare.Mismatch:
            pass
    for name, a, b in EQUAL:
        try:
            compare.compare(a, b)
        except compare.Mismatch as e:
            failures.append(f"equal values reported ({name}): {e}")
    print("\n".join(failures) or f"{len(DIFFERENT)} differences reported, {len(EQUAL)} equal pairs passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
