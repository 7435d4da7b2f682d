// SPDX-License-Identifier: MIT
#include "objecttreeview.h"

#include "objecttreemodel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <algorithm>

namespace {
/// The value column keeps at least this width while the other columns can give some up.
constexpr int kMinValueWidth = 220;
constexpr int kMinNameWidth = 140;
constexpr int kMinOtherWidth = 70;
/// The Type column's width in a wide window: a longer type name is elided.
constexpr int kPreferredTypeWidth = 130;
/// Room around a cell's text (the style's margins on both sides).
constexpr int kCellMargins = 12;
} // namespace

namespace ps::gui {

ObjectTreeView::ObjectTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setTextElideMode(Qt::ElideMiddle); // long names keep their start and end; full in tooltips
    // Rows that come into view may need the Type column wider (once the tree is laid out).
    connect(this, &QTreeView::expanded, this,
            [this] { QTimer::singleShot(0, this, [this] { fitColumns(); }); });
}

void ObjectTreeView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    fitColumns();
}

int ObjectTreeView::widestText(int column) const
{
    // The rows on screen only: measuring never walks a big tree.
    const QFontMetrics metrics(font());
    int widest = 0;
    for (QModelIndex row = indexAt(QPoint(1, 1)); row.isValid(); row = indexBelow(row)) {
        if (visualRect(row).top() > viewport()->height())
            break;
        widest = std::max(widest,
                          metrics.horizontalAdvance(row.siblingAtColumn(column).data().toString()));
    }
    return widest + kCellMargins;
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
    const int type = ObjectTreeModel::TypeColumn;
    const int size = ObjectTreeModel::SizeColumn;
    const int name = ObjectTreeModel::NameColumn;
    if (std::max({type, size, name}) >= columns || m_valueColumn != ObjectTreeModel::ValueColumn)
        return;
    int deficit = kMinValueWidth - (viewport()->width() - others);
    const int typeText = std::min(widestText(type), kPreferredTypeWidth);
    // Rows shown since the columns were fitted (the tree expanded) may need a wider Type
    // column: the Value column's spare room gives it back, else the Name column's.
    if (const int missing = typeText - columnWidth(type); missing > 0) {
        const int spare = std::max(0, -deficit);
        const int give = std::min(missing, spare + std::max(0, columnWidth(name) - kMinNameWidth));
        if (give > 0) {
            const int fromName = std::max(0, give - spare);
            if (fromName > 0)
                setColumnWidth(name, columnWidth(name) - fromName);
            setColumnWidth(type, columnWidth(type) + give);
            deficit += give - fromName;
        }
    }
    if (deficit <= 0)
        return;
    const QString sizeHeader = model()->headerData(size, Qt::Horizontal).toString();
    const int sizeText = std::max(
        widestText(size), header()->fontMetrics().horizontalAdvance(sizeHeader) + kCellMargins);
    // Room is taken where it costs least to read: the Size column down to its numbers, the
    // Type column down to its texts, then the Name column (elided in the middle, the full
    // name in its tooltip), and only then the Type texts themselves.
    const struct
    {
        int column;
        int minimum;
    } steps[] = {{size, sizeText},
                 {type, std::max(kMinOtherWidth, typeText)},
                 {name, kMinNameWidth},
                 {type, kMinOtherWidth}};
    for (const auto &step : steps) {
        if (deficit <= 0)
            break;
        if (isColumnHidden(step.column))
            continue;
        const int give = std::min(deficit, columnWidth(step.column) - step.minimum);
        if (give > 0) {
            setColumnWidth(step.column, columnWidth(step.column) - give);
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
