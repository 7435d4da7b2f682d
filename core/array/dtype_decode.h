// SPDX-License-Identifier: MIT
#pragma once

#include "array/ndarray.h"
#include "graph/graph.h"
#include "util/result.h"

#include <memory>

namespace ps {

/// Decodes a pickled numpy.dtype node (REDUCE(numpy.dtype, (typestr, align, copy)) + BUILD
/// state, FORMAT.md §2.3) without numpy. Used by the unpickler for joblib payload sizes and by
/// the recognisers.
Result<std::shared_ptr<const DType>> decodeDType(const Graph &graph, NodeId dtypeNode);

} // namespace ps
