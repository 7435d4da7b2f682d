// SPDX-License-Identifier: MIT
#include "objecttreeview.h"

namespace ps::gui {

ObjectTreeView::ObjectTreeView(QWidget *parent)
    : QTreeView(parent)
{}

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

} // namespace ps::gui
