// SPDX-License-Identifier: MIT
#pragma once
// The colours and names of the compare view's row states, shared by the tree, the legend and
// the delta table. Backgrounds are tints blended over the palette's base colour, so the text
// keeps the palette's own colour and stays readable in light and dark themes.

#include "diff/diff.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QPalette;

namespace ps::gui {

/// What one side of a compare row is.
enum class RowStatus : int {
    Equal,       ///< no difference here or below
    Contains,    ///< equal itself, with differences below
    Changed,     ///< another value (same type)
    TypeChanged, ///< another Python type
    Added,       ///< only in the new file
    Removed,     ///< only in the old file
    Absent,      ///< this side has no such value (the other side was added / removed)
};

class CompareColours
{
    Q_DECLARE_TR_FUNCTIONS(CompareColours)

public:
    static RowStatus statusOf(diff::ChangeKind kind);
    /// The saturated colour of a state (legend borders, chart bars); invalid for Equal.
    static QColor accent(RowStatus status);
    /// The row background of a state in `palette`; nullopt when the row is not coloured.
    static std::optional<QColor> background(RowStatus status, const QPalette &palette);
    /// "changed", "type changed", "added", "removed", ... for people.
    static QString name(RowStatus status);
};

} // namespace ps::gui
