// SPDX-License-Identifier: MIT
// Issue 17, the notebook half: DataFrame / Series / records grids against what pandas says,
// Ctrl+C as tab-separated values, the editable path box, End in a lazily loaded list, the
// opcode listing scrolled to the selection, language switch without restart, restored tab.
#include "dataframeview.h"
#include "datatablemodel.h"
#include "detailpane.h"
#include "documenttab.h"
#include "documentview.h"
#include "gui_testing.h"
#include "languages.h"
#include "mainwindow.h"
#include "objecttreemodel.h"
#include "preferencesdialog.h"
#include "settings.h"
#include "tablecopy.h"
#include "uniformtableview.h"

#include <cstdlib>

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace ps;
using namespace ps::gui;

class tst_DataView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static DocumentView *openView(MainWindow &window, const QString &path)
    {
        window.show();
        DocumentTab *tab = window.openFile(path);
        if (tab->state() == DocumentTab::State::Loading) {
            QSignalSpy done(tab, &DocumentTab::stateChanged);
            if (!done.wait(120000))
                return nullptr;
        }
        return tab->view();
    }

    static QJsonObject expectation(const QString &fixture)
    {
        QFile f(guitest::fixture(fixture + QStringLiteral(".table.json")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    static double num(const QJsonValue &v) { return v.toVariant().value<double>(); }

    /// The summary cell of a column (by name) and statistic.
    static QString summaryText(const DataFrameView *view, const QString &column,
                               DataFrameView::Statistic row)
    {
        const QStandardItemModel *m = view->summary();
        for (int c = 0; c < m->columnCount(); ++c) {
            if (m->headerData(c, Qt::Horizontal).toString() == column)
                return m->index(row, c).data().toString();
        }
        return QStringLiteral("<no column %1>").arg(column);
    }

    /// Checks a grid against the generator's pandas expectation.
    static void compareWithPandas(DataFrameView *view, const QJsonObject &exp)
    {
        const DataTableModel *model = view->model();
        QCOMPARE(model->rowCount(), exp[QStringLiteral("rows")].toInt());
        const QJsonArray columns = exp[QStringLiteral("columns")].toArray();
        const QJsonArray dtypes = exp[QStringLiteral("dtypes")].toArray();
        QCOMPARE(model->columnCount(), columns.size());
        QHash<QString, int> columnOf;
        for (int c = 0; c < columns.size(); ++c) {
            QCOMPARE(
                model->headerData(c, Qt::Horizontal, DataTableModel::ColumnNameRole).toString(),
                columns[c].toString());
            QCOMPARE(model->headerData(c, Qt::Horizontal, DataTableModel::DTypeRole).toString(),
                     dtypes[c].toString());
            columnOf.insert(columns[c].toString(), c);
        }
        for (const QJsonValue &row : exp[QStringLiteral("index")].toArray()) {
            const QJsonArray r = row.toArray();
            QCOMPARE(model->headerData(r[0].toInt(), Qt::Vertical).toString(), r[1].toString());
        }
        for (const QJsonValue &cell : exp[QStringLiteral("cells")].toArray()) {
            const QJsonArray c = cell.toArray();
            const QModelIndex index = model->index(c[0].toInt(), columnOf.value(c[1].toString()));
            QCOMPARE(index.data().toString(), c[2].toString());
        }
        QSignalSpy ready(view, &DataFrameView::statisticsReady);
        QVERIFY(ready.count() > 0 || ready.wait(30000));
        const QJsonObject stats = exp[QStringLiteral("stats")].toObject();
        const QLocale locale;
        for (auto it = stats.begin(); it != stats.end(); ++it) {
            const QJsonObject s = it.value().toObject();
            const QString column = it.key();
            QCOMPARE(summaryText(view, column, DataFrameView::CountRow),
                     locale.toString(s[QStringLiteral("count")].toInt()));
            if (s.contains(QStringLiteral("mean"))) {
                const struct
                {
                    const char *key;
                    DataFrameView::Statistic row;
                } numeric[] = {{"mean", DataFrameView::MeanRow},
                               {"std", DataFrameView::StdRow},
                               {"min", DataFrameView::MinRow},
                               {"max", DataFrameView::MaxRow}};
                for (const auto &n : numeric) {
                    // The view formats with the UI locale: undo its separators, then parse.
                    QString text = summaryText(view, column, n.row);
                    text.remove(locale.groupSeparator());
                    text.replace(locale.decimalPoint(), QStringLiteral("."));
                    const QByteArray digits = text.toUtf8();
                    char *end = nullptr;
                    const double shown = std::strtod(digits.constData(), &end);
                    QVERIFY2(end == digits.constData() + digits.size(), digits.constData());
                    const double expected = num(s[QLatin1String(n.key)]);
                    QVERIFY2(qAbs(shown - expected) <= 1e-6 * std::max(1.0, qAbs(expected)),
                             qPrintable(QStringLiteral("%1 %2: %3 vs %4")
                                            .arg(column, QLatin1String(n.key))
                                            .arg(shown)
                                            .arg(expected)));
                }
            }
            if (s.contains(QStringLiteral("first"))) {
                QCOMPARE(summaryText(view, column, DataFrameView::MinRow),
                         s[QStringLiteral("first")].toString());
                QCOMPARE(summaryText(view, column, DataFrameView::MaxRow),
                         s[QStringLiteral("last")].toString());
            }
            if (s.contains(QStringLiteral("unique"))) {
                QCOMPARE(summaryText(view, column, DataFrameView::UniqueRow),
                         locale.toString(s[QStringLiteral("unique")].toInt()));
                QCOMPARE(summaryText(view, column, DataFrameView::TopRow),
                         s[QStringLiteral("top")].toString());
                QCOMPARE(summaryText(view, column, DataFrameView::FreqRow),
                         locale.toString(s[QStringLiteral("freq")].toInt()));
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        guitest::setupTestApplication();
        QVERIFY(m_dir.isValid());
        settings::recentFiles.set({});
    }

    /// A DataFrame with int, float (NaN), str (None), bool, datetime, categorical (missing) and
    /// int32 columns and a named string index: the grid says what pandas says.
    void dataFrameGridMatchesPandas()
    {
        MainWindow window;
        DocumentView *view
            = openView(window, guitest::fixture(QStringLiteral("pd_frame_mixed_p4.pkl")));
        QVERIFY(view);
        QVERIFY(view->selectPath(0, QString()));
        QCOMPARE(view->detail()->page(), DetailPane::Page::Table);
        DataFrameView *grid = view->detail()->tableView();
        QVERIFY(grid->infoLabel()->text().contains(QStringLiteral("DataFrame")));
        compareWithPandas(grid, expectation(QStringLiteral("pd_frame_mixed_p4.pkl")));
        // The summary's columns stand under the grid's: the same row label width, and each
        // column at the same x in the frame view.
        QVERIFY(grid->grid()->rowLabelsVisible());
        QCOMPARE(grid->summaryView()->verticalHeader()->width(), grid->grid()->rowLabelWidth());
        QCOMPARE(grid->grid()->rowLabels()->width(), grid->grid()->rowLabelWidth());
        for (int c = 0; c < grid->model()->columnCount(); ++c) {
            const QTableView *summary = grid->summaryView();
            const UniformTableView *rows = grid->grid();
            QCOMPARE(
                summary->viewport()->mapTo(grid, QPoint(summary->columnViewportPosition(c), 0)).x(),
                rows->viewport()
                    ->mapTo(grid, QPoint(rows->horizontalHeader()->sectionViewportPosition(c), 0))
                    .x());
        }
        // The categorical column's header names its categories.
        const int city = 5;
        QVERIFY(grid->model()
                    ->headerData(city, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Berlin, Paris, Rome, Oslo")));
    }

    /// A list of dicts with the same keys is a records table.
    void recordsTable()
    {
        MainWindow window;
        DocumentView *view = openView(window, guitest::fixture(QStringLiteral("records_p4.pkl")));
        QVERIFY(view);
        QVERIFY(view->selectPath(0, QString()));
        QCOMPARE(view->detail()->page(), DetailPane::Page::Table);
        DataFrameView *grid = view->detail()->tableView();
        QVERIFY(grid->infoLabel()->text().contains(QStringLiteral("Records")));
        compareWithPandas(grid, expectation(QStringLiteral("records_p4.pkl")));
        // One record alone is a dict, not a table.
        QVERIFY(view->selectPath(0, QStringLiteral("[3]")));
        QVERIFY(view->detail()->page() != DetailPane::Page::Table);
    }

    /// A DataFrame column (a Series) shows as a one-column grid with the frame's index.
    void seriesColumn()
    {
        MainWindow window;
        DocumentView *view
            = openView(window, guitest::fixture(QStringLiteral("pd_frame_mixed_p4.pkl")));
        QVERIFY(view);
        QVERIFY(view->selectPath(0, QStringLiteral("['city']")));
        QCOMPARE(view->detail()->page(), DetailPane::Page::Table);
        const DataTableModel *model = view->detail()->tableView()->model();
        QCOMPARE(model->columnCount(), 1);
        QCOMPARE(model->headerData(0, Qt::Horizontal, DataTableModel::DTypeRole).toString(),
                 QStringLiteral("category"));
        QCOMPARE(model->headerData(8, Qt::Vertical).toString(), QStringLiteral("r8"));
        QCOMPARE(model->index(8, 0).data().toString(), QStringLiteral("Berlin"));
    }

    /// Selecting cells and pressing Ctrl+C copies them as TSV; Ctrl+C on a tree row copies
    /// the path.
    void copyCellsAsTsv()
    {
        MainWindow window;
        DocumentView *view
            = openView(window, guitest::fixture(QStringLiteral("pd_frame_mixed_p4.pkl")));
        QVERIFY(view);
        QVERIFY(view->selectPath(0, QString()));
        UniformTableView *grid = view->detail()->tableView()->grid();
        const QAbstractItemModel *model = grid->model();
        grid->setFocus();
        grid->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(2, 2)),
                                       QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(grid, Qt::Key_C, Qt::ControlModifier);
        const QJsonObject exp = expectation(QStringLiteral("pd_frame_mixed_p4.pkl"));
        QStringList lines;
        for (int r = 0; r < 3; ++r) {
            QStringList cells;
            for (int c = 0; c < 3; ++c)
                cells << model->index(r, c).data().toString();
            lines << cells.join(QLatin1Char('\t'));
        }
        const QString expected = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
        QCOMPARE(QApplication::clipboard()->text(), expected);
        // The cells are pandas' values: row 2 (id 1002, price 43.52, name 'item 2').
        QCOMPARE(lines[2], QStringLiteral("1002\t43.52\titem 2"));

        // The tree keeps Ctrl+C = copy path.
        QVERIFY(view->selectPath(0, QStringLiteral("['price']")));
        view->tree()->setFocus();
        QTest::keyClick(view->tree(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("['price']"));
    }

    /// The path box: typing a path in `get` syntax and Enter selects it (rows of long
    /// lists fetched on the way); a wrong path says why; Ctrl+L focuses the box.
    void pathBox()
    {
        MainWindow window;
        DocumentView *view
            = openView(window, guitest::fixture(QStringLiteral("sk_random_forest_p2.pkl")));
        QVERIFY(view);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DetailPane *detail = view->detail();
        QLineEdit *box = detail->pathEdit();
        QVERIFY(!box->isReadOnly());
        view->tree()->setFocus();
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(box->hasFocus());
        box->setText(QStringLiteral(".estimators_[7].tree_.threshold"));
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(view->currentPath(), QStringLiteral(".estimators_[7].tree_.threshold"));
        QCOMPARE(detail->page(), DetailPane::Page::Array);
        QVERIFY(detail->pathErrorLabel()->isHidden());

        // Errors: the engine's reason, the selection unchanged.
        const struct
        {
            const char *path;
            const char *says;
        } wrong[] = {{".estimators_[7].tree_.thresold", "thresold"},
                     {".estimators_[100000]", "out of range"},
                     {".estimators_[7", "column"}};
        for (const auto &w : wrong) {
            box->setText(QLatin1String(w.path));
            QTest::keyClick(box, Qt::Key_Return);
            QVERIFY2(detail->pathErrorLabel()->isVisibleTo(detail), w.path);
            QVERIFY2(detail->pathErrorLabel()->text().contains(QLatin1String(w.says)),
                     qPrintable(detail->pathErrorLabel()->text()));
            QCOMPARE(view->currentPath(), QStringLiteral(".estimators_[7].tree_.threshold"));
        }
        // An element of an array: its array is selected.
        box->setText(QStringLiteral(".estimators_[3].tree_.threshold[2]"));
        QTest::keyClick(box, Qt::Key_Return);
        QVERIFY(detail->pathErrorLabel()->isHidden());
        QCOMPARE(view->currentPath(), QStringLiteral(".estimators_[3].tree_.threshold"));
        // The root.
        box->setText(QString());
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(view->currentPath(), QString());
    }

    /// End (and Ctrl+End) in a lazily loaded 300,000-item list reach its real last item.
    void endReachesLastItem()
    {
        const QString path = m_dir.filePath(QStringLiteral("long_list.pkl"));
        QVERIFY(guitest::writeWithPython(
            QStringLiteral("import pickle, sys\n"
                           "pickle.dump([i * 3 for i in range(300000)], open(sys.argv[1], 'wb'), "
                           "protocol=4)\n"),
            path));
        for (const auto modifier : {Qt::NoModifier, Qt::ControlModifier}) {
            MainWindow window;
            DocumentView *view = openView(window, path);
            QVERIFY(view);
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTreeView *tree = view->tree();
            const QModelIndex root = tree->model()->index(0, 0);
            QVERIFY(tree->isExpanded(root));
            QVERIFY(tree->model()->rowCount(root) < 300000); // lazily loaded
            tree->setFocus();
            QTest::keyClick(tree, Qt::Key_End, modifier);
            QCOMPARE(tree->model()->rowCount(root), 300000);
            QCOMPARE(view->currentPath(), QStringLiteral("[299999]"));
            QCOMPARE(tree->currentIndex()
                         .siblingAtColumn(ObjectTreeModel::ValueColumn)
                         .data()
                         .toString(),
                     QStringLiteral("899997"));
            QVERIFY(tree->visualRect(tree->currentIndex()).intersects(tree->viewport()->rect()));
        }
    }

    /// Selecting an object scrolls the opcode listing to its first opcode (the pickle column
    /// is hidden for single-pickle files; scrolling must not target it).
    void opcodeListingScrollsToSelection()
    {
        MainWindow window;
        window.resize(1280, 820);
        DocumentView *view
            = openView(window, guitest::fixture(QStringLiteral("sk_random_forest_p2.pkl")));
        QVERIFY(view);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        UniformTableView *opcodes = view->opcodeView();
        for (const QString &path :
             {QStringLiteral(".estimators_[9].tree_.value"),
              QStringLiteral(".estimators_[2].tree_.threshold"), QStringLiteral(".n_estimators")}) {
            QVERIFY(view->selectPath(0, path));
            const QModelIndexList rows = opcodes->selectionModel()->selectedRows();
            QVERIFY(!rows.isEmpty());
            int first = INT32_MAX;
            for (const QModelIndex &r : rows)
                first = std::min(first, r.row());
            QTRY_VERIFY2(opcodes->rowAt(0) <= first
                             && first <= opcodes->rowAt(opcodes->viewport()->height() - 1),
                         qPrintable(QStringLiteral("%1: first selected opcode row %2, shown %3–%4")
                                        .arg(path)
                                        .arg(first)
                                        .arg(opcodes->rowAt(0))
                                        .arg(opcodes->rowAt(opcodes->viewport()->height() - 1))));
        }
    }

    /// Choosing another language in the preferences applies at once: menus, panels and the
    /// detail pane speak it without a restart.
    void languageSwitchWithoutRestart()
    {
        MainWindow window;
        DocumentView *view
            = openView(window, guitest::fixture(QStringLiteral("spam_pipeline_p4.pkl")));
        QVERIFY(view);
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QCOMPARE(view->searchField()->toolTip(),
                 QStringLiteral("Filter by name, type or value (Ctrl+F)"));
        {
            PreferencesDialog dialog(&window);
            dialog.languageBox()->setCurrentIndex(
                dialog.languageBox()->findData(QStringLiteral("de")));
            dialog.accept();
        }
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        const QString filter = QStringLiteral("Filter by name, type or value (Ctrl+F)");
        QVERIFY(view->searchField()->toolTip() != filter);
        QCOMPARE(view->searchField()->toolTip(),
                 QCoreApplication::translate("ps::gui::DocumentView", "Filter by name, type or "
                                                                      "value (Ctrl+F)"));
        // Shortcuts still work after the menus were rebuilt: Ctrl+W closes the tab.
        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
        QTRY_COMPARE(window.tabs()->count(), 0);
        {
            PreferencesDialog dialog(&window);
            dialog.languageBox()->setCurrentIndex(
                dialog.languageBox()->findData(QStringLiteral("en")));
            dialog.accept();
        }
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        settings::language.set(QString());
        installTranslations(*qApp, QString());
    }

    /// A restored session opens on the tab that was active.
    void restoredSessionTab()
    {
        settings::reopenSession.set(true);
        const QStringList files{guitest::fixture(QStringLiteral("spam_pipeline_p4.pkl")),
                                guitest::fixture(QStringLiteral("records_p4.pkl")),
                                guitest::fixture(QStringLiteral("lr_iris_p4.pkl"))};
        {
            MainWindow window;
            window.show();
            for (const QString &f : files)
                QVERIFY(openView(window, f));
            window.tabs()->setCurrentIndex(1);
            QVERIFY(window.close());
        }
        MainWindow again;
        again.restoreSession();
        QCOMPARE(again.tabs()->count(), 3);
        QCOMPARE(again.tabs()->currentIndex(), 1);
        QCOMPARE(again.currentTab()->path(), QFileInfo(files[1]).absoluteFilePath());
        settings::reopenSession.set(false);
    }

    /// A protocol-4 file cut short inside its first FRAME: Python fails at the FRAME (offset
    /// 2); the objects in the bytes that are there are recovered and named by what they are.
    void truncatedFrameRecovers()
    {
        QFile whole(guitest::fixture(QStringLiteral("lr_iris_p4.pkl")));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        const QString path = m_dir.filePath(QStringLiteral("truncated.pkl"));
        QFile cut(path);
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(414)); // PROTO, FRAME (11 bytes) and 403 bytes of the frame
        cut.close();
        MainWindow window;
        QVERIFY(!openView(window, path)); // the error page first
        DocumentTab *tab = window.currentTab();
        QCOMPARE(tab->state(), DocumentTab::State::Failed);
        QVERIFY(tab->partialTreeButton()->isVisibleTo(tab));
        tab->partialTreeButton()->click();
        DocumentView *view = tab->view();
        QVERIFY(view);
        const Document &doc = *view->file()->document;
        QVERIFY(doc.error());
        QCOMPARE(doc.error()->offset, uint64_t(2));
        QVERIFY(!doc.roots().empty());
        const QAbstractItemModel *model = view->tree()->model();
        QCOMPARE(model->rowCount(), static_cast<int>(doc.roots().size()));
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY2(model->index(r, 0).data().toString().startsWith(
                         QStringLiteral("recovered object %1 of %2 from pickle 1")
                             .arg(r + 1)
                             .arg(model->rowCount())),
                     qPrintable(model->index(r, 0).data().toString()));
    }
};

QTEST_MAIN(tst_DataView)
#include "tst_dataview.moc"
