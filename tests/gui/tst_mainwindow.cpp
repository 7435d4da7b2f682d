// SPDX-License-Identifier: MIT
// The window driven as a user would (offscreen): open, browse, search, opcode sync, security
// banner and panel, malformed files, keyboard.
#include "arrayview.h"
#include "detailpane.h"
#include "documenttab.h"
#include "documentview.h"
#include "findingsmodel.h"
#include "globalsmodel.h"
#include "gui_testing.h"
#include "languages.h"
#include "mainwindow.h"
#include "objecttreemodel.h"
#include "opcodemodel.h"
#include "path/path.h"
#include "preferencesdialog.h"
#include "resolve/resolve.h"
#include "settings.h"
#include "treefilterproxy.h"
#include "uniformtableview.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

using namespace ps;
using guitest::openAndWait;
using namespace ps::gui;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// A window showing `path`, loaded and ready (null view when loading failed).
    static DocumentView *openView(MainWindow &window, const QString &path)
    {
        window.show();
        DocumentTab *tab = openAndWait(window, path);
        return tab ? tab->view() : nullptr;
    }

    static QStringList childNames(const QAbstractItemModel *model, const QModelIndex &parent)
    {
        QStringList names;
        for (int r = 0; r < model->rowCount(parent); ++r)
            names << model->index(r, 0, parent).data().toString();
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        guitest::setupTestApplication();
        QVERIFY(m_dir.isValid());
        settings::recentFiles.set({});
    }

    /// Opening a real model: top-level rows, status bar, title, recent files.
    void opensPipeline()
    {
        MainWindow window;
        window.show();
        const QString path = guitest::fixture(QStringLiteral("spam_pipeline_p4.pkl"));
        DocumentTab *tab = openAndWait(window, path);
        QVERIFY(tab);
        QCOMPARE(tab->state(), DocumentTab::State::Ready);
        DocumentView *view = tab->view();
        QVERIFY(view);
        QCOMPARE(window.windowTitle(), QStringLiteral("spam_pipeline_p4.pkl — PickleScope"));
        const QAbstractItemModel *model = view->tree()->model();
        QCOMPARE(childNames(model, {}), QStringList{QStringLiteral("root: Pipeline")});
        QCOMPARE(childNames(model, model->index(0, 0)),
                 (QStringList{QStringLiteral("steps"), QStringLiteral("memory"),
                              QStringLiteral("verbose")}));
        QVERIFY(view->tree()->isExpanded(model->index(0, 0)));
        QCOMPARE(settings::recentFiles.get().value(0), QFileInfo(path).absoluteFilePath());
        // The model overview of the root.
        QCOMPARE(view->detail()->page(), DetailPane::Page::Overview);
        QVERIFY(view->detail()->overview()->toPlainText().contains(QStringLiteral("Pipeline")));
        // Opening the same file again shows its tab instead of a second one.
        window.openFile(path);
        QCOMPARE(window.tabs()->count(), 1);
    }

    /// Selecting coef_ shows its values in the array table with statistics; the opcodes of
    /// the array are highlighted; Ctrl+C copies the path.
    void coefShowsArray()
    {
        MainWindow window;
        DocumentView *view
            = openView(window, guitest::fixture(QStringLiteral("spam_pipeline_p4.pkl")));
        QVERIFY(view);
        QVERIFY(view->selectPath(0, QStringLiteral(".steps[1][1].coef_")));
        QCOMPARE(view->currentPath(), QStringLiteral(".steps[1][1].coef_"));
        DetailPane *detail = view->detail();
        QCOMPARE(detail->page(), DetailPane::Page::Array);
        ArrayView *array = detail->arrayView();
        const auto resolved = resolvePath(*view->file()->document, ".steps[1][1].coef_");
        QVERIFY(resolved && resolved->array);
        QCOMPARE(array->model()->rowCount(), 1);
        QCOMPARE(static_cast<uint64_t>(array->model()->columnCount()), resolved->array->shape[1]);
        for (int c : {0, 1, array->model()->columnCount() - 1}) {
            const double expected = *resolved->array->floatAt(static_cast<uint64_t>(c));
            QCOMPARE(array->model()->index(0, c).data().toString(),
                     QString::number(expected, 'g', 7));
        }
        if (array->statisticsText().isEmpty()
            || array->statisticsText().startsWith(QStringLiteral("Computing"))) {
            QSignalSpy ready(array, &ArrayView::statisticsReady);
            QVERIFY(ready.wait(10000));
        }
        QVERIFY(array->statisticsText().contains(QStringLiteral("mean")));
        QVERIFY(array->statisticsText().contains(QStringLiteral("NaN 0 of")));

        // The opcode view highlights the array's bytes.
        const Node &n = view->file()->document->graph().node(view->currentNode());
        const QModelIndexList selected = view->opcodeView()->selectionModel()->selectedRows();
        QVERIFY(!selected.isEmpty());
        for (const QModelIndex &row : selected) {
            const auto offset = row.data(OpcodeModel::OffsetRole).toULongLong();
            QVERIFY(offset + row.data(OpcodeModel::LengthRole).toULongLong() > n.begin);
            QVERIFY(offset < n.end);
        }

        view->tree()->setFocus();
        window.action(QStringLiteral("copyPath"))->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral(".steps[1][1].coef_"));
    }

    /// Typing in the search field filters the tree to the matches and their ancestors.
    void searchFilters()
    {
        MainWindow window;
        DocumentView *view
            = openView(window, guitest::fixture(QStringLiteral("spam_pipeline_p4.pkl")));
        QVERIFY(view);
        QSignalSpy finished(view, &DocumentView::searchFinished);
        QTest::keyClicks(view->searchField(), QStringLiteral("intercept_"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toInt(), 2); // intercept_ and intercept_scaling
        const QAbstractItemModel *model = view->tree()->model();
        QModelIndex p = model->index(0, 0);
        QCOMPARE(childNames(model, p), QStringList{QStringLiteral("steps")});
        p = model->index(0, 0, p);
        QCOMPARE(childNames(model, p), QStringList{QStringLiteral("1")});
        p = model->index(0, 0, p);
        QCOMPARE(childNames(model, p), QStringList{QStringLiteral("1: LogisticRegression")});
        p = model->index(0, 0, p);
        QCOMPARE(childNames(model, p),
                 (QStringList{QStringLiteral("intercept_scaling"), QStringLiteral("intercept_")}));
        QVERIFY(view->tree()->isExpanded(p));
        // Clearing the field shows everything again.
        view->searchNow(QString());
        QCOMPARE(childNames(model, model->index(0, 0)).size(), 3);
    }

    /// Selecting an opcode selects the object it builds.
    void opcodeSelectionSyncsTree()
    {
        MainWindow window;
        DocumentView *view
            = openView(window, guitest::fixture(QStringLiteral("spam_pipeline_p4.pkl")));
        QVERIFY(view);
        const auto maxIter = resolvePath(*view->file()->document, ".steps[1][1].max_iter");
        QVERIFY(maxIter);
        const Node &n = view->file()->document->graph().node(maxIter->node);
        auto *opcodes = qobject_cast<OpcodeModel *>(view->opcodeView()->model());
        const auto row = opcodes->rowAt(n.stream, n.begin);
        QVERIFY(row);
        view->opcodeView()->setCurrentIndex(opcodes->index(*row, OpcodeModel::OpcodeColumn));
        QTRY_COMPARE(view->currentPath(), QStringLiteral(".steps[1][1].max_iter"));
        QCOMPARE(view->detail()->textView()->toPlainText(), QStringLiteral("100"));
    }

    /// `picklescope FILE --select PATH --chart`: the object and its opcodes are selected, the
    /// chart tab is shown.
    void commandLineSelection()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        window.selectWhenLoaded(guitest::hostile(QStringLiteral("sklearn_lr_payload_p4.pkl")),
                                QStringLiteral(".pwned"), false);
        QTRY_VERIFY(window.currentView()
                    && window.currentView()->currentPath() == QStringLiteral(".pwned"));
        DocumentView *view = window.currentView();
        QTRY_VERIFY(!view->opcodeView()->selectionModel()->selectedRows().isEmpty());
        window.selectWhenLoaded(guitest::fixture(QStringLiteral("spam_pipeline_p4.pkl")),
                                QStringLiteral(".steps[1][1].coef_"), true);
        QTRY_VERIFY(window.currentView()
                    && window.currentView()->currentPath() == QStringLiteral(".steps[1][1].coef_"));
        QTRY_VERIFY(window.currentView()->detail()->chartTabShown());
    }

    /// The globals panel lists module and name, what each builds, and selects that object.
    void globalsPanel()
    {
        MainWindow window;
        DocumentView *view
            = openView(window, guitest::fixture(QStringLiteral("spam_pipeline_p4.pkl")));
        QVERIFY(view);
        const QAbstractItemModel *globals = view->globalsView()->model();
        QCOMPARE(globals->rowCount(), static_cast<int>(view->file()->document->globals().size()));
        int row = -1;
        for (int r = 0; r < globals->rowCount(); ++r)
            if (globals->index(r, GlobalsModel::NameColumn).data().toString()
                == QStringLiteral("LogisticRegression"))
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(globals->index(row, GlobalsModel::ModuleColumn).data().toString(),
                 QStringLiteral("sklearn.linear_model._logistic"));
        QCOMPARE(globals->index(row, GlobalsModel::ClassColumn).data().toString(),
                 QStringLiteral("allow-listed"));
        QCOMPARE(globals->index(row, GlobalsModel::UsedByColumn).data().toString(),
                 QStringLiteral(".steps[1][1]"));
        view->globalsView()->setCurrentIndex(globals->index(row, GlobalsModel::NameColumn));
        QTRY_COMPARE(view->currentPath(), QStringLiteral(".steps[1][1]"));
    }

    /// A malformed file shows the reader's error (offset, what was expected), offers the
    /// partial tree, and the window stays usable.
    void malformedFileShowsError()
    {
        // Protocol 2 has no frames: the reader builds objects up to the cut.
        QFile original(guitest::fixture(QStringLiteral("spam_pipeline_p2.pkl")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        const QString truncated = m_dir.filePath(QStringLiteral("truncated.pkl"));
        QFile out(truncated);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() * 2 / 3));
        out.close();

        MainWindow window;
        window.show();
        DocumentTab *tab = openAndWait(window, truncated);
        QVERIFY(tab);
        QCOMPARE(tab->state(), DocumentTab::State::Failed);
        QVERIFY(tab->errorText().contains(QStringLiteral("truncated.pkl: offset ")));
        QVERIFY(tab->partialTreeButton()->isVisibleTo(tab));
        QVERIFY(!tab->view());
        tab->partialTreeButton()->click();
        QVERIFY(tab->view());
        QVERIFY(tab->view()->tree()->model()->rowCount() > 0);

        const QString garbage = m_dir.filePath(QStringLiteral("garbage.pkl"));
        QFile g(garbage);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("this is not a pickle at all");
        g.close();
        DocumentTab *bad = openAndWait(window, garbage);
        QVERIFY(bad);
        QCOMPARE(bad->state(), DocumentTab::State::Failed);
        QVERIFY(!bad->partialTreeButton()->isVisibleTo(bad));
        QVERIFY(bad->errorText().contains(QStringLiteral("garbage.pkl")));

        // Still usable: a good file opens next to them.
        DocumentTab *good
            = openAndWait(window, guitest::fixture(QStringLiteral("random_forest.joblib")));
        QVERIFY(good && good->view());
        QCOMPARE(window.tabs()->count(), 3);
        QCOMPARE(good->state(), DocumentTab::State::Ready);
    }

    /// A model carrying a payload: the red banner names the call, the security panel lists
    /// it, selecting the finding selects the node, and the tree marks it.
    void dangerousFileBannerAndPanel()
    {
        MainWindow window;
        DocumentView *view
            = openView(window, guitest::hostile(QStringLiteral("sklearn_lr_payload_p4.pkl")));
        QVERIFY(view);
        QVERIFY(view->securityBanner()->isVisibleTo(view));
        QVERIFY(view->securityBannerLabel()->text().contains(
            QStringLiteral("Loading this file in Python would run <code>os.system('echo "
                           "pwned')</code>")));
        auto *button = view->securityBanner()->findChild<QPushButton *>();
        QVERIFY(button);
        button->click();
        QVERIFY(view->bottomTabs()->currentWidget()->isAncestorOf(view->findingsView()));
        QVERIFY(view->findingsView()->isVisibleTo(view->bottomTabs()->currentWidget()));
        const QAbstractItemModel *findings = view->findingsView()->model();
        QVERIFY(findings->rowCount() >= 1);
        QCOMPARE(findings->index(0, FindingsModel::SeverityColumn).data().toString(),
                 QStringLiteral("dangerous"));
        QCOMPARE(findings->index(0, FindingsModel::ExpressionColumn).data().toString(),
                 QStringLiteral("os.system('echo pwned')"));
        QTRY_COMPARE(view->currentPath(), QStringLiteral(".pwned"));
        const QModelIndex current = view->tree()->currentIndex();
        QVERIFY(current.data(ObjectTreeModel::DangerousRole).toBool());
        QCOMPARE(current.siblingAtColumn(ObjectTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("os.system('echo pwned')"));
        // ... and its opcodes are selected: the finding's bytes.
        const QModelIndexList opcodes = view->opcodeView()->selectionModel()->selectedRows();
        QVERIFY(!opcodes.isEmpty());
        const auto &finding = view->file()->security.findings.front();
        QVERIFY(opcodes.front().data(OpcodeModel::OffsetRole).toULongLong() <= finding.offset);
        QVERIFY(view->detail()->findChildren<QLabel *>().size() > 0);
        // Clean files have no banner.
        DocumentTab *clean
            = openAndWait(window, guitest::fixture(QStringLiteral("spam_pipeline_p4.pkl")));
        QVERIFY(clean && clean->view());
        QVERIFY(!clean->view()->securityBanner()->isVisibleTo(clean->view()));
    }

    /// The language can be chosen in the preferences; German is fully translated and
    /// installs from the embedded catalogue.
    void languages()
    {
        PreferencesDialog dialog;
        QCOMPARE(dialog.languageBox()->itemData(0).toString(), QString()); // system default
        const int german = dialog.languageBox()->findData(QStringLiteral("de"));
        QVERIFY(german > 0);
        QVERIFY(dialog.languageBox()->findData(QStringLiteral("fr")) > 0);
        dialog.languageBox()->setCurrentIndex(german);
        dialog.reopenSessionBox()->setChecked(true);
        dialog.accept();
        QCOMPARE(settings::language.get(), QStringLiteral("de"));
        QVERIFY(settings::reopenSession.get());
        settings::language.set(QString());
        settings::reopenSession.set(false);
        installTranslations(*qApp, QString()); // accept() applied German at once

        for (const QString &code : {QStringLiteral("de"), QStringLiteral("fr")}) {
            QTranslator translator;
            QVERIFY(translator.load(QStringLiteral(":/i18n/picklescope_%1.qm").arg(code)));
            QVERIFY(!translator.translate("ps::gui::MainWindow", "&File").isEmpty());
            QVERIFY(!translator.translate("ps::gui::DocumentView", "Opcodes").isEmpty());
        }
        QTranslator german_;
        QVERIFY(german_.load(QStringLiteral(":/i18n/picklescope_de.qm")));
        QCoreApplication::installTranslator(&german_);
        {
            MainWindow window;
            QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        }
        QCoreApplication::removeTranslator(&german_);
        MainWindow english;
        QCOMPARE(english.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }

    /// Keyboard: Ctrl+Tab cycles files, Ctrl+W closes, Ctrl+F focuses the search.
    void keyboard()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, guitest::fixture(QStringLiteral("spam_pipeline_p4.pkl"))));
        QVERIFY(openAndWait(window, guitest::fixture(QStringLiteral("random_forest.joblib"))));
        QCOMPARE(window.tabs()->currentIndex(), 1);
        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentIndex(), 0);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(window.currentView()->searchField()->hasFocus());
        QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
        QTRY_COMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.windowTitle(), QStringLiteral("random_forest.joblib — PickleScope"));
    }

    /// Help > About names the version of project() in CMakeLists.txt (the one --version and
    /// the package carry) and the licence.
    void aboutShowsVersionAndLicence()
    {
        MainWindow window;
        auto *about = window.findChild<QAction *>(QStringLiteral("about"));
        QVERIFY(about);
        QString text;
        QTimer::singleShot(0, &window, [&text] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                    text = box->text();
                    box->accept();
                }
            }
        });
        about->trigger();
        QVERIFY(text.contains(QStringLiteral("PickleScope " PICKLESCOPE_VERSION)));
        QCOMPARE(QApplication::applicationVersion(), QStringLiteral(PICKLESCOPE_VERSION));
        QVERIFY(text.contains(QStringLiteral("MIT")));
    }

    /// Shared objects: "Go to original" jumps to the first occurrence.
    void goToOriginal()
    {
        MainWindow window;
        DocumentView *view = openView(window, guitest::fixture(QStringLiteral("recursive_p2.pkl")));
        QVERIFY(view);
        // Find a back reference by walking the tree.
        auto *proxy = view->tree()->model();
        QModelIndex cycle;
        std::vector<QModelIndex> stack{proxy->index(0, 0)};
        while (!stack.empty() && !cycle.isValid()) {
            const QModelIndex i = stack.back();
            stack.pop_back();
            if (i.data(ObjectTreeModel::ReferenceRole).toBool()) {
                cycle = i;
                break;
            }
            while (proxy->canFetchMore(i))
                proxy->fetchMore(i);
            for (int r = 0; r < proxy->rowCount(i); ++r)
                stack.push_back(proxy->index(r, 0, i));
        }
        QVERIFY(cycle.isValid());
        const NodeId node = cycle.data(ObjectTreeModel::NodeRole).value<quint32>();
        view->tree()->setCurrentIndex(cycle);
        auto *button = view->detail()->findChild<QPushButton *>();
        QVERIFY(button);
        QList<QPushButton *> buttons = view->detail()->findChildren<QPushButton *>();
        QPushButton *original = nullptr;
        for (QPushButton *b : buttons)
            if (b->text() == QStringLiteral("Go to original"))
                original = b;
        QVERIFY(original && original->isVisibleTo(view->detail()));
        original->click();
        QTRY_VERIFY(!view->tree()->currentIndex().data(ObjectTreeModel::ReferenceRole).toBool());
        QCOMPARE(view->currentNode(), node);
        QVERIFY(view->currentPath() != cycle.data(ObjectTreeModel::PathRole).toString());
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
