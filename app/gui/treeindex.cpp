// SPDX-License-Identifier: MIT
#include "treeindex.h"

#include "document/document.h"
#include "path/path.h"
#include "present/children.h"

#include <algorithm>

namespace ps::gui {

namespace {
constexpr size_t kChildPage = size_t(1) << 16;
} // namespace

std::shared_ptr<const TreeIndex> TreeIndex::build(const Document &document,
                                                  const std::atomic<bool> *cancel,
                                                  std::atomic<uint64_t> *listed, size_t maxEntries)
{
    auto index = std::make_shared<TreeIndex>();
    const Graph &graph = document.graph();
    index->m_firstEntry.assign(graph.size(), kNoEntry);
    // One entry per node reached, plus one per later place of a shared node: reserving the
    // graph's size spares most of the copies (and the doubled peak) of growing one by one.
    index->m_entries.reserve(std::min(graph.size() + document.roots().size(), maxEntries));
    auto add = [&](NodeId node, uint32_t parent, uint32_t row, std::string_view label) {
        if (index->m_entries.size() >= maxEntries) {
            index->m_complete = false;
            return false;
        }
        Entry entry;
        entry.node = node;
        entry.parent = parent;
        entry.row = row;
        entry.labelOffset
            = static_cast<uint32_t>(std::min<size_t>(index->m_labels.size(), UINT32_MAX));
        entry.labelLength = static_cast<uint32_t>(std::min<size_t>(label.size(), 4096));
        index->m_labels.append(label.substr(0, entry.labelLength));
        if (node < index->m_firstEntry.size() && index->m_firstEntry[node] == kNoEntry)
            index->m_firstEntry[node] = static_cast<uint32_t>(index->m_entries.size());
        index->m_entries.push_back(entry);
        return true;
    };
    const auto &roots = document.roots();
    for (size_t r = 0; r < roots.size(); ++r) {
        if (!add(roots[r], kNoEntry, static_cast<uint32_t>(r), "root"))
            return index;
    }
    // Breadth-first: the queue is the entries vector itself. A node's children are listed
    // only at its first occurrence; later occurrences are leaves of the index.
    uint64_t expanded = 0;
    for (size_t next = 0; next < index->m_entries.size(); ++next) {
        if ((next & 1023) == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                index->m_complete = false;
                return index;
            }
            if (listed)
                listed->store(expanded, std::memory_order_relaxed);
        }
        const Entry entry = index->m_entries[next];
        if (entry.node >= graph.size() || index->m_firstEntry[entry.node] != next)
            continue;
        ++expanded;
        // A page of children at a time: a list of a million items never has all its
        // children (labels, path steps) in memory at once.
        const size_t count = childCount(document, entry.node);
        for (size_t first = 0; first < count; first += kChildPage) {
            const auto kids = children(document, entry.node, first, kChildPage);
            if (kids.empty())
                break;
            if (first == 0)
                index->m_entries[next].firstChild = static_cast<uint32_t>(index->m_entries.size());
            for (size_t i = 0; i < kids.size(); ++i) {
                if (!add(kids[i].node, static_cast<uint32_t>(next),
                         static_cast<uint32_t>(first + i), kids[i].label))
                    return index;
            }
        }
    }
    return index;
}

std::optional<uint32_t> TreeIndex::entryOf(NodeId node) const
{
    if (node >= m_firstEntry.size() || m_firstEntry[node] == kNoEntry)
        return std::nullopt;
    return m_firstEntry[node];
}

std::vector<int> TreeIndex::rowChain(uint32_t entry) const
{
    std::vector<int> chain;
    for (uint32_t e = entry; e != kNoEntry && e < m_entries.size(); e = m_entries[e].parent)
        chain.push_back(static_cast<int>(m_entries[e].row));
    std::reverse(chain.begin(), chain.end());
    return chain;
}

uint32_t TreeIndex::childEntry(uint32_t parent, int row) const
{
    if (row < 0)
        return kNoEntry;
    if (parent == kNoEntry) {
        // Top-level rows are the first entries, one per root.
        return static_cast<size_t>(row) < m_entries.size()
                       && m_entries[static_cast<size_t>(row)].parent == kNoEntry
                   ? static_cast<uint32_t>(row)
                   : kNoEntry;
    }
    if (parent >= m_entries.size() || m_entries[parent].firstChild == kNoEntry)
        return kNoEntry;
    const size_t e = static_cast<size_t>(m_entries[parent].firstChild) + static_cast<size_t>(row);
    return e < m_entries.size() && m_entries[e].parent == parent ? static_cast<uint32_t>(e)
                                                                 : kNoEntry;
}

std::string TreeIndex::pathOf(const Document &document, uint32_t entry) const
{
    std::vector<uint32_t> chain;
    for (uint32_t e = entry; e != kNoEntry && e < m_entries.size(); e = m_entries[e].parent)
        chain.push_back(e);
    std::string path;
    for (size_t i = chain.size(); i-- > 0;) {
        const Entry &e = m_entries[chain[i]];
        if (e.parent == kNoEntry)
            continue;
        const auto kid = children(document, m_entries[e.parent].node, e.row, 1);
        if (kid.empty())
            break;
        path = ps::pathOf(path, kid.front().step);
    }
    return path;
}

std::string_view TreeIndex::label(uint32_t entry) const
{
    if (entry >= m_entries.size())
        return {};
    const Entry &e = m_entries[entry];
    return std::string_view(m_labels).substr(e.labelOffset, e.labelLength);
}

} // namespace ps::gui
