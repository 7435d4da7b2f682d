// SPDX-License-Identifier: MIT
#pragma once

#include <QTreeView>

namespace ps::gui {

/// The object tree's view: F2 and double-click edit the row's value whichever column is
/// current. A row whose value cannot be typed in place (a container, an object) asks for
/// "Edit as literal…" on F2 and expands on double-click, as before.
class ObjectTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit ObjectTreeView(QWidget *parent = nullptr);
    /// The column edited in place (the value column).
    void setValueColumn(int column) { m_valueColumn = column; }

Q_SIGNALS:
    /// F2 on a row whose value is not edited in place.
    void editAsLiteralRequested(const QModelIndex &index);

protected:
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    /// End / Ctrl+End go to the real last row: lazily loaded lists on the way are fetched in
    /// full first (not one batch per key press).
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    /// Keeps the value column readable in a narrow window: the other columns give up width.
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumns();
    /// The width the texts of `column` need in the rows on screen, margins included.
    int widestText(int column) const;

    int m_valueColumn = 0;
};

} // namespace ps::gui
