// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemView>

#include <vector>

class QHeaderView;

namespace ps::gui {

/// A table view for flat models whose rows all have the same height, with memory that does not
/// grow with the row count: rows are placed arithmetically (QTableView keeps a section per row
/// in its vertical header, ~16 bytes a row even when that header is hidden). Vertical
/// scrolling is in rows (the scroll bar's value is the first row shown), horizontal scrolling
/// in pixels; column titles, widths and hidden columns are a horizontal QHeaderView's. Row
/// labels (the model's vertical header data) can show in a gutter left of the rows, painted
/// for the rows shown only.
class UniformTableView : public QAbstractItemView
{
    Q_OBJECT

public:
    explicit UniformTableView(QWidget *parent = nullptr);
    ~UniformTableView() override;

    void setModel(QAbstractItemModel *model) override;

    QHeaderView *horizontalHeader() const { return m_header; }

    /// The row label gutter, as QTableView's vertical header: a label per row shown, in bold
    /// where the row has selected cells; a click selects the row (Shift: from the current row
    /// on, Ctrl: adds it), a drag the rows it passes. Hidden by default.
    void setRowLabelsVisible(bool visible);
    bool rowLabelsVisible() const;
    /// Fixes the gutter's width (0: its size hint, which follows the rows shown).
    void setRowLabelWidth(int width);
    /// The gutter's width now (0 when hidden).
    int rowLabelWidth() const;
    /// The width the labels of the rows shown and of the last row need.
    int rowLabelSizeHint() const;
    QWidget *rowLabels() const;

    /// A click on a column's title selects the column (Shift: from the current column on,
    /// Ctrl: adds it; a drag over titles the columns it passes), as QTableView's does. Off by
    /// default (the opcode listing selects rows).
    void setColumnsSelectableByTitle(bool on);

    void setColumnHidden(int column, bool hide);
    bool isColumnHidden(int column) const;
    void setColumnWidth(int column, int width);
    int columnWidth(int column) const;
    /// Widens a column to its title and the rows shown.
    void resizeColumnToContents(int column);

    /// Every row's height in pixels (at least 1); by default the font's height plus 6.
    void setRowHeight(int height);
    int rowHeight() const { return m_rowHeight; }
    /// The row at viewport height `y` (also above or below the viewport), or -1.
    int rowAt(int y) const;
    /// The logical column at viewport position `x`, or -1.
    int columnAt(int x) const;
    /// The viewport y of a row's top (negative above the first row shown).
    int rowViewportPosition(int row) const;
    /// The first row shown at the top of the viewport.
    int firstVisibleRow() const;
    /// Rows that fit entirely in the viewport (at least 1).
    int rowsPerPage() const;

    void setWordWrap(bool on);
    bool wordWrap() const { return m_wordWrap; }
    /// Grid lines between cells, as QTableView draws them (on by default).
    void setShowGrid(bool show);
    bool showGrid() const { return m_showGrid; }

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    int sizeHintForRow(int row) const override;
    int sizeHintForColumn(int column) const override;

public Q_SLOTS:
    void doItemsLayout() override;

protected Q_SLOTS:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void selectionChanged(const QItemSelection &selected,
                          const QItemSelection &deselected) override;
    void updateGeometries() override;

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void initViewItemOption(QStyleOptionViewItem *option) const override;

    void paintEvent(QPaintEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;
    QSize viewportSizeHint() const override;

private:
    int rowCount() const;
    /// The first and last visible logical columns in visual order (-1 when none).
    int firstVisibleColumn() const;
    int lastVisibleColumn() const;
    /// The next visible column after (step 1) or before (step -1) `column` in visual order,
    /// or -1.
    int adjacentVisibleColumn(int column, int step) const;
    /// Scroll bar ranges and steps from the row count, the viewport and the header's length.
    void updateScrollBars();
    void columnResized();
    /// Selects whole rows from `anchor` to `row` (the gutter's click and drag).
    void selectRows(int anchor, int row, QItemSelectionModel::SelectionFlags command);
    /// Selects whole columns from `anchor` to `column` in visual order.
    void selectColumns(int anchor, int column, QItemSelectionModel::SelectionFlags command);
    void titlePressed(int column);
    void titleEntered(int column);

    friend class RowLabelGutter;

    std::vector<QMetaObject::Connection> m_modelConnections;

    QHeaderView *m_header = nullptr;
    QWidget *m_rowLabels = nullptr;
    int m_fixedRowLabelWidth = 0;
    int m_columnAnchor = -1;
    QItemSelectionModel::SelectionFlags m_columnCommand = QItemSelectionModel::ClearAndSelect;
    int m_rowHeight = 0;
    bool m_rowHeightSet = false;
    bool m_wordWrap = true;
    bool m_showGrid = true;
    bool m_inGeometryUpdate = false;
};

} // namespace ps::gui
