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
    const bool walked = index.forEach(
        document,
        [&](const TreeIndex::Row &row) {
            const bool match = containsFolded(row.label, folded)
                               || containsFolded(shortType(document, row.node), folded)
                               || containsFolded(summary(document, row.node, 120), folded);
            if (!match)
                return true;
            if (result.entries.size() >= maxMatches) {
                result.truncated = true;
                return false;
            }
            result.entries.push_back(row.entry);
            return true;
        },
        cancel);
    if (!walked && !result.truncated) {
        result.cancelled = true;
        return result;
    }
    if (!index.complete())
        result.truncated = true;
    return result;
}

} // namespace ps::gui
