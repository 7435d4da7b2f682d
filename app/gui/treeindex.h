// SPDX-License-Identifier: MIT
#pragma once

#include "graph/graph.h"

#include <atomic>
#include <cstdint>
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
class TreeIndex
{
public:
    static constexpr uint32_t kNoEntry = UINT32_MAX;
    struct Entry
    {
        NodeId node = kNoNode;
        uint32_t parent = kNoEntry; ///< kNoEntry for a top-level row (a document root)
        uint32_t row = 0;           ///< row under the parent (root index for top-level rows)
        uint32_t labelOffset = 0;
        uint32_t labelLength = 0;
        /// The entry of the first child (children are consecutive); kNoEntry when the
        /// entry's children are not listed (a leaf, a later occurrence, or past the budget).
        uint32_t firstChild = kNoEntry;
    };

    /// Walks the document's tree; stops early (complete() false) after `maxEntries` rows or
    /// when `cancel` becomes true. `listed`, when given, counts the nodes whose children
    /// were listed so far (at most the graph's size): the progress of the walk.
    static std::shared_ptr<const TreeIndex> build(const Document &document,
                                                  const std::atomic<bool> *cancel = nullptr,
                                                  std::atomic<uint64_t> *listed = nullptr,
                                                  size_t maxEntries = 4'000'000);

    const std::vector<Entry> &entries() const { return m_entries; }
    bool complete() const { return m_complete; }
    /// The entry of a node's first occurrence.
    std::optional<uint32_t> entryOf(NodeId node) const;
    /// Rows from the top level down to the entry (the model's index chain).
    std::vector<int> rowChain(uint32_t entry) const;
    std::string_view label(uint32_t entry) const;
    /// The entry of row `row` under `parent` (kNoEntry for the invisible root: top-level
    /// rows), or kNoEntry when the index does not list it.
    uint32_t childEntry(uint32_t parent, int row) const;
    /// The Python path of an entry from its root (computed from the document, one paged
    /// children() call per level).
    std::string pathOf(const Document &document, uint32_t entry) const;
    /// Bytes the index holds (its entries, the node map and the labels).
    size_t memoryBytes() const
    {
        return m_entries.capacity() * sizeof(Entry) + m_firstEntry.capacity() * sizeof(uint32_t)
               + m_labels.capacity();
    }

private:
    std::vector<Entry> m_entries;
    std::vector<uint32_t> m_firstEntry; ///< by NodeId
    std::string m_labels;
    bool m_complete = true;
};

} // namespace ps::gui
