// SPDX-License-Identifier: MIT
#include "treediagramlayout.h"

#include <algorithm>

namespace ps::gui {

std::vector<uint64_t> subtreeSizes(const insight::DecisionTree &tree)
{
    // Children have larger indices than their parent (readTree checks it): one backward pass.
    std::vector<uint64_t> size(tree.nodeCount, 1);
    for (uint64_t i = tree.nodeCount; i-- > 0;) {
        if (!tree.isLeaf(i))
            size[i] += size[static_cast<uint64_t>(tree.left[i])]
                       + size[static_cast<uint64_t>(tree.right[i])];
    }
    return size;
}

bool childrenShown(const insight::DecisionTree &tree, const TreeLayoutOptions &options,
                   uint64_t node)
{
    const auto flag = [node](const std::vector<uint8_t> &flags) {
        return node < flags.size() && flags[node] != 0;
    };
    return !tree.isLeaf(node) && !flag(options.collapsed)
           && (tree.depth[node] < options.depthLimit || flag(options.expanded));
}

TreeLayout layoutTree(const insight::DecisionTree &tree, const TreeLayoutOptions &options,
                      const std::atomic<bool> *cancel)
{
    TreeLayout out;
    if (tree.nodeCount == 0)
        return out;
    const std::vector<uint64_t> sizes = subtreeSizes(tree);

    // Pre-order walk with an explicit stack: (node, index of its parent in `shown`).
    std::vector<std::pair<uint64_t, int64_t>> stack{{0, -1}};
    while (!stack.empty()) {
        if (cancel && (out.shown.size() & 1023) == 0 && cancel->load()) {
            out.cancelled = true;
            return out;
        }
        const auto [node, parent] = stack.back();
        stack.pop_back();
        const auto index = static_cast<int64_t>(out.shown.size());
        out.shown.push_back(node);
        out.parent.push_back(parent);
        out.row.push_back(tree.depth[node]);
        out.rows = std::max(out.rows, tree.depth[node] + 1);
        if (childrenShown(tree, options, node)) {
            stack.emplace_back(static_cast<uint64_t>(tree.right[node]), index);
            stack.emplace_back(static_cast<uint64_t>(tree.left[node]), index);
        } else if (!tree.isLeaf(node)) {
            out.markers.push_back({static_cast<size_t>(index), sizes[node] - 1});
        }
    }
    if (!out.markers.empty())
        for (const auto &m : out.markers)
            out.rows = std::max(out.rows, out.row[m.owner] + 2);

    // Leaves of the shown tree take consecutive slots in pre-order (= left to right); then,
    // children before parents (reverse pre-order), each parent is centred over its children.
    const size_t n = out.shown.size();
    std::vector<int64_t> first(n, -1), last(n, -1);
    for (size_t i = 1; i < n; ++i) {
        const auto p = static_cast<size_t>(out.parent[i]);
        if (first[p] < 0)
            first[p] = static_cast<int64_t>(i);
        last[p] = static_cast<int64_t>(i);
    }
    out.x.assign(n, 0.0);
    double slot = 0;
    for (size_t i = 0; i < n; ++i)
        if (first[i] < 0)
            out.x[i] = slot++;
    for (size_t i = n; i-- > 0;)
        if (first[i] >= 0)
            out.x[i]
                = (out.x[static_cast<size_t>(first[i])] + out.x[static_cast<size_t>(last[i])]) / 2;
    out.slots = slot;
    return out;
}

} // namespace ps::gui
