// SPDX-License-Identifier: MIT
#pragma once
// Where the engine's differences are, by side and path: which rows of the compare tree are a
// change, which contain changes below them, and where the engine paired children by name
// (pipeline steps) rather than by position. Built once off the GUI thread from a DiffResult.

#include "diff/diff.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

namespace ps::gui {

class CompareIndex
{
public:
    enum class Side : uint8_t { Old, New };

    /// Indexes every change of `result` (stops early, incomplete, when `cancel` turns true).
    static CompareIndex build(const diff::DiffResult &result,
                              const std::atomic<bool> *cancel = nullptr);

    /// The change (index into DiffResult::changes) at exactly this place of one side.
    std::optional<uint32_t> changeAt(Side side, uint32_t root, const std::string &path) const;
    /// How many changes lie strictly below this place of one side.
    uint32_t changesBelow(Side side, uint32_t root, const std::string &path) const;
    /// The new side's path of an old path where the engine aligned by name and the two
    /// differ (`.steps[0]` ↔ `.steps[1]`); nullopt elsewhere.
    std::optional<std::string> newPathFor(uint32_t root, const std::string &oldPath) const;

private:
    struct Marks
    {
        std::unordered_map<std::string, uint32_t> change; ///< key → change index
        std::unordered_map<std::string, uint32_t> below;  ///< key → changes strictly below
    };
    static std::string key(uint32_t root, const std::string &path);
    void mark(Side side, uint32_t root, const std::string &path, uint32_t change);
    const Marks &marks(Side side) const { return side == Side::Old ? m_old : m_new; }

    Marks m_old;
    Marks m_new;
    std::unordered_map<std::string, std::string> m_oldToNew; ///< key(old) → new path
};

} // namespace ps::gui
