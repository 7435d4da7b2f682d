// SPDX-License-Identifier: MIT
#pragma once

#include "graph/graph.h"
#include "recognise/ndarray.h"
#include "util/result.h"

#include <memory>

namespace ps {

class Document;

/// Runs every recogniser over the document's graph and stores Interpretations.
/// Never fails: what is not understood stays a generic node.
void recogniseAll(Document &document);

/// Decodes a pickled numpy.dtype node (REDUCE(numpy.dtype, (typestr, align, copy)) + BUILD
/// state, FORMAT.md §2.3) without numpy. Used by the unpickler for joblib payload sizes.
Result<std::shared_ptr<const DType>> decodeDType(const Graph &graph, NodeId dtypeNode);

} // namespace ps
