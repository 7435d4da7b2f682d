// SPDX-License-Identifier: MIT
#include "treesearch.h"

#include "document/document.h"
#include "present/python_type.h"
#include "present/summary.h"

#include <algorithm>
#include <thread>

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

constexpr uint64_t kReleaseEveryRows = (uint64_t(1) << 18) - 1;

} // namespace

SearchResult searchTree(const Document &document, const TreeIndex &index, std::string_view needle,
                        size_t maxMatches, const std::atomic<bool> *cancel, unsigned threads)
{
    std::string folded(needle);
    std::transform(folded.begin(), folded.end(), folded.begin(), lowerAscii);
    // One part of the walk: its matches (at most maxMatches), whether it saw one more.
    struct Part
    {
        std::vector<uint32_t> entries;
        bool more = false;
        bool walked = true;
    };
    std::atomic<bool> firstFull{false};
    auto search = [&](Part &part, size_t from, size_t to, bool stopWhenFirstFull) {
        uint64_t seen = 0;
        part.walked = index.forEach(
            document,
            [&](const TreeIndex::Row &row) {
                if (stopWhenFirstFull && firstFull.load(std::memory_order_relaxed))
                    return false;
                // Labels and summaries read the file's strings: give the mapped pages back
                // now and then, or a search leaves the whole file resident.
                if ((++seen & kReleaseEveryRows) == 0)
                    document.releaseMappedPages();
                const bool match = containsFolded(row.label, folded)
                                   || containsFolded(shortType(document, row.node), folded)
                                   || containsFolded(summary(document, row.node, 120), folded);
                if (!match)
                    return true;
                if (part.entries.size() >= maxMatches) {
                    part.more = true;
                    return false;
                }
                part.entries.push_back(row.entry);
                return true;
            },
            cancel, from, to);
        if (!stopWhenFirstFull && part.more)
            firstFull.store(true, std::memory_order_relaxed);
    };
    // Two halves of the rows side by side when the tree is big: the second half's matches
    // follow the first's, so the result is that of one walk.
    const size_t split = threads > 1 && index.size() >= kParallelSearchRows
                             ? index.listedFrom(index.size() / 2)
                             : index.listedCount();
    Part first;
    Part second;
    if (split < index.listedCount()) {
        std::thread other([&] { search(second, split, SIZE_MAX, true); });
        search(first, 0, split, false);
        other.join();
    } else {
        search(first, 0, SIZE_MAX, false);
    }
    SearchResult result;
    const bool secondStopped = !second.walked && !second.more && !firstFull.load();
    if ((!first.walked && !first.more) || secondStopped) {
        result.cancelled = true;
        return result;
    }
    result.entries = std::move(first.entries);
    result.truncated = first.more || second.more;
    if (!first.more) {
        const size_t room = maxMatches - result.entries.size();
        if (second.entries.size() > room) {
            second.entries.resize(room);
            result.truncated = true;
        }
        result.entries.insert(result.entries.end(), second.entries.begin(), second.entries.end());
    }
    if (!index.complete())
        result.truncated = true;
    document.releaseMappedPages();
    return result;
}

} // namespace ps::gui
