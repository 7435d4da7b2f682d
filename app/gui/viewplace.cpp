// SPDX-License-Identifier: MIT
#include "viewplace.h"

#include "arrayview.h"
#include "detailpane.h"
#include "documentview.h"
#include "objecttreemodel.h"
#include "qtstrings.h"
#include "treefilterproxy.h"

#include <QApplication>
#include <QPointer>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

namespace ps::gui {

namespace {
/// Expanded rows remembered (the rest stay collapsed).
constexpr size_t kMaxExpanded = 2000;

void collectExpanded(DocumentView &view, const QModelIndex &parent, ViewPlace &place)
{
    QAbstractItemModel *proxy = view.tree()->model();
    const int rows = proxy->rowCount(parent);
    for (int r = 0; r < rows && place.expanded.size() < kMaxExpanded; ++r) {
        const QModelIndex index = proxy->index(r, 0, parent);
        if (!view.tree()->isExpanded(index))
            continue;
        const QModelIndex source = view.treeProxy()->mapToSource(index);
        place.expanded.emplace_back(view.treeModel()->rootFor(source),
                                    toQString(view.treeModel()->pathFor(source)));
        collectExpanded(view, index, place);
    }
}
} // namespace

ViewPlace capturePlace(DocumentView &view)
{
    ViewPlace place;
    place.valid = true;
    QTreeView *tree = view.tree();
    const QModelIndex current = tree->currentIndex();
    if (current.isValid()) {
        const QModelIndex source = view.treeProxy()->mapToSource(current);
        place.hasCurrent = true;
        place.currentRoot = view.treeModel()->rootFor(source);
        place.currentPath = toQString(view.treeModel()->pathFor(source));
    }
    collectExpanded(view, {}, place);
    place.treeScroll = tree->verticalScrollBar()->value();
    place.treeScrollH = tree->horizontalScrollBar()->value();
    place.bottomTab = view.bottomTabs()->currentIndex();
    place.chartTab = view.detail()->chartTabShown();
    ArrayView *array = view.detail()->arrayView();
    const QWidget *focus = QApplication::focusWidget();
    if (focus && (focus == tree || tree->isAncestorOf(focus)))
        place.focus = ViewPlace::Focus::Tree;
    else if (focus && (focus == array->table() || array->table()->isAncestorOf(focus)))
        place.focus = ViewPlace::Focus::Table;
    if (view.detail()->page() == DetailPane::Page::Array) {
        place.rowAxis = array->rowAxis();
        place.columnAxis = array->columnAxis();
        place.fixed = array->fixedIndices();
        const QModelIndex cell = array->table()->currentIndex();
        place.cellRow = cell.isValid() ? cell.row() : -1;
        place.cellColumn = cell.isValid() ? cell.column() : -1;
        place.tableScroll = array->table()->verticalScrollBar()->value();
        place.tableScrollH = array->table()->horizontalScrollBar()->value();
    }
    return place;
}

void restorePlace(DocumentView &view, const ViewPlace &place)
{
    if (!place.valid)
        return;
    QTreeView *tree = view.tree();
    for (const auto &[root, path] : place.expanded) {
        const QModelIndex source = view.sourceIndexForPath(root, path);
        if (source.isValid())
            tree->expand(view.treeProxy()->mapFromSource(source));
    }
    if (place.hasCurrent && !view.selectPath(place.currentRoot, place.currentPath)) {
        // The row went away (an item removed): its parent, else nothing.
        QString parent = place.currentPath;
        const int cut
            = std::max(parent.lastIndexOf(QLatin1Char('.')), parent.lastIndexOf(QLatin1Char('[')));
        if (cut >= 0)
            view.selectPath(place.currentRoot, parent.left(cut));
    }
    view.bottomTabs()->setCurrentIndex(place.bottomTab);
    view.detail()->showChartTab(place.chartTab);
    ArrayView *array = view.detail()->arrayView();
    QTableView *table = array->table();
    if (view.detail()->page() == DetailPane::Page::Array && place.rowAxis >= 0) {
        array->showSlice(place.rowAxis, place.columnAxis, place.fixed);
        if (place.cellRow >= 0)
            table->setCurrentIndex(table->model()->index(place.cellRow, place.cellColumn));
    }
    if (place.focus == ViewPlace::Focus::Tree)
        tree->setFocus();
    else if (place.focus == ViewPlace::Focus::Table)
        table->setFocus();
    // Scroll once the rows are laid out.
    QPointer<QTreeView> guardTree = tree;
    QPointer<QTableView> guardTable = table;
    auto scroll = [guardTree, guardTable, place] {
        if (guardTree) {
            guardTree->verticalScrollBar()->setValue(place.treeScroll);
            guardTree->horizontalScrollBar()->setValue(place.treeScrollH);
        }
        if (guardTable && place.cellRow >= 0) {
            guardTable->verticalScrollBar()->setValue(place.tableScroll);
            guardTable->horizontalScrollBar()->setValue(place.tableScrollH);
        }
    };
    tree->doItemsLayout();
    scroll();
    QTimer::singleShot(0, tree, scroll);
}

} // namespace ps::gui
