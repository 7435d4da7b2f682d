// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAbstractItemView;

namespace ps::gui {

/// Ctrl+C (QKeySequence::Copy) on a table copies its selected cells as tab-separated values,
/// one line per row, instead of the window's Copy Path. Install once per view.
class TableCopy : public QObject
{
    Q_OBJECT

public:
    /// `role`: the model role whose text is copied (e.g. an exact value role).
    static void install(QAbstractItemView *view, int role = Qt::DisplayRole);
    /// The selected cells of `view` as TSV: the selection's bounding rectangle row by row,
    /// unselected cells empty, columns the view hides left out, tabs and line breaks inside
    /// cells turned into spaces.
    static QString selectionText(const QAbstractItemView *view, int role = Qt::DisplayRole);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TableCopy(QAbstractItemView *view, int role);
    QAbstractItemView *m_view;
    int m_role;
};

} // namespace ps::gui
