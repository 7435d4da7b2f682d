// SPDX-License-Identifier: MIT
#pragma once

#include "graph/graph.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ps {
class Document;
}

namespace ps::gui {

/// A breadth-first map of the browsing tree (the rows the object tree shows), each graph node
/// at its first, shortest position only: shared nodes and cycles are visited once, so the map
/// is bounded by the graph's size even for billion-laughs structures. Searching, "Go to
/// original" and opcode → tree navigation all use it.
///
/// Every row the walk lists has an entry number: its position in breadth-first order (the
/// document roots first, then the children of each listed node in turn). The index stores
/// only what cannot be derived: the first entry of each graph node, and for each node whose
/// children are listed (a first occurrence that has children) the entry of its first child.
/// The children of one such node are consecutive entries, so a row's parent is found by a
/// binary search over those first children, its row by a subtraction; names, labels and the
/// nodes of leaves come from present/children.h when asked for.
class TreeIndex
{
public:
    static constexpr uint32_t kNoEntry = UINT32_MAX;

    /// Walks the document's tree; stops early (complete() false) after `maxEntries` rows or
    /// when `cancel` becomes true. `listed`, when given, counts the nodes whose children
    /// were listed so far (at most the graph's size): the progress of the walk.
    static std::shared_ptr<const TreeIndex> build(const Document &document,
                                                  const std::atomic<bool> *cancel = nullptr,
                                                  std::atomic<uint64_t> *listed = nullptr,
                                                  size_t maxEntries = 4'000'000);

    /// Rows listed (entries are 0 .. size() - 1).
    uint32_t size() const { return m_size; }
    bool complete() const { return m_complete; }
    /// The entry of a node's first occurrence.
    std::optional<uint32_t> entryOf(NodeId node) const;
    /// Rows from the top level down to the entry (the model's index chain).
    std::vector<int> rowChain(uint32_t entry) const;
    /// The parent entry of an entry (kNoEntry for a top-level row or an unknown entry).
    uint32_t parentOf(uint32_t entry) const;
    /// The entry of row `row` under `parent` (kNoEntry for the invisible root: top-level
    /// rows), or kNoEntry when the index does not list it.
    uint32_t childEntry(uint32_t parent, int row) const;
    /// The graph node shown at an entry (kNoNode for an unknown entry): one paged
    /// children() call for a row below the top level.
    NodeId nodeAt(const Document &document, uint32_t entry) const;
    /// The Python path of an entry from its root (computed from the document, one paged
    /// children() call per level).
    std::string pathOf(const Document &document, uint32_t entry) const;

    /// One listed row, as visit() hands it over.
    struct Row
    {
        uint32_t entry = kNoEntry;
        NodeId node = kNoNode;
        std::string_view label; ///< "root" for a top-level row
    };
    /// Calls `visit` for every entry in breadth-first order (entry 0, 1, 2, ...), listing the
    /// children a page at a time, until `visit` returns false. Returns false when stopped
    /// (by `visit` or by `cancel`). `from` / `to` restrict the walk to the children of the
    /// listed nodes [from, to) (the top-level rows come with from == 0): consecutive ranges
    /// visit consecutive entries, so parts of a walk can run side by side.
    bool forEach(const Document &document, const std::function<bool(const Row &)> &visit,
                 const std::atomic<bool> *cancel = nullptr, size_t from = 0,
                 size_t to = SIZE_MAX) const;
    /// Nodes whose children are listed (the ranges of forEach).
    size_t listedCount() const { return m_listed.size(); }
    /// The first listed node whose children start at or after `entry` (listedCount() if none).
    size_t listedFrom(uint32_t entry) const;

    /// Bytes the index holds (the node map and the listed nodes).
    size_t memoryBytes() const
    {
        return m_firstEntry.capacity() * sizeof(uint32_t) + m_listed.capacity() * sizeof(Listed);
    }

private:
    /// A node whose children are listed, at its first occurrence, in breadth-first order.
    struct Listed
    {
        NodeId node = kNoNode;
        uint32_t firstChild = kNoEntry; ///< the entry of its row 0
    };
    /// The listed node (index into m_listed) shown at `entry`, if any.
    std::optional<size_t> listedAt(uint32_t entry) const;
    /// The listed node whose children include `entry` (entry >= m_roots).
    size_t listedParentOf(uint32_t entry) const;
    uint32_t childrenEnd(size_t listed) const
    {
        return listed + 1 < m_listed.size() ? m_listed[listed + 1].firstChild : m_size;
    }

    std::vector<uint32_t> m_firstEntry; ///< by NodeId
    std::vector<Listed> m_listed;
    uint32_t m_roots = 0; ///< top-level rows: entries 0 .. m_roots - 1
    uint32_t m_size = 0;
    bool m_complete = true;
};

} // namespace ps::gui
