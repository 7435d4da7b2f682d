// SPDX-License-Identifier: MIT
#pragma once
// Element-wise comparison of two arrays in place (no copies): shape, dtype, then numbers with
// numpy.isclose tolerances, or strings / raw bytes.

#include "array/ndarray.h"
#include "diff/diff.h"

#include <cstdint>
#include <functional>

namespace ps::diff::detail {

/// Called with units of work done (array elements / 4096); returns false to cancel.
using WorkTick = std::function<bool(uint64_t units)>;

/// numpy's dtype text used to decide a dtype change: dtype.name for plain dtypes ("float64",
/// "str160"), numpy's description for structured ones. Byte order is not part of it (a value
/// loads the same either way).
std::string dtypeText(const NdArray &array);

/// True when two floats are equal under DiffOptions' tolerance (NaN equals NaN).
bool closeEnough(double oldValue, double newValue, const DiffOptions &options);

/// Compares two non-object arrays (plain or one structured field each). Fills `out`
/// (shapes, dtypes, and when comparable the element statistics with at most
/// options.maxPositions positions; labels are left empty). Returns true when the arrays are
/// equal. `cancelled` is set when `tick` returned false (the statistics are then partial).
bool compareArrays(const Document &oldDocument, const NdArray &oldArray,
                   const Document &newDocument, const NdArray &newArray, const DiffOptions &options,
                   const WorkTick &tick, ArrayDiff &out, bool &cancelled);

/// The C-order index tuple of a flat index.
std::vector<uint64_t> unravel(uint64_t flat, const std::vector<uint64_t> &shape);

} // namespace ps::diff::detail
