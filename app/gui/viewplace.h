// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

namespace ps::gui {

class DocumentView;

/// Where the user is in a document view: the selected row, the expanded rows, the scroll
/// positions, the panel on show, the array slice and cell. Kept by path, so a view of the
/// same file after an edit, a save or a reload opens at the same place.
struct ViewPlace
{
    enum class Focus { Other, Tree, Table };
    bool valid = false;
    bool hasCurrent = false;
    uint32_t currentRoot = 0;
    QString currentPath;
    std::vector<std::pair<uint32_t, QString>> expanded; ///< parents before children
    int treeScroll = 0;
    int treeScrollH = 0;
    int bottomTab = 0;
    bool chartTab = false;
    Focus focus = Focus::Other;
    int rowAxis = -1;
    int columnAxis = -1;
    std::vector<uint64_t> fixed;
    int cellRow = -1;
    int cellColumn = -1;
    int tableScroll = 0;
    int tableScrollH = 0;
};

ViewPlace capturePlace(DocumentView &view);
void restorePlace(DocumentView &view, const ViewPlace &place);

} // namespace ps::gui
