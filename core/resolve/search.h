// SPDX-License-Identifier: MIT
#pragma once

#include "graph/graph.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace ps {

class Document;

/// Where findPath found a node: the root index (into Document::roots()) and the path from it.
struct FoundPath
{
    uint32_t root = 0;
    std::string path;
};

/// Breadth-first search (over children()) for the shortest path from the roots to a node,
/// visiting at most `maxVisits` nodes; nullopt when not found within that budget.
std::optional<FoundPath> findPath(const Document &document, NodeId target,
                                  size_t maxVisits = 1000000);

} // namespace ps
