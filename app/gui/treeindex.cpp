// SPDX-License-Identifier: MIT
#include "treeindex.h"

#include "document/document.h"
#include "path/path.h"
#include "present/children.h"

#include <algorithm>

namespace ps::gui {

namespace {
/// Children listed per children() call: a list of a million items never has all its
/// children (labels, path steps) in memory at once. A plain list or tuple and an (object)
/// array are paged finely (a page costs its own items only); anything else may enumerate all its
/// entries for every page (a dict finds its distinct keys first), so it gets big pages: few passes
/// over a vocabulary of 100,000 words.
constexpr size_t kSmallPage = size_t(1) << 12;
constexpr size_t kBigPage = size_t(1) << 16;

size_t pageFor(const Document &document, NodeId node)
{
    node = followAlias(document, node); // what children() enumerates
    const Kind kind = document.graph().kind(node);
    const Interpretation *in = document.interpretation(node);
    const bool itemsOnly = in ? in->array != nullptr : (kind == Kind::List || kind == Kind::Tuple);
    return itemsOnly ? kSmallPage : kBigPage;
}
} // namespace

std::shared_ptr<const TreeIndex> TreeIndex::build(const Document &document,
                                                  const std::atomic<bool> *cancel,
                                                  std::atomic<uint64_t> *listed, size_t maxEntries)
{
    auto index = std::make_shared<TreeIndex>();
    const Graph &graph = document.graph();
    const size_t nodes = graph.size();
    maxEntries = std::min<size_t>(maxEntries, kNoEntry);
    auto cancelled = [cancel] {
        return cancel && cancel->load(std::memory_order_relaxed);
    };
    // Which nodes have children, counted first: the listed nodes are reserved exactly (when
    // every node is reachable) instead of growing by doubling.
    std::vector<bool> hasChildren(nodes, false);
    size_t parents = 0;
    for (NodeId id = 0; id < nodes; ++id) {
        if ((id & 4095) == 0 && cancelled()) {
            index->m_complete = false;
            return index;
        }
        if (childCount(document, id) > 0) {
            hasChildren[id] = true;
            ++parents;
        }
    }
    index->m_firstEntry.assign(nodes, kNoEntry);
    index->m_listed.reserve(parents);
    uint64_t seen = 0;
    auto add = [&](NodeId node) {
        if (index->m_size >= maxEntries) {
            index->m_complete = false;
            return false;
        }
        const uint32_t entry = index->m_size++;
        if (node < nodes && index->m_firstEntry[node] == kNoEntry) {
            index->m_firstEntry[node] = entry;
            ++seen;
            if (hasChildren[node])
                index->m_listed.push_back(Listed{node, kNoEntry});
        }
        return true;
    };
    // Only the nodes whose children were listed stay: the rest of the queue (past a stop)
    // shows leaves in the index.
    auto finish = [&](size_t processed) {
        index->m_listed.resize(processed);
        return index;
    };
    const auto &roots = document.roots();
    for (size_t r = 0; r < roots.size(); ++r) {
        if (!add(roots[r]))
            return finish(0);
        index->m_roots = index->m_size;
    }
    // Breadth-first: the queue is the listed nodes themselves. A node's children are listed
    // only at its first occurrence; later occurrences are leaves of the index.
    for (size_t next = 0; next < index->m_listed.size(); ++next) {
        if ((next & 255) == 0) {
            if (cancelled()) {
                index->m_complete = false;
                return finish(next);
            }
            if (listed)
                listed->store(seen, std::memory_order_relaxed);
        }
        const NodeId node = index->m_listed[next].node;
        index->m_listed[next].firstChild = index->m_size;
        const size_t count = childCount(document, node);
        const size_t page = pageFor(document, node);
        for (size_t first = 0; first < count; first += page) {
            const auto kids = children(document, node, first, page);
            if (kids.empty())
                break;
            for (const Child &kid : kids) {
                if (!add(kid.node))
                    return finish(next + 1);
            }
        }
    }
    if (listed)
        listed->store(seen, std::memory_order_relaxed);
    return index;
}

std::optional<uint32_t> TreeIndex::entryOf(NodeId node) const
{
    if (node >= m_firstEntry.size() || m_firstEntry[node] == kNoEntry)
        return std::nullopt;
    return m_firstEntry[node];
}

std::optional<size_t> TreeIndex::listedAt(uint32_t entry) const
{
    // The listed nodes are in breadth-first order, so their entries increase.
    const auto it = std::lower_bound(
        m_listed.begin(), m_listed.end(), entry,
        [this](const Listed &l, uint32_t e) { return m_firstEntry[l.node] < e; });
    if (it == m_listed.end() || m_firstEntry[it->node] != entry)
        return std::nullopt;
    return static_cast<size_t>(it - m_listed.begin());
}

size_t TreeIndex::listedParentOf(uint32_t entry) const
{
    // The last listed node whose children start at or before the entry (a node without
    // children shares its start with the next one, which is the one that lists it).
    const auto it = std::upper_bound(m_listed.begin(), m_listed.end(), entry,
                                     [](uint32_t e, const Listed &l) { return e < l.firstChild; });
    return static_cast<size_t>(it - m_listed.begin()) - 1;
}

uint32_t TreeIndex::parentOf(uint32_t entry) const
{
    if (entry < m_roots || entry >= m_size)
        return kNoEntry;
    return m_firstEntry[m_listed[listedParentOf(entry)].node];
}

std::vector<int> TreeIndex::rowChain(uint32_t entry) const
{
    std::vector<int> chain;
    while (entry < m_size) {
        if (entry < m_roots) {
            chain.push_back(static_cast<int>(entry));
            break;
        }
        const Listed &parent = m_listed[listedParentOf(entry)];
        chain.push_back(static_cast<int>(entry - parent.firstChild));
        entry = m_firstEntry[parent.node];
    }
    std::reverse(chain.begin(), chain.end());
    return chain;
}

uint32_t TreeIndex::childEntry(uint32_t parent, int row) const
{
    if (row < 0)
        return kNoEntry;
    if (parent == kNoEntry)
        return static_cast<uint32_t>(row) < m_roots ? static_cast<uint32_t>(row) : kNoEntry;
    const auto listed = listedAt(parent);
    if (!listed)
        return kNoEntry;
    const uint64_t e = uint64_t(m_listed[*listed].firstChild) + static_cast<uint64_t>(row);
    return e < childrenEnd(*listed) ? static_cast<uint32_t>(e) : kNoEntry;
}

NodeId TreeIndex::nodeAt(const Document &document, uint32_t entry) const
{
    if (entry >= m_size)
        return kNoNode;
    if (entry < m_roots)
        return document.roots()[entry];
    const Listed &parent = m_listed[listedParentOf(entry)];
    const auto kid = children(document, parent.node, entry - parent.firstChild, 1);
    return kid.empty() ? kNoNode : kid.front().node;
}

std::string TreeIndex::pathOf(const Document &document, uint32_t entry) const
{
    // (parent node, row) from the entry up to a top-level row.
    std::vector<std::pair<NodeId, uint32_t>> chain;
    while (entry < m_size && entry >= m_roots) {
        const Listed &parent = m_listed[listedParentOf(entry)];
        chain.emplace_back(parent.node, entry - parent.firstChild);
        entry = m_firstEntry[parent.node];
    }
    std::string path;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const auto kid = children(document, it->first, it->second, 1);
        if (kid.empty())
            break;
        path = ps::pathOf(path, kid.front().step);
    }
    return path;
}

size_t TreeIndex::listedFrom(uint32_t entry) const
{
    const auto it = std::lower_bound(m_listed.begin(), m_listed.end(), entry,
                                     [](const Listed &l, uint32_t e) { return l.firstChild < e; });
    return static_cast<size_t>(it - m_listed.begin());
}

bool TreeIndex::forEach(const Document &document, const std::function<bool(const Row &)> &visit,
                        const std::atomic<bool> *cancel, size_t from, size_t to) const
{
    auto cancelled = [cancel] {
        return cancel && cancel->load(std::memory_order_relaxed);
    };
    if (cancelled())
        return false;
    const auto &roots = document.roots();
    for (uint32_t r = 0; from == 0 && r < m_roots && r < roots.size(); ++r) {
        if (!visit(Row{r, roots[r], "root"}))
            return false;
    }
    to = std::min(to, m_listed.size());
    for (size_t l = from; l < to; ++l) {
        if ((l & 63) == 0 && cancelled())
            return false;
        const Listed &parent = m_listed[l];
        const size_t count = childrenEnd(l) - parent.firstChild;
        const size_t page = pageFor(document, parent.node);
        for (size_t first = 0; first < count; first += page) {
            if (first > 0 && cancelled())
                return false;
            const auto kids = children(document, parent.node, first, std::min(page, count - first));
            if (kids.empty())
                break;
            for (size_t k = 0; k < kids.size(); ++k) {
                const auto entry = static_cast<uint32_t>(parent.firstChild + first + k);
                if (!visit(Row{entry, kids[k].node, kids[k].label}))
                    return false;
            }
        }
    }
    return true;
}

} // namespace ps::gui
