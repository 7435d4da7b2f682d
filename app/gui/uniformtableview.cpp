// SPDX-License-Identifier: MIT
#include "uniformtableview.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionHeader>

#include <algorithm>
#include <limits>

namespace ps::gui {

namespace {
/// Viewport coordinates of rows far from the ones shown are clamped to this (a QRect holds
/// ints; 2^30 pixels are 40 million rows of 25 pixels away).
constexpr qint64 kFarAway = qint64(1) << 30;
/// Rows measured at most when a column is sized to its contents.
constexpr int kMeasuredRows = 1000;

int clampedPixels(qint64 value)
{
    return static_cast<int>(std::clamp(value, -kFarAway, kFarAway));
}

/// Column titles as QTableView's: a column with selected cells has its title in bold. The
/// header is not given the view's selection model: QHeaderView asks it whether whole columns
/// are selected, row by row (a second per paint over ten million selected rows); here the
/// selection's ranges are looked at instead.
class ListingHeader : public QHeaderView
{
public:
    explicit ListingHeader(QAbstractItemView *view)
        : QHeaderView(Qt::Horizontal, view)
        , m_view(view)
    {}

protected:
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override
    {
        QHeaderView::initStyleOptionForIndex(option, logicalIndex);
        const QItemSelectionModel *selection = m_view->selectionModel();
        if (!highlightSections() || !selection)
            return;
        for (const QItemSelectionRange &range : selection->selection()) {
            if (range.left() <= logicalIndex && logicalIndex <= range.right()) {
                option->state |= QStyle::State_On;
                return;
            }
        }
    }

private:
    QAbstractItemView *m_view;
};

/// Floor division (a point above the viewport is in the row before the first one shown).
qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

/// Whether any selected range covers `row`.
bool rowHasSelection(const QItemSelectionModel *selection, int row)
{
    if (!selection)
        return false;
    for (const QItemSelectionRange &range : selection->selection()) {
        if (range.top() <= row && row <= range.bottom())
            return true;
    }
    return false;
}
} // namespace

/// The row labels left of the rows: painted from the model's vertical header data for the
/// rows shown, so it keeps nothing per row (QHeaderView keeps a section each).
class RowLabelGutter : public QWidget
{
public:
    explicit RowLabelGutter(UniformTableView *view)
        : QWidget(view)
        , m_view(view)
    {}

    QString label(int row) const
    {
        return m_view->model()->headerData(row, Qt::Vertical, Qt::DisplayRole).toString();
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter painter(this);
        painter.fillRect(event->rect(), palette().button());
        const QAbstractItemModel *model = m_view->model();
        if (!model)
            return;
        const int rows = m_view->rowCount();
        const int first = m_view->firstVisibleRow();
        const int height = m_view->m_rowHeight;
        const QFont plain = font();
        QFont bold = plain;
        bold.setBold(true);
        for (int row = first + std::max(0, event->rect().top() / height);
             row < rows && (row - first) * height <= event->rect().bottom(); ++row) {
            QStyleOptionHeader option;
            option.initFrom(this);
            option.rect = QRect(0, (row - first) * height, width(), height);
            option.section = row;
            option.orientation = Qt::Vertical;
            option.position = QStyleOptionHeader::Middle;
            option.text = label(row);
            const QVariant align = model->headerData(row, Qt::Vertical, Qt::TextAlignmentRole);
            option.textAlignment
                = align.isValid()
                      ? Qt::Alignment(align.toInt())
                      : Qt::AlignLeft | Qt::AlignVCenter; // QHeaderView's vertical default
            const bool selected = rowHasSelection(m_view->selectionModel(), row);
            if (selected)
                option.state |= QStyle::State_On;
            painter.setFont(selected ? bold : plain);
            style()->drawControl(QStyle::CE_Header, &option, &painter, this);
        }
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        const int row = m_view->rowAt(event->position().toPoint().y());
        if (event->button() != Qt::LeftButton || row < 0)
            return QWidget::mousePressEvent(event);
        const QModelIndex current = m_view->currentIndex();
        const bool extend = (event->modifiers() & Qt::ShiftModifier) && current.isValid();
        m_view->setFocus(Qt::MouseFocusReason);
        m_anchor = extend ? current.row() : row;
        m_command = (event->modifiers() & Qt::ControlModifier)
                        ? QItemSelectionModel::Select
                        : QItemSelectionModel::ClearAndSelect;
        m_view->selectRows(m_anchor, row, m_command);
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (m_anchor < 0 || !(event->buttons() & Qt::LeftButton))
            return QWidget::mouseMoveEvent(event);
        const int y = std::clamp(event->position().toPoint().y(), 0, std::max(0, height() - 1));
        const int row = m_view->rowAt(y);
        if (row >= 0)
            m_view->selectRows(m_anchor, row, m_command);
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        m_anchor = -1;
        QWidget::mouseReleaseEvent(event);
    }

private:
    UniformTableView *m_view;
    int m_anchor = -1;
    QItemSelectionModel::SelectionFlags m_command = QItemSelectionModel::ClearAndSelect;
};

UniformTableView::UniformTableView(QWidget *parent)
    : QAbstractItemView(parent)
    , m_header(new ListingHeader(this))
    , m_rowLabels(new RowLabelGutter(this))
{
    m_rowLabels->hide();
    m_rowHeight = fontMetrics().height() + 6;
    m_header->setSectionsClickable(false);
    m_header->setHighlightSections(true);
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerItem);
    connect(m_header, &QHeaderView::sectionResized, this, &UniformTableView::columnResized);
    connect(m_header, &QHeaderView::sectionCountChanged, this, &UniformTableView::updateGeometries);
    connect(m_header, &QHeaderView::geometriesChanged, this, &UniformTableView::updateGeometries);
    connect(m_header, &QHeaderView::sectionHandleDoubleClicked, this,
            &UniformTableView::resizeColumnToContents);
}

UniformTableView::~UniformTableView() = default;

void UniformTableView::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : m_modelConnections)
        disconnect(c);
    m_modelConnections.clear();
    QAbstractItemView::setModel(model);
    m_header->setModel(model);
    if (model) {
        // Rows inserted come through rowsInserted(); a removal, a new layout or a reset
        // changes the scroll range as well.
        auto relayout = [this] {
            updateGeometries();
            viewport()->update();
        };
        m_modelConnections.push_back(
            connect(model, &QAbstractItemModel::rowsRemoved, this, relayout));
        m_modelConnections.push_back(
            connect(model, &QAbstractItemModel::layoutChanged, this, relayout));
        m_modelConnections.push_back(
            connect(model, &QAbstractItemModel::modelReset, this, relayout));
    }
    updateGeometries();
}

void UniformTableView::setRowLabelsVisible(bool visible)
{
    m_rowLabels->setVisible(visible);
    updateGeometries();
}

bool UniformTableView::rowLabelsVisible() const
{
    return !m_rowLabels->isHidden();
}

void UniformTableView::setRowLabelWidth(int width)
{
    m_fixedRowLabelWidth = std::max(0, width);
    updateGeometries();
}

int UniformTableView::rowLabelWidth() const
{
    if (m_rowLabels->isHidden())
        return 0;
    return m_fixedRowLabelWidth > 0 ? m_fixedRowLabelWidth : rowLabelSizeHint();
}

int UniformTableView::rowLabelSizeHint() const
{
    const auto *gutter = static_cast<const RowLabelGutter *>(m_rowLabels);
    QStyleOptionHeader option;
    option.initFrom(m_rowLabels);
    option.orientation = Qt::Vertical;
    QFont bold = m_rowLabels->font();
    bold.setBold(true); // a selected row's label is bold: it must fit as well
    option.fontMetrics = QFontMetrics(bold);
    // The widest label of the rows shown and the last row (the style measures option.text).
    option.text = QStringLiteral("0");
    auto measure = [&](int row) {
        const QString text = gutter->label(row);
        if (option.fontMetrics.horizontalAdvance(text)
            > option.fontMetrics.horizontalAdvance(option.text))
            option.text = text;
    };
    const int rows = rowCount();
    if (model() && rows > 0) {
        const int first = firstVisibleRow();
        for (int row = first; row < rows && row <= first + rowsPerPage(); ++row)
            measure(row);
        measure(rows - 1);
    }
    return style()
        ->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), m_rowLabels)
        .width();
}

QWidget *UniformTableView::rowLabels() const
{
    return m_rowLabels;
}

void UniformTableView::selectRows(int anchor, int row, QItemSelectionModel::SelectionFlags command)
{
    const int left = firstVisibleColumn();
    if (!model() || !selectionModel() || left < 0)
        return;
    const QModelIndex root = rootIndex();
    const int lastColumn = model()->columnCount(root) - 1;
    const QItemSelection rows(model()->index(std::min(anchor, row), 0, root),
                              model()->index(std::max(anchor, row), lastColumn, root));
    selectionModel()->setCurrentIndex(model()->index(row, left, root),
                                      QItemSelectionModel::NoUpdate);
    selectionModel()->select(rows, command);
    scrollTo(model()->index(row, left, root));
}

void UniformTableView::setColumnsSelectableByTitle(bool on)
{
    m_header->setSectionsClickable(on);
    disconnect(m_header, &QHeaderView::sectionPressed, this, &UniformTableView::titlePressed);
    disconnect(m_header, &QHeaderView::sectionEntered, this, &UniformTableView::titleEntered);
    if (on) {
        connect(m_header, &QHeaderView::sectionPressed, this, &UniformTableView::titlePressed);
        connect(m_header, &QHeaderView::sectionEntered, this, &UniformTableView::titleEntered);
    }
}

void UniformTableView::titlePressed(int column)
{
    const Qt::KeyboardModifiers modifiers = QGuiApplication::keyboardModifiers();
    const QModelIndex current = currentIndex();
    const bool extend = (modifiers & Qt::ShiftModifier) && current.isValid();
    m_columnAnchor = extend ? current.column() : column;
    m_columnCommand = (modifiers & Qt::ControlModifier) ? QItemSelectionModel::Select
                                                        : QItemSelectionModel::ClearAndSelect;
    setFocus(Qt::MouseFocusReason);
    selectColumns(m_columnAnchor, column, m_columnCommand);
}

void UniformTableView::titleEntered(int column)
{
    if (m_columnAnchor >= 0 && (QGuiApplication::mouseButtons() & Qt::LeftButton))
        selectColumns(m_columnAnchor, column, m_columnCommand);
}

void UniformTableView::selectColumns(int anchor, int column,
                                     QItemSelectionModel::SelectionFlags command)
{
    const int rows = rowCount();
    if (!model() || !selectionModel() || rows == 0)
        return;
    const QModelIndex root = rootIndex();
    // The columns between in visual order (titles can be moved), hidden ones left out.
    const int from = std::min(m_header->visualIndex(anchor), m_header->visualIndex(column));
    const int to = std::max(m_header->visualIndex(anchor), m_header->visualIndex(column));
    QItemSelection columns;
    for (int visual = from; visual <= to; ++visual) {
        const int logical = m_header->logicalIndex(visual);
        if (logical >= 0 && !m_header->isSectionHidden(logical))
            columns.select(model()->index(0, logical, root),
                           model()->index(rows - 1, logical, root));
    }
    selectionModel()->setCurrentIndex(model()->index(firstVisibleRow(), column, root),
                                      QItemSelectionModel::NoUpdate);
    selectionModel()->select(columns, command);
}

void UniformTableView::setColumnHidden(int column, bool hide)
{
    m_header->setSectionHidden(column, hide);
}

bool UniformTableView::isColumnHidden(int column) const
{
    return m_header->isSectionHidden(column);
}

void UniformTableView::setColumnWidth(int column, int width)
{
    m_header->resizeSection(column, width);
}

int UniformTableView::columnWidth(int column) const
{
    return m_header->sectionSize(column);
}

void UniformTableView::resizeColumnToContents(int column)
{
    m_header->resizeSection(column,
                            std::max(sizeHintForColumn(column), m_header->sectionSizeHint(column)));
}

void UniformTableView::setRowHeight(int height)
{
    m_rowHeightSet = true;
    m_rowHeight = std::max(1, height);
    updateGeometries();
    viewport()->update();
}

void UniformTableView::setWordWrap(bool on)
{
    m_wordWrap = on;
    viewport()->update();
}

void UniformTableView::setShowGrid(bool show)
{
    m_showGrid = show;
    viewport()->update();
}

int UniformTableView::rowCount() const
{
    return model() ? model()->rowCount(rootIndex()) : 0;
}

int UniformTableView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

int UniformTableView::rowsPerPage() const
{
    return std::max(1, viewport()->height() / m_rowHeight);
}

int UniformTableView::rowAt(int y) const
{
    // As QTableView: a point above or below the viewport is in the row there (a drag
    // selection past the viewport's edge moves the current row).
    const qint64 row = qint64(firstVisibleRow()) + floorDiv(y, m_rowHeight);
    return row >= 0 && row < rowCount() ? static_cast<int>(row) : -1;
}

int UniformTableView::columnAt(int x) const
{
    return m_header->logicalIndexAt(x);
}

int UniformTableView::rowViewportPosition(int row) const
{
    return clampedPixels((qint64(row) - firstVisibleRow()) * m_rowHeight);
}

int UniformTableView::firstVisibleColumn() const
{
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        if (!m_header->isSectionHidden(logical))
            return logical;
    }
    return -1;
}

int UniformTableView::lastVisibleColumn() const
{
    for (int visual = m_header->count() - 1; visual >= 0; --visual) {
        const int logical = m_header->logicalIndex(visual);
        if (!m_header->isSectionHidden(logical))
            return logical;
    }
    return -1;
}

int UniformTableView::adjacentVisibleColumn(int column, int step) const
{
    for (int visual = m_header->visualIndex(column) + step;
         visual >= 0 && visual < m_header->count(); visual += step) {
        const int logical = m_header->logicalIndex(visual);
        if (!m_header->isSectionHidden(logical))
            return logical;
    }
    return -1;
}

QRect UniformTableView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != model() || index.parent() != rootIndex())
        return {};
    // As QTableView: the cell without its grid line (a hidden column has no width).
    const int grid = m_showGrid ? 1 : 0;
    return QRect(m_header->sectionViewportPosition(index.column()),
                 rowViewportPosition(index.row()), m_header->sectionSize(index.column()) - grid,
                 m_rowHeight - grid);
}

QModelIndex UniformTableView::indexAt(const QPoint &point) const
{
    const int row = rowAt(point.y());
    const int column = columnAt(point.x());
    if (row < 0 || column < 0)
        return {};
    return model()->index(row, column, rootIndex());
}

void UniformTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid() || index.model() != model() || index.parent() != rootIndex())
        return;
    updateScrollBars(); // the range may still be the one before the last layout
    const int page = rowsPerPage();
    const int row = index.row();
    const int first = firstVisibleRow();
    int top = first;
    switch (hint) {
    case EnsureVisible:
        if (row < first)
            top = row;
        else if (row >= first + page)
            top = row - page + 1;
        break;
    case PositionAtTop:
        top = row;
        break;
    case PositionAtBottom:
        top = row - page + 1;
        break;
    case PositionAtCenter:
        top = row - (page - 1) / 2;
        break;
    }
    verticalScrollBar()->setValue(std::max(0, top));

    // Horizontally: the cell's column in view, its left edge first when it is wider.
    const int column = index.column();
    if (m_header->isSectionHidden(column))
        return;
    const int left = m_header->sectionPosition(column);
    const int right = left + m_header->sectionSize(column);
    const int offset = horizontalScrollBar()->value();
    const int width = viewport()->width();
    if (left < offset)
        horizontalScrollBar()->setValue(left);
    else if (right > offset + width)
        horizontalScrollBar()->setValue(std::min(left, right - width));
}

QModelIndex UniformTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const int rows = rowCount();
    const int firstColumn = firstVisibleColumn();
    if (!model() || rows == 0 || firstColumn < 0)
        return {};
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return model()->index(0, firstColumn, rootIndex());
    qint64 row = current.row();
    int column = isColumnHidden(current.column()) ? firstColumn : current.column();
    // Whole rows are selected: Home and End go to the first and last row, as in a list.
    const bool rowWise = selectionBehavior() == SelectRows;
    const bool control = modifiers & Qt::ControlModifier;
    switch (cursorAction) {
    case MoveUp:
        --row;
        break;
    case MoveDown:
        ++row;
        break;
    case MovePageUp:
        row -= rowsPerPage();
        break;
    case MovePageDown:
        row += rowsPerPage();
        break;
    case MoveLeft:
    case MoveRight: {
        const int next = adjacentVisibleColumn(column, cursorAction == MoveLeft ? -1 : 1);
        if (next >= 0)
            column = next;
        break;
    }
    case MovePrevious:
    case MoveNext: {
        const int step = cursorAction == MovePrevious ? -1 : 1;
        const int next = adjacentVisibleColumn(column, step);
        if (next >= 0) {
            column = next;
        } else if (row + step >= 0 && row + step < rows) {
            row += step;
            column = step > 0 ? firstColumn : lastVisibleColumn();
        }
        break;
    }
    case MoveHome:
        if (rowWise || control)
            row = 0;
        if (!rowWise)
            column = firstColumn;
        break;
    case MoveEnd:
        if (rowWise || control)
            row = rows - 1;
        if (!rowWise)
            column = lastVisibleColumn();
        break;
    }
    row = std::clamp<qint64>(row, 0, rows - 1);
    return model()->index(static_cast<int>(row), column, rootIndex());
}

int UniformTableView::horizontalOffset() const
{
    return m_header->offset();
}

int UniformTableView::verticalOffset() const
{
    return clampedPixels(qint64(firstVisibleRow()) * m_rowHeight);
}

bool UniformTableView::isIndexHidden(const QModelIndex &index) const
{
    return m_header->isSectionHidden(index.column());
}

void UniformTableView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    QItemSelectionModel *selection = selectionModel();
    const int rows = rowCount();
    const int columns = model() ? model()->columnCount(rootIndex()) : 0;
    if (!selection || rows == 0 || columns == 0)
        return;
    const QRect r = rect.normalized();
    const qint64 first = firstVisibleRow();
    qint64 top = first + floorDiv(r.top(), m_rowHeight);
    qint64 bottom = first + floorDiv(r.bottom(), m_rowHeight);
    if (bottom < 0 || top >= rows)
        return;
    top = std::max<qint64>(top, 0);
    bottom = std::min<qint64>(bottom, rows - 1);
    if (selectionBehavior() == SelectColumns) {
        top = 0;
        bottom = rows - 1;
    }
    const QModelIndex root = rootIndex();
    QItemSelection cells;
    auto addColumns = [&](int left, int right) {
        cells.append(QItemSelectionRange(model()->index(static_cast<int>(top), left, root),
                                         model()->index(static_cast<int>(bottom), right, root)));
    };
    if (selectionBehavior() == SelectRows) {
        addColumns(0, columns - 1);
    } else {
        // The visible columns the rectangle spans, in visual order (ends outside the header
        // are the first and last column).
        const int count = m_header->count();
        int leftVisual = m_header->visualIndexAt(r.left());
        int rightVisual = m_header->visualIndexAt(r.right());
        if (leftVisual < 0)
            leftVisual = r.left() < 0 ? 0 : count;
        if (rightVisual < 0)
            rightVisual = r.right() < 0 ? -1 : count - 1;
        for (int visual = leftVisual; visual <= rightVisual; ++visual) {
            const int logical = m_header->logicalIndex(visual);
            if (!m_header->isSectionHidden(logical))
                addColumns(logical, logical);
        }
        if (cells.isEmpty())
            return;
    }
    selection->select(cells, command);
}

QRegion UniformTableView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    const qint64 first = firstVisibleRow();
    const qint64 last = first + rowsPerPage(); // a part-shown row below the full ones
    const int grid = m_showGrid ? 1 : 0;
    for (const QItemSelectionRange &range : selection) {
        if (!range.isValid() || range.parent() != rootIndex() || range.model() != model())
            continue;
        const qint64 top = std::max<qint64>(range.top(), first);
        const qint64 bottom = std::min<qint64>(range.bottom(), last);
        if (top > bottom)
            continue;
        int left = std::numeric_limits<int>::max();
        int right = std::numeric_limits<int>::min();
        for (int column = range.left(); column <= range.right(); ++column) {
            if (m_header->isSectionHidden(column))
                continue;
            const int x = m_header->sectionViewportPosition(column);
            left = std::min(left, x);
            right = std::max(right, x + m_header->sectionSize(column) - 1);
        }
        if (left > right)
            continue;
        const int y = static_cast<int>((top - first) * m_rowHeight);
        const int height = static_cast<int>((bottom - top + 1) * m_rowHeight);
        region += QRect(left, y, right - left + 1 - grid, height - grid);
    }
    return region;
}

void UniformTableView::initViewItemOption(QStyleOptionViewItem *option) const
{
    QAbstractItemView::initViewItemOption(option);
    option->showDecorationSelected = true;
    if (m_wordWrap)
        option->features |= QStyleOptionViewItem::WrapText;
    else
        option->features &= ~QStyleOptionViewItem::WrapText;
}

void UniformTableView::paintEvent(QPaintEvent *event)
{
    const int rows = rowCount();
    if (!model() || rows == 0 || m_header->count() == 0)
        return;
    QPainter painter(viewport());
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QRect area = event->rect();
    const int first = firstVisibleRow();
    const int lastRow = static_cast<int>(std::min<qint64>(
        rows - 1, qint64(first) + (area.bottom() < 0 ? 0 : area.bottom() / m_rowHeight)));
    const int firstRow = first + std::max(0, area.top() / m_rowHeight);
    int leftVisual = m_header->visualIndexAt(area.left());
    int rightVisual = m_header->visualIndexAt(area.right());
    if (leftVisual < 0)
        leftVisual = 0;
    if (rightVisual < 0)
        rightVisual = m_header->count() - 1;

    const QModelIndex root = rootIndex();
    const QModelIndex current = currentIndex();
    const bool focus = (hasFocus() || viewport()->hasFocus()) && current.isValid();
    QItemSelectionModel *selection = selectionModel();
    const int grid = m_showGrid ? 1 : 0;
    const QColor gridColor = QColor::fromRgba(
        static_cast<QRgb>(style()->styleHint(QStyle::SH_Table_GridLineColor, &option, this)));
    const QPen gridPen(gridColor, 1, Qt::SolidLine);
    int rightEdge = area.left();
    for (int row = firstRow; row <= lastRow; ++row) {
        const int y = (row - first) * m_rowHeight;
        for (int visual = leftVisual; visual <= rightVisual; ++visual) {
            const int column = m_header->logicalIndex(visual);
            if (m_header->isSectionHidden(column))
                continue;
            const int x = m_header->sectionViewportPosition(column);
            const int width = m_header->sectionSize(column);
            rightEdge = std::max(rightEdge, x + width - 1);
            const QModelIndex index = model()->index(row, column, root);
            if (!index.isValid())
                continue;
            QStyleOptionViewItem cell = option;
            cell.rect = QRect(x, y, width - grid, m_rowHeight - grid);
            if (selection && selection->isSelected(index))
                cell.state |= QStyle::State_Selected;
            if (option.state & QStyle::State_Enabled) {
                QPalette::ColorGroup group = QPalette::Normal;
                if (!(model()->flags(index) & Qt::ItemIsEnabled)) {
                    cell.state &= ~QStyle::State_Enabled;
                    group = QPalette::Disabled;
                }
                cell.palette.setCurrentColorGroup(group);
            }
            if (focus && index == current)
                cell.state |= QStyle::State_HasFocus;
            if (alternatingRowColors() && (row & 1))
                cell.features |= QStyleOptionViewItem::Alternate;
            else
                cell.features &= ~QStyleOptionViewItem::Alternate;
            style()->drawPrimitive(QStyle::PE_PanelItemViewRow, &cell, &painter, this);
            itemDelegateForIndex(index)->paint(&painter, cell, index);
            if (grid) {
                painter.setPen(gridPen);
                painter.drawLine(x + width - 1, y, x + width - 1, y + m_rowHeight - 1);
            }
        }
        if (grid) {
            painter.setPen(gridPen);
            painter.drawLine(area.left(), y + m_rowHeight - 1, rightEdge, y + m_rowHeight - 1);
        }
    }
}

void UniformTableView::scrollContentsBy(int dx, int dy)
{
    if (dx)
        m_header->setOffset(horizontalScrollBar()->value());
    if (dy && !m_rowLabels->isHidden()) {
        if (m_fixedRowLabelWidth == 0 && rowLabelSizeHint() != m_rowLabels->width())
            updateGeometries(); // wider labels came into view
        m_rowLabels->update();
    }
    // dy counts rows: move the pixels of a small scroll, paint a big one afresh.
    if (dy != 0 && std::abs(qint64(dy)) >= rowsPerPage() + 1) {
        viewport()->update();
        return;
    }
    viewport()->scroll(dx, dy * m_rowHeight);
}

void UniformTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange && !m_rowHeightSet) {
        m_rowHeight = fontMetrics().height() + 6;
        updateGeometries();
    }
    QAbstractItemView::changeEvent(event);
}

QSize UniformTableView::viewportSizeHint() const
{
    return QSize(m_header->length(),
                 static_cast<int>(std::min<qint64>(rowCount(), 20) * m_rowHeight));
}

int UniformTableView::sizeHintForRow(int row) const
{
    return row >= 0 && row < rowCount() ? m_rowHeight : -1;
}

int UniformTableView::sizeHintForColumn(int column) const
{
    // The rows shown, or the first ones before the view is laid out: never every row.
    if (!model() || column < 0 || column >= m_header->count() || isColumnHidden(column))
        return -1;
    const int rows = rowCount();
    const int first = viewport()->height() > 0 ? firstVisibleRow() : 0;
    const int last = std::min(rows, first + std::min(kMeasuredRows, rowsPerPage() + 1));
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    int hint = 0;
    for (int row = first; row < last; ++row) {
        const QModelIndex index = model()->index(row, column, rootIndex());
        hint = std::max(hint, itemDelegateForIndex(index)->sizeHint(option, index).width());
    }
    return hint + (m_showGrid ? 1 : 0);
}

void UniformTableView::doItemsLayout()
{
    QAbstractItemView::doItemsLayout(); // geometries, and the viewport painted again
    m_header->doItemsLayout();
}

void UniformTableView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                   const QList<int> &roles)
{
    // Repaint only when a changed row is shown.
    const qint64 first = firstVisibleRow();
    if (topLeft.parent() != rootIndex() || bottomRight.row() < first
        || topLeft.row() > first + rowsPerPage())
        return;
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
}

void UniformTableView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    if (parent == rootIndex()) {
        updateGeometries();
        viewport()->update();
    }
}

void UniformTableView::selectionChanged(const QItemSelection &selected,
                                        const QItemSelection &deselected)
{
    QAbstractItemView::selectionChanged(selected, deselected);
    m_header->viewport()->update(); // titles in bold or not
    m_rowLabels->update();
}

void UniformTableView::columnResized()
{
    updateScrollBars();
    viewport()->update();
}

void UniformTableView::updateScrollBars()
{
    const int page = rowsPerPage();
    QScrollBar *vertical = verticalScrollBar();
    vertical->setSingleStep(1);
    vertical->setPageStep(page);
    vertical->setRange(0, std::max(0, rowCount() - page));

    const int width = viewport()->width();
    QScrollBar *horizontal = horizontalScrollBar();
    const int columns = std::max(1, m_header->count() - m_header->hiddenSectionCount());
    horizontal->setSingleStep(std::max(width / (columns + 1), 2));
    horizontal->setPageStep(width);
    horizontal->setRange(0, std::max(0, m_header->length() - width));
}

void UniformTableView::updateGeometries()
{
    if (m_inGeometryUpdate)
        return;
    m_inGeometryUpdate = true;
    const int headerHeight
        = m_header->isHidden()
              ? 0
              : std::clamp(m_header->sizeHint().height(), m_header->minimumHeight(),
                           std::max(m_header->minimumHeight(), m_header->maximumHeight()));
    const int gutter = rowLabelWidth();
    setViewportMargins(gutter, headerHeight, 0, 0);
    const QRect area = viewport()->geometry();
    m_header->setGeometry(area.left(), area.top() - headerHeight, area.width(), headerHeight);
    if (gutter > 0) {
        m_rowLabels->setGeometry(area.left() - gutter, area.top(), gutter, area.height());
        m_rowLabels->update();
    }
    if (m_header->isHidden())
        QMetaObject::invokeMethod(m_header, "updateGeometries");
    updateScrollBars();
    m_header->setOffset(horizontalScrollBar()->value());
    m_inGeometryUpdate = false;
    QAbstractItemView::updateGeometries();
}

} // namespace ps::gui
