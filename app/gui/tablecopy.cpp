// SPDX-License-Identifier: MIT
#include "tablecopy.h"

#include "uniformtableview.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QTableView>

#include <algorithm>
#include <vector>

namespace ps::gui {

namespace {
/// Cells copied at most: a selected column of a million-row frame is copied in full, a
/// select-all of a huge table is not turned into gigabytes of text.
constexpr qint64 kMaxCopiedCells = 5'000'000;

/// A column the view does not show is not copied (the opcode listing's Pickle column of a
/// single-pickle file).
bool columnHidden(const QAbstractItemView *view, int column)
{
    if (const auto *table = qobject_cast<const QTableView *>(view))
        return table->isColumnHidden(column);
    if (const auto *table = qobject_cast<const UniformTableView *>(view))
        return table->isColumnHidden(column);
    return false;
}
} // namespace

TableCopy::TableCopy(QAbstractItemView *view, int role)
    : QObject(view)
    , m_view(view)
    , m_role(role)
{}

void TableCopy::install(QAbstractItemView *view, int role)
{
    view->installEventFilter(new TableCopy(view, role));
}

QString TableCopy::selectionText(const QAbstractItemView *view, int role)
{
    const QItemSelectionModel *selection = view->selectionModel();
    if (!selection || !view->model())
        return {};
    const QItemSelection ranges = selection->selection();
    if (ranges.isEmpty())
        return {};
    int top = INT32_MAX, left = INT32_MAX, bottom = -1, right = -1;
    for (const QItemSelectionRange &r : ranges) {
        top = std::min(top, r.top());
        left = std::min(left, r.left());
        bottom = std::max(bottom, r.bottom());
        right = std::max(right, r.right());
    }
    std::vector<int> copied; // the bounding rectangle's columns the view shows
    for (int column = left; column <= right; ++column)
        if (!columnHidden(view, column))
            copied.push_back(column);
    if (copied.empty())
        return {};
    const qint64 width = static_cast<qint64>(copied.size());
    const qint64 rows = std::min<qint64>(bottom - top + 1, kMaxCopiedCells / width + 1);
    const QAbstractItemModel *model = view->model();
    const QModelIndex root = view->rootIndex();
    QString out;
    for (qint64 r = 0; r < rows; ++r) {
        const int row = top + static_cast<int>(r);
        for (const int column : copied) {
            if (column != copied.front())
                out += QLatin1Char('\t');
            const QModelIndex index = model->index(row, column, root);
            if (!selection->isSelected(index))
                continue;
            QString text = index.data(role).toString();
            if (text.isEmpty() && role != Qt::DisplayRole)
                text = index.data(Qt::DisplayRole).toString();
            text.replace(QLatin1Char('\t'), QLatin1Char(' '));
            text.replace(QLatin1Char('\n'), QLatin1Char(' '));
            out += text;
        }
        out += QLatin1Char('\n');
    }
    return out;
}

bool TableCopy::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            // Claim the key before the window's Copy Path shortcut sees it.
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                const QString text = selectionText(m_view, m_role);
                if (!text.isEmpty())
                    QApplication::clipboard()->setText(text);
            }
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ps::gui
