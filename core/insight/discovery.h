// SPDX-License-Identifier: MIT
#pragma once
// Finding the estimators of a document: one depth-first walk over the browsing tree.

#include "graph/graph.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ps {
class Document;
}

namespace ps::insight::detail {

/// An estimator met by the walk.
struct FoundEstimator
{
    uint32_t root = 0; ///< index into Document::roots()
    std::string path;  ///< from that root ("" = the root)
    NodeId node = kNoNode;
    int32_t parent = -1; ///< index of the nearest enclosing estimator in the result, or -1
};

/// Every estimator reachable from the roots, depth-first in children() order (pre-order), each
/// node once: a node met again (shared, or a cycle) is not walked again. Iterative; linear in
/// the number of nodes and edges walked.
std::vector<FoundEstimator> findEstimators(const Document &document);

} // namespace ps::insight::detail
