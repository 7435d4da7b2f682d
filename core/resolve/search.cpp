// SPDX-License-Identifier: MIT
#include "resolve/search.h"

#include "document/document.h"
#include "present/children.h"

#include <deque>
#include <unordered_set>

namespace ps {

std::optional<FoundPath> findPath(const Document &document, NodeId target, size_t maxVisits)
{
    struct Item
    {
        NodeId node;
        uint32_t root;
        std::string path;
    };
    std::deque<Item> queue;
    std::unordered_set<NodeId> seen;
    const auto &roots = document.roots();
    for (uint32_t r = 0; r < roots.size(); ++r) {
        if (seen.insert(roots[r]).second)
            queue.push_back({roots[r], r, std::string()});
    }
    size_t visits = 0;
    while (!queue.empty() && visits < maxVisits) {
        Item item = std::move(queue.front());
        queue.pop_front();
        ++visits;
        if (item.node == target)
            return FoundPath{item.root, item.path};
        const size_t budget = maxVisits - visits;
        for (auto &c : children(document, item.node, 0, budget)) {
            if (c.node == kNoNode || !seen.insert(c.node).second)
                continue;
            queue.push_back({c.node, item.root, pathOf(item.path, c.step)});
        }
    }
    return std::nullopt;
}

} // namespace ps
