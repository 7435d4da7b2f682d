// SPDX-License-Identifier: MIT
#include "compareindex.h"

#include "path/path.h"

#include <vector>

namespace ps::gui {

namespace {

/// The formatted prefixes of a path: "", ".a", ".a[0]", ... up to the path itself.
std::vector<std::string> prefixes(const std::string &path)
{
    std::vector<std::string> result{std::string()};
    const auto steps = parsePath(path);
    if (!steps)
        return result;
    for (const PathStep &step : *steps)
        result.push_back(pathOf(result.back(), step));
    return result;
}

} // namespace

std::string CompareIndex::key(uint32_t root, const std::string &path)
{
    return std::to_string(root) + ':' + path;
}

void CompareIndex::mark(Side side, uint32_t root, const std::string &path, uint32_t change)
{
    Marks &m = side == Side::Old ? m_old : m_new;
    m.change.try_emplace(key(root, path), change);
    const auto chain = prefixes(path);
    for (size_t i = 0; i + 1 < chain.size(); ++i)
        ++m.below[key(root, chain[i])];
}

CompareIndex CompareIndex::build(const diff::DiffResult &result, const std::atomic<bool> *cancel)
{
    CompareIndex index;
    for (size_t i = 0; i < result.changes.size(); ++i) {
        if (cancel && (i & 255) == 0 && cancel->load(std::memory_order_relaxed))
            break;
        const diff::Change &c = result.changes[i];
        const auto n = static_cast<uint32_t>(i);
        switch (c.kind) {
        case diff::ChangeKind::Added:
            index.mark(Side::New, c.root, c.newPath.empty() ? c.path : c.newPath, n);
            break;
        case diff::ChangeKind::Removed:
            index.mark(Side::Old, c.root, c.path, n);
            break;
        case diff::ChangeKind::Changed:
        case diff::ChangeKind::TypeChanged: {
            const std::string &newPath = c.newPath.empty() ? c.path : c.newPath;
            index.mark(Side::Old, c.root, c.path, n);
            index.mark(Side::New, c.root, newPath, n);
            if (newPath == c.path)
                break;
            // Aligned by name somewhere on the way: remember each prefix pair that differs.
            const auto oldChain = prefixes(c.path);
            const auto newChain = prefixes(newPath);
            if (oldChain.size() != newChain.size())
                break;
            for (size_t k = 1; k < oldChain.size(); ++k) {
                if (oldChain[k] != newChain[k])
                    index.m_oldToNew.try_emplace(key(c.root, oldChain[k]), newChain[k]);
            }
            break;
        }
        }
    }
    return index;
}

std::optional<uint32_t> CompareIndex::changeAt(Side side, uint32_t root,
                                               const std::string &path) const
{
    const auto &m = marks(side).change;
    const auto it = m.find(key(root, path));
    if (it == m.end())
        return std::nullopt;
    return it->second;
}

uint32_t CompareIndex::changesBelow(Side side, uint32_t root, const std::string &path) const
{
    const auto &m = marks(side).below;
    const auto it = m.find(key(root, path));
    return it == m.end() ? 0 : it->second;
}

std::optional<std::string> CompareIndex::newPathFor(uint32_t root, const std::string &oldPath) const
{
    const auto it = m_oldToNew.find(key(root, oldPath));
    if (it == m_oldToNew.end())
        return std::nullopt;
    return it->second;
}

} // namespace ps::gui
