// SPDX-License-Identifier: MIT
#include "objecttreeview.h"

#include "objecttreemodel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace {
/// The value column keeps at least this width while the other columns can give some up.
constexpr int kMinValueWidth = 220;
constexpr int kMinNameWidth = 140;
constexpr int kMinOtherWidth = 70;
} // namespace

namespace ps::gui {

ObjectTreeView::ObjectTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setTextElideMode(Qt::ElideMiddle); // long names keep their start and end; full in tooltips
}

void ObjectTreeView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    fitColumns();
}

void ObjectTreeView::fitColumns()
{
    if (!model())
        return;
    const int columns = header()->count();
    int others = 0;
    for (int c = 0; c < columns; ++c) {
        if (c != m_valueColumn && !isColumnHidden(c))
            others += columnWidth(c);
    }
    int deficit = kMinValueWidth - (viewport()->width() - others);
    for (int c = 0; c < columns && deficit > 0; ++c) {
        if (c == m_valueColumn || isColumnHidden(c))
            continue;
        const int give
            = std::min(deficit, columnWidth(c) - (c == 0 ? kMinNameWidth : kMinOtherWidth));
        if (give > 0) {
            setColumnWidth(c, columnWidth(c) - give);
            deficit -= give;
        }
    }
}

bool ObjectTreeView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    if (!index.isValid() || (trigger != EditKeyPressed && trigger != DoubleClicked))
        return QTreeView::edit(index, trigger, event);
    const QModelIndex value = index.siblingAtColumn(m_valueColumn);
    if (value.flags() & Qt::ItemIsEditable)
        return QTreeView::edit(value, trigger, event);
    if (trigger == EditKeyPressed && editTriggers() != NoEditTriggers) {
        Q_EMIT editAsLiteralRequested(index);
        return true;
    }
    return false;
}

QModelIndex ObjectTreeView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    if (action != MoveEnd || !model())
        return QTreeView::moveCursor(action, modifiers);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(model());
    auto *tree = qobject_cast<ObjectTreeModel *>(proxy ? proxy->sourceModel() : model());
    QModelIndex parent = rootIndex();
    QModelIndex last;
    for (;;) {
        if (tree && model()->canFetchMore(parent))
            tree->fetchAll(proxy ? proxy->mapToSource(parent) : parent);
        while (model()->canFetchMore(parent)) // another model: batch by batch
            model()->fetchMore(parent);
        const int rows = model()->rowCount(parent);
        if (rows == 0)
            break;
        last = model()->index(rows - 1, 0, parent);
        if (!isExpanded(last) || !model()->hasChildren(last))
            break;
        parent = last;
    }
    return last.isValid() ? last : QTreeView::moveCursor(action, modifiers);
}

} // namespace ps::gui
