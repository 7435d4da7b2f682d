// SPDX-License-Identifier: MIT
#include "insight/discovery.h"

#include "document/document.h"
#include "insight/values.h"
#include "path/path.h"
#include "present/children.h"

#include <algorithm>

namespace ps::insight::detail {

namespace {

constexpr uint32_t kNoEntry = UINT32_MAX;

/// One node reached by the walk. The step from the parent is not stored (that would cost a
/// PathStep per node): it is asked again from children() when an estimator's path is built.
struct Entry
{
    NodeId node = kNoNode;
    uint32_t parent = kNoEntry; ///< entry of the parent node
    uint32_t ordinal = 0;       ///< position among the parent's children()
    int32_t owner = -1;         ///< nearest enclosing estimator (index into the result)
};

/// The path from the root to an entry, rebuilt from the parent links.
std::string pathOfEntry(const Document &document, const std::vector<Entry> &entries, uint32_t index)
{
    std::vector<PathStep> steps;
    for (uint32_t e = index; entries[e].parent != kNoEntry; e = entries[e].parent) {
        const Entry &child = entries[e];
        const auto one = children(document, entries[child.parent].node, child.ordinal, 1);
        if (one.empty())
            return {};
        steps.push_back(one.front().step);
    }
    std::reverse(steps.begin(), steps.end());
    return formatPath(steps);
}

} // namespace

std::vector<FoundEstimator> findEstimators(const Document &document)
{
    const Graph &g = document.graph();
    std::vector<FoundEstimator> found;
    std::vector<uint8_t> visited(g.size(), 0);
    std::vector<Entry> entries;
    std::vector<uint32_t> stack;
    const auto &roots = document.roots();
    for (uint32_t r = 0; r < roots.size(); ++r) {
        if (roots[r] == kNoNode || roots[r] >= g.size())
            continue;
        entries.clear();
        entries.push_back({roots[r], kNoEntry, 0, -1});
        stack.assign(1, 0);
        while (!stack.empty()) {
            const uint32_t index = stack.back();
            stack.pop_back();
            const NodeId node = entries[index].node;
            if (visited[node])
                continue;
            visited[node] = 1;
            int32_t owner = entries[index].owner;
            if (isEstimator(document, node)) {
                found.push_back({r, pathOfEntry(document, entries, index), node, owner});
                owner = static_cast<int32_t>(found.size() - 1);
            }
            const auto kids = children(document, node);
            for (size_t i = kids.size(); i-- > 0;) {
                const NodeId child = kids[i].node;
                if (child == kNoNode || child >= g.size() || visited[child])
                    continue;
                if (entries.size() >= kNoEntry)
                    return found;
                stack.push_back(static_cast<uint32_t>(entries.size()));
                entries.push_back({child, index, static_cast<uint32_t>(i), owner});
            }
        }
    }
    return found;
}

} // namespace ps::insight::detail
