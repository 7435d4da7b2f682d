// SPDX-License-Identifier: MIT
#pragma once

#include "treeindex.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace ps {
class Document;
}

namespace ps::gui {

/// What a search found: TreeIndex entries, in breadth-first order.
struct SearchResult
{
    std::vector<uint32_t> entries;
    bool truncated = false; ///< more matches than asked for, or the index was incomplete
    bool cancelled = false;
};

/// Trees of at least this many rows are searched by two threads (each half of the rows).
inline constexpr uint32_t kParallelSearchRows = 200'000;

/// Finds the rows whose name, type or one-line value contains `needle` (case-insensitive for
/// ASCII letters; other characters compare exactly). At most `maxMatches` are returned.
/// `threads` > 1 lets a big tree be searched in two halves side by side (same result).
SearchResult searchTree(const Document &document, const TreeIndex &index, std::string_view needle,
                        size_t maxMatches = 2000, const std::atomic<bool> *cancel = nullptr,
                        unsigned threads = std::thread::hardware_concurrency());

} // namespace ps::gui
