// SPDX-License-Identifier: MIT
#pragma once

#include "array/ndarray.h"
#include "array/scalar.h"
#include "graph/graph.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace ps {

class Document;
struct Resolved;

/// Python repr of a decoded element the way `repr(a.tolist()[...])` shows it: 1.5, 3, True,
/// 'text', b'raw', (1+2j); Record elements are shown as a tuple of their fields.
std::string scalarRepr(const Document &document, const NdArray &array, uint64_t flatIndex,
                       size_t width = 80);

/// numpy's tuple text of a shape: "(3, 4)", "(3,)", "()".
std::string shapeText(const std::vector<uint64_t> &shape);

/// One-line summary of a node for trees and listings, at most `width` code points:
/// `ndarray float64 (3, 4)`, `'spam'`, `b'\x00\xff'`, `dict · 12 items`, `list · 3 items`,
/// `LogisticRegression`, `Tree · 17 nodes`, `DataFrame · 3 × 6`,
/// `csr_matrix float64 (5, 4) · 7 stored`, `tensor float32 (3, 4)`, `OrderedDict · 4 items`,
/// `datetime 2024-01-02T03:04:05`; numbers as Python repr. Looks one level deep at most.
std::string summary(const Document &document, NodeId id, size_t width = 80);

/// Summary of a resolved path: array views (`ndarray float64 (4,)`) and elements (their repr)
/// as well as plain nodes.
std::string summary(const Document &document, const Resolved &resolved, size_t width = 80);

/// Summary of an array: `ndarray float64 (3, 4)` (the class short name, the dtype, the shape).
std::string arraySummary(const NdArray &array, std::string_view typeName = "ndarray");

/// A numpy-like multi-line rendering of an array's values (`[[1.0, 2.0], [3.0, 4.0]]` laid out
/// one row per line), eliding the middle of long axes with "..." the way numpy does past
/// `threshold` elements (3 items kept at each end). Never more than about `threshold` values.
std::string renderArray(const Document &document, const NdArray &array, size_t threshold = 1000);

} // namespace ps
