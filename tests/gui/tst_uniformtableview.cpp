// SPDX-License-Identifier: MIT
// The opcode listing's table view places rows arithmetically: its geometry, scrolling, keyboard
// and mouse selection behave as a table's, over a real file's listing and over ten million
// rows, and its memory does not grow with the row count (QTableView's does).
#include "documentview.h"
#include "gui_testing.h"
#include "opcodemodel.h"
#include "tablecopy.h"
#include "uniformtableview.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QImage>
#include <QScrollBar>
#include <QSet>
#include <QTableView>

#include <malloc.h>

using namespace ps;
using namespace ps::gui;

namespace {

/// Ten million rows that exist only when asked for.
class BigModel : public QAbstractTableModel
{
public:
    static constexpr int kRows = 10'000'000;
    static constexpr int kColumns = 5;

    explicit BigModel(int rows = kRows)
        : m_rows(rows)
    {}
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_rows;
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : kColumns;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole || !index.isValid())
            return {};
        return QStringLiteral("r%1c%2").arg(index.row()).arg(index.column());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return QStringLiteral("Column %1").arg(section);
    }

private:
    int m_rows;
};

/// BigModel with row labels ("row 0", "row 1", ...), as a DataFrame's index.
class LabelledModel : public BigModel
{
public:
    using BigModel::BigModel;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Vertical && role == Qt::DisplayRole)
            return QStringLiteral("row %1").arg(section);
        return BigModel::headerData(section, orientation, role);
    }
};

/// Bytes the C heap holds (small blocks and mapped big ones).
qint64 heapBytes()
{
    const struct mallinfo2 info = mallinfo2();
    return static_cast<qint64>(info.uordblks) + static_cast<qint64>(info.hblkhd);
}

/// Configured as DocumentView configures its opcode listing.
void configure(UniformTableView &view)
{
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    view.setAlternatingRowColors(true);
    view.horizontalHeader()->setStretchLastSection(true);
    view.setWordWrap(false);
}

/// Configured, over `model`, shown at `size`, with column `hidden` hidden (when >= 0).
bool showOver(UniformTableView &view, QAbstractItemModel &model, QSize size, int hidden = -1)
{
    configure(view);
    view.setModel(&model);
    if (hidden >= 0)
        view.setColumnHidden(hidden, true);
    view.resize(size);
    view.show();
    return QTest::qWaitForWindowExposed(&view);
}

QList<int> selectedRowNumbers(const QAbstractItemView &view)
{
    QList<int> rows;
    for (const QModelIndex &index : view.selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<int> range(int first, int last)
{
    QList<int> rows;
    for (int row = first; row <= last; ++row)
        rows.append(row);
    return rows;
}

/// The centre of a row's cell in a shown column.
QPoint cellCentre(const UniformTableView &view, int row, int column)
{
    return view.visualRect(view.model()->index(row, column)).center();
}

/// Every shown cell's rectangle leads back to the cell and every viewport point to a cell
/// containing it; hidden columns are never hit.
void checkGeometry(UniformTableView &view)
{
    QAbstractItemModel *model = view.model();
    const int first = view.firstVisibleRow();
    const int height = view.viewport()->height();
    QVERIFY(height > 0);
    int checkedRows = 0;
    for (int row = first; row < model->rowCount() && view.rowViewportPosition(row) < height;
         ++row, ++checkedRows) {
        QCOMPARE(view.rowAt(view.rowViewportPosition(row)), row);
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QRect rect = view.visualRect(index);
            if (view.isColumnHidden(column)) {
                QVERIFY(rect.width() <= 0);
                continue;
            }
            QVERIFY(rect.isValid());
            QCOMPARE(rect.height(), view.rowHeight() - 1); // without the grid line
            QCOMPARE(view.indexAt(rect.center()), index);
            QCOMPARE(view.indexAt(rect.topLeft()), index);
            QCOMPARE(view.indexAt(rect.bottomRight()), index);
        }
    }
    QCOMPARE(checkedRows, std::min(model->rowCount() - first,
                                   (height + view.rowHeight() - 1) / view.rowHeight()));
    const int width = std::min(view.viewport()->width(), view.horizontalHeader()->length());
    for (int y = 0; y < height; y += 7) {
        for (int x = 0; x < width; x += 13) {
            const QModelIndex index = view.indexAt(QPoint(x, y));
            if (view.rowAt(y) < 0) {
                QVERIFY(!index.isValid());
                continue;
            }
            QVERIFY2(index.isValid(), qPrintable(QStringLiteral("%1,%2").arg(x).arg(y)));
            QVERIFY(!view.isColumnHidden(index.column()));
            QVERIFY(view.visualRect(index).adjusted(0, 0, 1, 1).contains(QPoint(x, y)));
        }
    }
}

} // namespace

class tst_UniformTableView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::setupTestApplication(); }

    /// A real file's opcode listing: geometry both ways, hidden Pickle column, and what is
    /// painted (header, alternating rows, the selected row's highlight).
    void fixtureListing()
    {
        const auto loaded
            = guitest::load(guitest::fixture(QStringLiteral("sk_random_forest_p2.pkl")));
        QVERIFY(loaded);
        OpcodeModel model(loaded);
        QVERIFY(model.rowCount() > 1000);
        UniformTableView view;
        configure(view);
        view.setModel(&model);
        view.setColumnHidden(OpcodeModel::PickleColumn, true);
        view.setColumnWidth(OpcodeModel::OffsetColumn, 150);
        view.setColumnWidth(OpcodeModel::OpcodeColumn, 220);
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.horizontalHeader()->isVisible());
        QVERIFY(view.horizontalHeader()->height() > 0);
        QCOMPARE(view.horizontalHeader()->geometry().bottom() + 1, view.viewport()->y());
        QCOMPARE(view.verticalScrollBar()->maximum(), model.rowCount() - view.rowsPerPage());
        checkGeometry(view);

        const int row = model.rowCount() / 2;
        view.scrollTo(model.index(row, OpcodeModel::OpcodeColumn),
                      QAbstractItemView::PositionAtTop);
        QCOMPARE(view.rowAt(0), row);
        checkGeometry(view);
        // Row `row` selected: painted in the highlight colour; the rows below alternate.
        view.selectionModel()->select(model.index(row, 0), QItemSelectionModel::ClearAndSelect
                                                               | QItemSelectionModel::Rows);
        QApplication::processEvents();
        const QImage image = view.viewport()->grab().toImage();
        const int x = view.viewport()->width() - 4; // the stretched Note column's empty end
        auto pixel = [&](int r) {
            return image.pixelColor(x, view.visualRect(model.index(r, 1)).center().y());
        };
        const QPalette palette = view.palette();
        QVERIFY2(pixel(row) == palette.color(QPalette::Active, QPalette::Highlight)
                     || pixel(row) == palette.color(QPalette::Inactive, QPalette::Highlight),
                 qPrintable(pixel(row).name()));
        QVERIFY(pixel(row + 1) != pixel(row + 2));
        QCOMPARE(pixel(row + 1), pixel(row + 3));
        QVERIFY(pixel(row + 1) == palette.color(QPalette::Base)
                || pixel(row + 1) == palette.color(QPalette::AlternateBase));
    }

    /// Ten million rows: geometry at the start, the middle and the end.
    void bigModelGeometry()
    {
        BigModel model;
        UniformTableView view;
        QVERIFY(showOver(view, model, QSize(700, 360), 0));
        QCOMPARE(view.verticalScrollBar()->maximum(), BigModel::kRows - view.rowsPerPage());
        for (int row : {0, BigModel::kRows / 2 + 17, BigModel::kRows - 1}) {
            view.scrollTo(model.index(row, 1), QAbstractItemView::PositionAtTop);
            checkGeometry(view);
        }
        QCOMPARE(view.rowAt(view.viewport()->height() - 1), BigModel::kRows - 1);
        // A row far away still has its place (shift-click and drag selection compute with it).
        view.scrollTo(model.index(0, 1), QAbstractItemView::PositionAtTop);
        const QRect far = view.visualRect(model.index(5'000'000, 1));
        QCOMPARE(far.top(), 5'000'000 * view.rowHeight());
    }

    void scrollHints_data()
    {
        QTest::addColumn<int>("row");
        QTest::newRow("first") << 0;
        QTest::newRow("early") << 3;
        QTest::newRow("middle") << BigModel::kRows / 3;
        QTest::newRow("near end") << BigModel::kRows - 4;
        QTest::newRow("last") << BigModel::kRows - 1;
    }
    void scrollHints()
    {
        QFETCH(int, row);
        BigModel model;
        UniformTableView view;
        QVERIFY(showOver(view, model, QSize(600, 300)));
        const int page = view.rowsPerPage();
        const int maxTop = BigModel::kRows - page;
        const QModelIndex index = model.index(row, 2);
        auto fullyShown = [&] {
            const QRect rect = view.visualRect(index);
            return rect.top() >= 0 && rect.bottom() < view.viewport()->height();
        };

        view.scrollTo(index, QAbstractItemView::PositionAtTop);
        QCOMPARE(view.firstVisibleRow(), std::min(row, maxTop));
        QVERIFY(fullyShown());

        view.scrollTo(index, QAbstractItemView::PositionAtBottom);
        QCOMPARE(view.firstVisibleRow(), std::clamp(row - page + 1, 0, maxTop));
        QVERIFY(fullyShown());
        if (row >= page && row < maxTop) // nothing clamped: its bottom at the viewport's bottom
            QVERIFY(view.viewport()->height() - view.visualRect(index).bottom()
                    <= view.rowHeight());

        view.scrollTo(index, QAbstractItemView::PositionAtCenter);
        QVERIFY(fullyShown());
        if (row >= page && row < maxTop)
            QVERIFY(std::abs(view.visualRect(index).center().y() - view.viewport()->height() / 2)
                    <= view.rowHeight());

        // EnsureVisible does not move a row already shown, and brings one from far away to
        // the nearest edge.
        const int before = view.firstVisibleRow();
        view.scrollTo(index, QAbstractItemView::EnsureVisible);
        QCOMPARE(view.firstVisibleRow(), before);
        view.verticalScrollBar()->setValue(row >= BigModel::kRows / 2 ? 0 : maxTop);
        QVERIFY(!fullyShown());
        view.scrollTo(index, QAbstractItemView::EnsureVisible);
        QVERIFY(fullyShown());
        if (row >= BigModel::kRows / 2)
            QCOMPARE(view.firstVisibleRow(), std::min(row - page + 1, maxTop));
        else
            QCOMPARE(view.firstVisibleRow(), row);
    }

    /// Down, Page Down, End and Home move the current row; Left and Right skip the hidden
    /// column.
    void keyboardNavigation()
    {
        BigModel model;
        UniformTableView view;
        QVERIFY(showOver(view, model, QSize(600, 300), 0));
        view.setColumnHidden(3, true);
        view.setFocus();
        view.setCurrentIndex(model.index(0, 1));
        const int page = view.rowsPerPage();
        auto current = [&] {
            return std::pair(view.currentIndex().row(), view.currentIndex().column());
        };

        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(current(), std::pair(1, 1));
        QCOMPARE(selectedRowNumbers(view), QList<int>{1});
        QTest::keyClick(&view, Qt::Key_PageDown);
        QCOMPARE(current(), std::pair(1 + page, 1));
        QTest::keyClick(&view, Qt::Key_Up);
        QCOMPARE(current(), std::pair(page, 1));
        QTest::keyClick(&view, Qt::Key_PageUp);
        QCOMPARE(current(), std::pair(0, 1));
        QTest::keyClick(&view, Qt::Key_Up); // stays on the first row
        QCOMPARE(current(), std::pair(0, 1));

        QTest::keyClick(&view, Qt::Key_End);
        QCOMPARE(current(), std::pair(BigModel::kRows - 1, 1));
        QCOMPARE(view.rowAt(view.viewport()->height() - 1), BigModel::kRows - 1);
        QCOMPARE(selectedRowNumbers(view), QList<int>{BigModel::kRows - 1});
        QTest::keyClick(&view, Qt::Key_Down); // stays on the last row
        QCOMPARE(current(), std::pair(BigModel::kRows - 1, 1));
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(current(), std::pair(0, 1));
        QCOMPARE(view.firstVisibleRow(), 0);
        QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(current(), std::pair(BigModel::kRows - 1, 1));
        QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(current(), std::pair(0, 1));

        // Columns 0 and 3 are hidden: Left stays, Right goes 1 → 2 → 4.
        QTest::keyClick(&view, Qt::Key_Left);
        QCOMPARE(current(), std::pair(0, 1));
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(current(), std::pair(0, 2));
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(current(), std::pair(0, 4));
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(current(), std::pair(0, 4));
        QTest::keyClick(&view, Qt::Key_Left);
        QCOMPARE(current(), std::pair(0, 2));

        // Shift extends the selection by rows.
        QTest::keyClick(&view, Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(&view, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(selectedRowNumbers(view), range(0, 2));
        QTest::keyClick(&view, Qt::Key_PageDown, Qt::ShiftModifier);
        QCOMPARE(selectedRowNumbers(view), range(0, 2 + page));
    }

    /// Click, shift-click, ctrl-click and a drag select the rows under the mouse.
    void mouseSelection()
    {
        BigModel model;
        UniformTableView view;
        QVERIFY(showOver(view, model, QSize(600, 400), 0));
        const int top = 4'321'000;
        view.scrollTo(model.index(top, 1), QAbstractItemView::PositionAtTop);
        QWidget *viewport = view.viewport();

        QTest::mouseClick(viewport, Qt::LeftButton, {}, cellCentre(view, top + 2, 1));
        QCOMPARE(selectedRowNumbers(view), QList<int>{top + 2});
        QCOMPARE(view.currentIndex(), model.index(top + 2, 1));
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::ShiftModifier,
                          cellCentre(view, top + 7, 2));
        QCOMPARE(selectedRowNumbers(view), range(top + 2, top + 7));
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier,
                          cellCentre(view, top + 4, 4));
        QList<int> expected = range(top + 2, top + 7);
        expected.removeOne(top + 4);
        QCOMPARE(selectedRowNumbers(view), expected);
        // Shift-click upwards from the last clicked row: added to what is selected (as in
        // QTableView, see sameSelectionAsQTableView).
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::ShiftModifier, cellCentre(view, top, 1));
        QCOMPARE(selectedRowNumbers(view), range(top, top + 7));

        // A plain click selects its row alone again.
        QTest::mouseClick(viewport, Qt::LeftButton, {}, cellCentre(view, top + 1, 4));
        QCOMPARE(selectedRowNumbers(view), QList<int>{top + 1});

        // A drag from one row to another selects the rows between.
        QTest::mousePress(viewport, Qt::LeftButton, {}, cellCentre(view, top + 3, 2));
        QTest::mouseMove(viewport, cellCentre(view, top + 6, 2));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, cellCentre(view, top + 6, 2));
        QCOMPARE(selectedRowNumbers(view), range(top + 3, top + 6));

        // Selected rows copy as text without the hidden column.
        const QString text = TableCopy::selectionText(&view);
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.first(), QStringLiteral("r%1c1\tr%1c2\tr%1c3\tr%1c4").arg(top + 3));
    }

    /// The same clicks and keys select the same rows and make the same row current as in a
    /// QTableView with a hidden vertical header.
    void sameSelectionAsQTableView()
    {
        BigModel model(300);
        UniformTableView uniform;
        configure(uniform);
        uniform.setModel(&model);
        QTableView table;
        table.setSelectionBehavior(QAbstractItemView::SelectRows);
        table.setSelectionMode(QAbstractItemView::ExtendedSelection);
        table.verticalHeader()->hide();
        table.verticalHeader()->setDefaultSectionSize(uniform.rowHeight());
        table.setModel(&model);
        for (QAbstractItemView *view :
             std::initializer_list<QAbstractItemView *>{&uniform, &table}) {
            view->resize(600, 400);
            view->show();
            QVERIFY(QTest::qWaitForWindowExposed(view));
            view->setFocus();
        }
        struct Step
        {
            int row; ///< clicked row, or -1 for a key
            Qt::Key key;
            Qt::KeyboardModifiers modifiers;
        };
        const Step steps[] = {
            {3, Qt::Key_unknown, {}},
            {9, Qt::Key_unknown, Qt::ShiftModifier},
            {5, Qt::Key_unknown, Qt::ControlModifier},
            {1, Qt::Key_unknown, Qt::ShiftModifier},
            {12, Qt::Key_unknown, Qt::ControlModifier},
            {14, Qt::Key_unknown, Qt::ControlModifier | Qt::ShiftModifier},
            {-1, Qt::Key_Down, Qt::ShiftModifier},
            {-1, Qt::Key_Down, {}},
            {-1, Qt::Key_PageDown, Qt::ShiftModifier},
            {-1, Qt::Key_Up, Qt::ControlModifier},
            {-1, Qt::Key_Space, Qt::ControlModifier},
            {6, Qt::Key_unknown, {}},
            {-1, Qt::Key_A, Qt::ControlModifier},
            {2, Qt::Key_unknown, Qt::ControlModifier},
        };
        int stepNumber = 0;
        for (const Step &step : steps) {
            for (QAbstractItemView *view :
                 std::initializer_list<QAbstractItemView *>{&uniform, &table}) {
                if (step.row >= 0) {
                    const QRect cell = view->visualRect(model.index(step.row, 2));
                    QTest::mouseClick(view->viewport(), Qt::LeftButton, step.modifiers,
                                      cell.center());
                } else {
                    QTest::keyClick(view, step.key, step.modifiers);
                }
            }
            auto rows = [](const QAbstractItemView &view) {
                QStringList out;
                for (int row : selectedRowNumbers(view))
                    out << QString::number(row);
                return out.join(QLatin1Char(' '));
            };
            const QString where = QStringLiteral("step %1: %2 | %3; top %4 %5")
                                      .arg(stepNumber++)
                                      .arg(rows(uniform), rows(table))
                                      .arg(uniform.rowAt(0))
                                      .arg(table.rowAt(0));
            QVERIFY2(selectedRowNumbers(uniform) == selectedRowNumbers(table), qPrintable(where));
            QVERIFY2(uniform.currentIndex().row() == table.currentIndex().row(), qPrintable(where));
        }
    }

    /// Ten million selected rows paint at once: the header is not asked, row by row, whether
    /// whole columns are selected (QHeaderView with the view's selection model takes over a
    /// second per paint).
    void paintWithEveryRowSelected()
    {
        BigModel model;
        UniformTableView view;
        QVERIFY(showOver(view, model, QSize(600, 400)));
        QElapsedTimer clock;
        clock.start();
        for (int last : {BigModel::kRows - 1, BigModel::kRows - 2}) {
            view.selectionModel()->select(
                QItemSelection(model.index(0, 0), model.index(last, BigModel::kColumns - 1)),
                QItemSelectionModel::ClearAndSelect);
            view.horizontalHeader()->repaint();
            view.viewport()->repaint();
        }
        qInfo("two selections of all rows painted in %lld ms", clock.elapsed());
        QVERIFY2(clock.elapsed() < 300, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(view.selectionModel()->isRowSelected(BigModel::kRows / 2, {}));
    }

    /// The wheel scrolls several rows a notch, as a QTableView does.
    void wheelScrollsRows()
    {
        BigModel model;
        UniformTableView view;
        QVERIFY(showOver(view, model, QSize(600, 400)));
        const QPoint at = view.viewport()->rect().center();
        QWheelEvent wheel(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &wheel);
        QCOMPARE(view.firstVisibleRow(), QApplication::wheelScrollLines());
        QCOMPARE(view.rowAt(0), QApplication::wheelScrollLines());
    }

    /// The row label gutter: beside the rows, as wide as its labels, painted, and a click,
    /// shift-click, ctrl-click or drag on it selects whole rows.
    void rowLabelGutter()
    {
        LabelledModel model;
        UniformTableView view;
        view.setSelectionMode(QAbstractItemView::ExtendedSelection);
        QCOMPARE(view.rowLabelWidth(), 0);
        view.setRowLabelsVisible(true);
        view.setModel(&model);
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QWidget *gutter = view.rowLabels();
        QVERIFY(view.rowLabelsVisible());
        QFont bold = gutter->font();
        bold.setBold(true);
        QVERIFY(view.rowLabelWidth()
                > QFontMetrics(bold).horizontalAdvance(QStringLiteral("row 9999999")));
        QCOMPARE(gutter->width(), view.rowLabelWidth());
        QCOMPARE(gutter->height(), view.viewport()->height());
        QCOMPARE(gutter->geometry().right() + 1, view.viewport()->geometry().left());
        QCOMPARE(gutter->y(), view.viewport()->y());
        view.setRowLabelWidth(150);
        QCOMPARE(view.rowLabelWidth(), 150);
        QCOMPARE(view.viewport()->geometry().left(), gutter->geometry().left() + 150);
        view.setRowLabelWidth(0);
        QCOMPARE(view.rowLabelWidth(), view.rowLabelSizeHint());

        const int top = 4'321'000;
        view.scrollTo(model.index(top, 1), QAbstractItemView::PositionAtTop);
        auto rowPoint = [&](int row) {
            return QPoint(gutter->width() / 2,
                          view.rowViewportPosition(row) + view.rowHeight() / 2);
        };
        auto selectedRows = [&] {
            QList<int> rows;
            for (const QModelIndex &index : view.selectionModel()->selectedRows())
                rows.append(index.row());
            std::sort(rows.begin(), rows.end());
            return rows;
        };
        const QImage before = gutter->grab().toImage();
        QTest::mouseClick(gutter, Qt::LeftButton, {}, rowPoint(top + 2));
        QCOMPARE(selectedRows(), QList<int>{top + 2});
        QCOMPARE(view.selectionModel()->selectedIndexes().size(), BigModel::kColumns);
        QCOMPARE(view.currentIndex().row(), top + 2);
        // The selected row's label is drawn differently (bold, pressed); the others are not.
        const QImage after = gutter->grab().toImage();
        const int h = view.rowHeight();
        auto band = [&](const QImage &image, int row) {
            return image.copy(0, view.rowViewportPosition(row), image.width(), h);
        };
        QVERIFY(band(before, top + 2) != band(after, top + 2));
        QVERIFY(band(before, top + 5) == band(after, top + 5));
        // Labels are painted: a row's band holds more than the background.
        QSet<QRgb> colours;
        const QImage row = band(before, top + 1);
        for (int y = 0; y < row.height(); ++y)
            for (int x = 0; x < row.width(); ++x)
                colours.insert(row.pixel(x, y));
        QVERIFY(colours.size() > 3);

        QTest::mouseClick(gutter, Qt::LeftButton, Qt::ShiftModifier, rowPoint(top + 5));
        QCOMPARE(selectedRows(), range(top + 2, top + 5));
        QTest::mouseClick(gutter, Qt::LeftButton, Qt::ControlModifier, rowPoint(top + 9));
        QCOMPARE(selectedRows(), range(top + 2, top + 5) + QList<int>{top + 9});
        QTest::mousePress(gutter, Qt::LeftButton, {}, rowPoint(top + 1));
        QTest::mouseMove(gutter, rowPoint(top + 3));
        QTest::mouseRelease(gutter, Qt::LeftButton, {}, rowPoint(top + 3));
        QCOMPARE(selectedRows(), range(top + 1, top + 3));
        QCOMPARE(view.currentIndex().row(), top + 3);
        QVERIFY(view.hasFocus());
    }

    /// With titles that select: a click on a column's title selects the column over every
    /// row, Shift from the current column on, Ctrl adds one, a drag the columns it passes;
    /// hidden columns are left out.
    void columnTitlesSelectColumns()
    {
        BigModel model(100'000);
        UniformTableView view;
        view.setSelectionMode(QAbstractItemView::ExtendedSelection);
        view.setColumnsSelectableByTitle(true);
        QVERIFY(showOver(view, model, QSize(700, 400)));
        view.setSelectionBehavior(QAbstractItemView::SelectItems);
        view.setColumnHidden(3, true);
        QHeaderView *header = view.horizontalHeader();
        auto title = [&](int column) {
            return QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                          header->height() / 2);
        };
        auto selectedColumns = [&] {
            QList<int> columns;
            for (int c = 0; c < BigModel::kColumns; ++c) {
                if (view.selectionModel()->isColumnSelected(c))
                    columns.append(c);
            }
            return columns;
        };
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, title(1));
        QCOMPARE(selectedColumns(), QList<int>{1});
        QCOMPARE(view.currentIndex().column(), 1);
        QVERIFY(!view.selectionModel()->isSelected(model.index(0, 2)));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::ShiftModifier, title(4));
        QCOMPARE(selectedColumns(), (QList<int>{1, 2, 4}));
        QVERIFY(!view.selectionModel()->isSelected(model.index(5, 3)));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::ControlModifier, title(0));
        QCOMPARE(selectedColumns(), (QList<int>{0, 1, 2, 4}));
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, title(0));
        QTest::mouseMove(header->viewport(), title(1));
        QTest::mouseMove(header->viewport(), title(2));
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, title(2));
        QCOMPARE(selectedColumns(), (QList<int>{0, 1, 2}));
        // The opcode listing's titles stay inert.
        UniformTableView listing;
        QVERIFY(showOver(listing, model, QSize(700, 400)));
        QTest::mouseClick(listing.horizontalHeader()->viewport(), Qt::LeftButton, {}, title(1));
        QVERIFY(!listing.selectionModel()->hasSelection());
    }

    /// Ten million rows cost the view no memory of their own; a QTableView over the same
    /// model holds header sections for every row. Each view is first shown over a small model
    /// (the window's buffers, fonts and styles are not what is measured).
    void memoryDoesNotGrowWithRows()
    {
        LabelledModel small(100);
        LabelledModel model;
        auto growth = [&](QAbstractItemView &view) -> qint64 {
            view.setModel(&small);
            view.resize(800, 500);
            view.show();
            if (!QTest::qWaitForWindowExposed(&view))
                return -1;
            view.scrollToBottom();
            view.viewport()->repaint();
            QApplication::processEvents();
            const qint64 before = heapBytes();
            view.setModel(&model);
            view.scrollToBottom();
            view.selectionModel()->setCurrentIndex(model.index(BigModel::kRows - 1, 1),
                                                   QItemSelectionModel::SelectCurrent
                                                       | QItemSelectionModel::Rows);
            QApplication::processEvents();
            view.viewport()->repaint();
            if (view.indexAt(QPoint(10, view.viewport()->height() - 2)).row()
                != BigModel::kRows - 1)
                return -1;
            return heapBytes() - before;
        };
        qint64 uniformGrowth = 0;
        {
            UniformTableView view;
            configure(view);
            view.setRowLabelsVisible(true); // painted for the rows shown only
            uniformGrowth = growth(view);
        }
        qint64 tableGrowth = 0;
        {
            QTableView view;
            view.verticalHeader()->hide();
            view.setSelectionBehavior(QAbstractItemView::SelectRows);
            tableGrowth = growth(view);
        }
        qInfo("heap growth for %d rows: UniformTableView %.2f MiB, QTableView %.1f MiB",
              BigModel::kRows, double(uniformGrowth) / 1048576.0, double(tableGrowth) / 1048576.0);
        QVERIFY(uniformGrowth >= 0 && tableGrowth >= 0);
        QVERIFY2(uniformGrowth < 2 * 1024 * 1024, qPrintable(QString::number(uniformGrowth)));
        QVERIFY2(tableGrowth - uniformGrowth >= 50 * 1024 * 1024,
                 qPrintable(QString::number(tableGrowth)));
    }

    /// The window's opcode listing is this view: selecting an object selects its opcode rows
    /// and scrolls the first of them to the top.
    void windowListing()
    {
        MainWindow window;
        window.resize(1280, 820);
        DocumentTab *tab = guitest::openAndWait(
            window, guitest::fixture(QStringLiteral("sk_random_forest_p2.pkl")));
        QVERIFY(tab);
        DocumentView *view = tab->view();
        QVERIFY(view);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        UniformTableView *opcodes = view->opcodeView();
        QVERIFY(opcodes->isColumnHidden(OpcodeModel::PickleColumn));
        QVERIFY(view->selectPath(0, QStringLiteral(".estimators_[7].tree_.threshold")));
        const QList<int> rows = selectedRowNumbers(*opcodes);
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.last() - rows.first() + 1, rows.size()); // one contiguous range
        QTRY_COMPARE(opcodes->firstVisibleRow(),
                     std::min(rows.first(), opcodes->verticalScrollBar()->maximum()));
        QCOMPARE(opcodes->rowAt(0), rows.first());
    }
};

QTEST_MAIN(tst_UniformTableView)
#include "tst_uniformtableview.moc"
