// SPDX-License-Identifier: MIT
#pragma once
// The top-down layout of a decision tree diagram, computed without widgets (on a worker
// thread): which nodes are shown under a depth limit and the collapsed subtrees, their slots
// (leaves of the shown tree get consecutive x slots, a parent sits centred over its children)
// and the "more nodes" markers where a subtree is cut. Iterative: a tree's depth comes from
// the file.

#include "insight/tree.h"

#include <atomic>
#include <cstdint>
#include <vector>

namespace ps::gui {

struct TreeLayoutOptions
{
    /// Children of a node at this depth are hidden (unless the node is expanded).
    uint32_t depthLimit = UINT32_MAX;
    std::vector<uint8_t> collapsed; ///< per node: its children are hidden (empty: none)
    std::vector<uint8_t> expanded;  ///< per node: children shown past the depth limit
};

struct TreeLayout
{
    /// A cut subtree: the shown node `owner` (index into `shown`) hides `hidden` nodes.
    struct Marker
    {
        size_t owner = 0;
        uint64_t hidden = 0;
    };
    std::vector<uint64_t> shown; ///< tree nodes in pre-order (left before right)
    std::vector<int64_t> parent; ///< index into `shown`, -1 for the root
    std::vector<double> x;       ///< horizontal slot (leaves at 0, 1, 2, ...)
    std::vector<uint32_t> row;   ///< depth below the root
    std::vector<Marker> markers;
    double slots = 0; ///< slots used (the widest row)
    uint32_t rows = 0;
    bool cancelled = false;
};

/// Whether `options` show a node's children (a split neither collapsed nor cut by the depth
/// limit, or expanded past it).
bool childrenShown(const insight::DecisionTree &tree, const TreeLayoutOptions &options,
                   uint64_t node);

/// The number of nodes of every node's subtree, itself included.
std::vector<uint64_t> subtreeSizes(const insight::DecisionTree &tree);

/// Lays the tree out; stops early (cancelled = true) when `cancel` becomes true.
TreeLayout layoutTree(const insight::DecisionTree &tree, const TreeLayoutOptions &options,
                      const std::atomic<bool> *cancel = nullptr);

} // namespace ps::gui
