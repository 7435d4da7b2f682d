// SPDX-License-Identifier: MIT
#include "treesearch.h"

#include "document/document.h"
#include "present/python_type.h"
#include "present/summary.h"

#include <algorithm>

namespace ps::gui {

namespace {

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool containsFolded(std::string_view haystack, std::string_view foldedNeedle)
{
    if (foldedNeedle.empty())
        return true;
    if (haystack.size() < foldedNeedle.size())
        return false;
    auto it = std::search(haystack.begin(), haystack.end(), foldedNeedle.begin(),
                          foldedNeedle.end(), [](char a, char b) { return lowerAscii(a) == b; });
    return it != haystack.end();
}

} // namespace

SearchResult searchTree(const Document &document, const TreeIndex &index, std::string_view needle,
                        size_t maxMatches, const std::atomic<bool> *cancel)
{
    SearchResult result;
    std::string folded(needle);
    std::transform(folded.begin(), folded.end(), folded.begin(), lowerAscii);
    const auto &entries = index.entries();
    for (uint32_t e = 0; e < entries.size(); ++e) {
        if (cancel && (e & 255) == 0 && cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            return result;
        }
        const NodeId node = entries[e].node;
        const bool match = containsFolded(index.label(e), folded)
                           || containsFolded(shortType(document, node), folded)
                           || containsFolded(summary(document, node, 120), folded);
        if (!match)
            continue;
        if (result.entries.size() >= maxMatches) {
            result.truncated = true;
            break;
        }
        result.entries.push_back(e);
    }
    if (!index.complete())
        result.truncated = true;
    return result;
}

} // namespace ps::gui
