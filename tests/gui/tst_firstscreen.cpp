// SPDX-License-Identifier: MIT
// Issue 17, the first screen of a model (offscreen): the overview of what the model is, a
// Pipeline judged fitted by its steps, the tree expanded down to the estimators, array tables
// labelled with the names the file holds, the Security tab's sentence and icon, sizes in one
// unit system.
#include "arrayview.h"
#include "chartpanel.h"
#include "detailpane.h"
#include "documenttab.h"
#include "documentview.h"
#include "estimatorcard.h"
#include "gui_testing.h"
#include "insight/overview.h"
#include "mainwindow.h"
#include "objecttreemodel.h"
#include "path/path.h"
#include "present/python_type.h"
#include "qtstrings.h"
#include "resolve/resolve.h"
#include "settings.h"

#include <QChartView>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>

using namespace ps;
using namespace ps::gui;

class tst_FirstScreen : public QObject
{
    Q_OBJECT

private:
    static DocumentView *openView(MainWindow &window, const QString &path)
    {
        window.resize(1600, 1000);
        window.show();
        DocumentTab *tab = window.openFile(path);
        if (tab->state() == DocumentTab::State::Loading) {
            QSignalSpy done(tab, &DocumentTab::stateChanged);
            if (!done.wait(60000))
                return nullptr;
        }
        return tab->view();
    }

    static QStringList headers(const QAbstractItemModel *model, Qt::Orientation orientation)
    {
        QStringList names;
        const int n = orientation == Qt::Horizontal ? model->columnCount() : model->rowCount();
        for (int i = 0; i < n; ++i)
            names << model->headerData(i, orientation).toString();
        return names;
    }

    /// `text` contains `expected`, whose "(s)" / "(es)" plural marks may be resolved by the
    /// English catalogue ("4 estimator(s)" or "4 estimators").
    static bool containsPlural(const QString &text, QString expected)
    {
        if (text.contains(expected))
            return true;
        expected.replace(QStringLiteral("(es)"), QStringLiteral("es"));
        expected.replace(QStringLiteral("(s)"), QStringLiteral("s"));
        return text.contains(expected);
    }

    static QImage iconImage(const QIcon &icon)
    {
        return icon.pixmap(16, 16).toImage().convertToFormat(QImage::Format_ARGB32);
    }

private Q_SLOTS:
    void initTestCase() { guitest::setupTestApplication(); }

    /// A first start (no saved geometry) opens at 1280×820 where that fits, else within the
    /// screen's free area: on a 1024×700 screen the window used to open 1280 wide, its detail
    /// pane beyond the screen's edge. (The offscreen screen is 800×600.)
    void firstStartFitsTheScreen()
    {
        settings::windowGeometry.set({});
        MainWindow window;
        const QRect available = window.screen()->availableGeometry();
        QVERIFY(available.width() < 1280 || available.height() < 820);
        QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
                 qPrintable(QStringLiteral("%1×%2 on a %3×%4 screen")
                                .arg(window.width())
                                .arg(window.height())
                                .arg(available.width())
                                .arg(available.height())));
        QCOMPARE(window.size(), QSize(1280, 820).boundedTo(available.size()));
    }

    /// The bundled spam classifier opens on an overview of the model: the pipeline as its
    /// steps, version, fitted (judged by its steps), classes, input features, every estimator
    /// with path, class, key hyper-parameters and what it learned — and the chart of the final
    /// estimator's coefficients. The tree is expanded down to the estimators.
    void overviewOfBundledPipeline()
    {
        MainWindow window;
        DocumentView *view
            = openView(window, guitest::fixture(QStringLiteral("spam_pipeline.joblib")));
        QVERIFY(view);
        DetailPane *detail = view->detail();
        QCOMPARE(view->currentPath(), QString());
        QCOMPARE(detail->page(), DetailPane::Page::Overview);
        const QString text = detail->overview()->toPlainText();
        for (const QString &expected :
             {QStringLiteral("Pipeline"), QStringLiteral("TfidfVectorizer → LogisticRegression"),
              QStringLiteral("Saved by scikit-learn 1.2.1"), QStringLiteral("4 estimator(s)"),
              QStringLiteral("Fitted, judged by its 2 part(s), which are all fitted"),
              QStringLiteral("Predicts 2 class(es): 0, 1"),
              QStringLiteral("Input: 177 feature(s) (vocabulary_ of .steps[0][1]): 3pm, 80085"),
              QStringLiteral(".steps[0][1]"), QStringLiteral(".steps[0][1]._tfidf"),
              QStringLiteral(".steps[1][1]"), QStringLiteral("C=1.0"),
              QStringLiteral("penalty='l2'"),
              QStringLiteral("learned: coef_ (1 × 177), "
                             "intercept_ (1)"),
              QStringLiteral("output: 177 feature(s) (vocabulary_)")}) {
            QVERIFY2(containsPlural(text, expected),
                     qPrintable(expected + QStringLiteral("\n") + text));
        }
        QVERIFY(!text.contains(QStringLiteral("not fitted")));
        // The overview's chart: the coefficients of the final step, "the" on top.
        ChartPanel *chart = detail->overviewChart();
        QVERIFY(chart->hasChart());
        QVERIFY(
            chart->data().title.startsWith(QStringLiteral("Coefficients of LogisticRegression")));
        QCOMPARE(chart->data().categories.front(), QStringLiteral("the"));
        QVERIFY(detail->chartPanel()->hasChart());
        // Seen whole at 1600×1000: its ten bars with their labels, nothing scrolled away.
        QCOMPARE(chart->data().categories.size(), 10);
        QTRY_VERIFY(chart->chartView()->height() > 0
                    && chart->scrollArea()->verticalScrollBar()->maximum() == 0);

        // The tree: expanded down to both steps' estimators, not into them.
        const auto *model = view->tree()->model();
        const QModelIndex steps = model->index(0, 0, model->index(0, 0));
        QCOMPARE(steps.data().toString(), QStringLiteral("steps"));
        QVERIFY(view->tree()->isExpanded(steps));
        for (int step = 0; step < 2; ++step) {
            const QModelIndex tuple = model->index(step, 0, steps);
            QVERIFY(view->tree()->isExpanded(tuple));
            const QModelIndex estimator = model->index(1, 0, tuple);
            QVERIFY(!view->tree()->isExpanded(estimator));
            QVERIFY(!view->tree()->visualRect(estimator).isEmpty() || step == 1);
        }
        QCOMPARE(model->index(1, 0, model->index(1, 0, steps)).data().toString(),
                 QStringLiteral("1: LogisticRegression"));
        // A link in the overview selects the estimator.
        QVERIFY(view->selectPath(0, QStringLiteral(".steps[1][1]")));
        QCOMPARE(detail->page(), DetailPane::Page::Card);
    }

    /// A Pipeline stores no fitted attribute: it is judged by its steps (the card used to say
    /// "None: the estimator is not fitted" for the fitted spam classifier).
    void pipelineJudgedBySteps()
    {
        const auto file = guitest::load(guitest::fixture(QStringLiteral("spam_pipeline_p4.pkl")));
        QVERIFY(file);
        const auto judgement = insight::judgeFit(file->estimators, 0);
        QCOMPARE(file->estimators[0].className, std::string("Pipeline"));
        QVERIFY(judgement.byParts);
        QCOMPARE(judgement.state, insight::FitState::Fitted);
        QCOMPARE(judgement.parts.size(), size_t(2));
        const QString card = estimatorCardHtml(*file, file->estimators[0].node, QString());
        QVERIFY(!card.contains(QStringLiteral("not fitted")));
        QVERIFY(containsPlural(card, QStringLiteral("judged by its 2 part(s)")));
        QCOMPARE(*insight::finalEstimator(file->estimators, 0), size_t(3));

        // A pipeline whose last step is not fitted is partly fitted; nothing fitted: not fitted.
        std::vector<insight::Estimator> synthetic(3);
        synthetic[0].className = "Pipeline";
        synthetic[1].parent = 0;
        synthetic[1].path = ".steps[0][1]";
        synthetic[1].fittedAttributes.push_back({"mean_", kNoNode, ".steps[0][1].mean_", ""});
        synthetic[2].parent = 0;
        synthetic[2].path = ".steps[1][1]";
        QCOMPARE(insight::judgeFit(synthetic, 0).state, insight::FitState::Partly);
        synthetic[1].fittedAttributes.clear();
        QCOMPARE(insight::judgeFit(synthetic, 0).state, insight::FitState::NotFitted);
        QCOMPARE(*insight::finalEstimator(synthetic, 0), size_t(2)); // the last step
    }

    /// Array tables name rows and columns with what the file holds: coef_ rows by class and
    /// columns by feature (ColumnTransformer output names; a binary model's single row is the
    /// positive class), intercept_ by class, the vectorizer's idf by vocabulary word.
    void arrayHeadersSpeakTheModelsLanguage()
    {
        MainWindow window;
        DocumentView *view
            = openView(window, guitest::fixture(QStringLiteral("sk_column_transformer_p4.pkl")));
        QVERIFY(view);
        QVERIFY(view->selectPath(0, QStringLiteral(".steps[1][1].coef_")));
        QCOMPARE(view->detail()->page(), DetailPane::Page::Array);
        const auto *model = view->detail()->arrayView()->model();
        QCOMPARE(headers(model, Qt::Horizontal),
                 (QStringList{QStringLiteral("cat__color_blue"), QStringLiteral("cat__color_green"),
                              QStringLiteral("cat__color_red"), QStringLiteral("cat__size_L"),
                              QStringLiteral("cat__size_M"), QStringLiteral("cat__size_S"),
                              QStringLiteral("num__weight"), QStringLiteral("num__height")}));
        QCOMPARE(headers(model, Qt::Vertical), QStringList{QStringLiteral("1")});
        QCOMPARE(model->headerData(7, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 QStringLiteral("num__height (index 7)"));

        DocumentView *lr
            = openView(window, guitest::fixture(QStringLiteral("sk_logreg_3class_p4.pkl")));
        QVERIFY(lr);
        QVERIFY(lr->selectPath(0, QStringLiteral(".coef_")));
        const auto *coef = lr->detail()->arrayView()->model();
        QCOMPARE(headers(coef, Qt::Vertical),
                 (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(headers(coef, Qt::Horizontal),
                 (QStringList{QStringLiteral("x0"), QStringLiteral("x1"), QStringLiteral("x2"),
                              QStringLiteral("x3")}));
        // Rows and columns swapped: the names follow their axis.
        lr->detail()->arrayView()->showSlice(1, 0, {0, 0});
        QCOMPARE(headers(coef, Qt::Vertical).front(), QStringLiteral("x0"));
        QCOMPARE(headers(coef, Qt::Horizontal).back(), QStringLiteral("2"));

        // The spam classifier's idf values by vocabulary word (through the matrix' indices).
        DocumentView *spam
            = openView(window, guitest::fixture(QStringLiteral("spam_pipeline_p4.pkl")));
        QVERIFY(spam);
        const QString idf = QStringLiteral(".steps[0][1]._tfidf._idf_diag.data");
        QVERIFY(spam->selectPath(0, idf));
        const auto *rows = spam->detail()->arrayView()->model();
        const QStringList words = headers(rows, Qt::Vertical);
        QCOMPARE(words.size(), 177);
        const Document &doc = *spam->file()->document;
        const auto indices = resolvePath(doc, ".steps[0][1]._tfidf._idf_diag.indices");
        QVERIFY(indices && indices->array);
        for (const char *word : {"the", "free", "money", "3pm"}) {
            const auto column
                = resolvePath(doc, std::string(".steps[0][1].vocabulary_['") + word + "']");
            QVERIFY(column);
            const auto value = std::stoll(pythonRepr(doc, column->node));
            qsizetype row = -1;
            for (uint64_t i = 0; i < indices->array->count(); ++i)
                if (*indices->array->intAt(i) == value)
                    row = static_cast<qsizetype>(i);
            QVERIFY(row >= 0);
            QCOMPARE(words[row], QString::fromLatin1(word));
        }
        // An array no estimator explains keeps its indices.
        QVERIFY(spam->selectPath(0, QStringLiteral(".steps[0][1]._tfidf._idf_diag.indptr")));
        QCOMPARE(headers(spam->detail()->arrayView()->model(), Qt::Vertical).front(),
                 QStringLiteral("0"));
    }

    /// At 1024×700 the tree keeps readable columns: the Value column at least 220 px, the
    /// Type and Size columns wide enough for the texts of the rows on screen; a long name is
    /// elided in the middle (start and end kept) and its tooltip has it in full.
    void narrowWindowKeepsColumnsReadable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long_names.pkl"));
        QVERIFY(guitest::writeWithPython(
            QStringLiteral("import pickle, sys\n"
                           "name = 'preprocessing_' + 'very_long_feature_name_' * 6 + 'end'\n"
                           "pickle.dump({name: [1.5, 2.5], 'short': 'x' * 300},\n"
                           "            open(sys.argv[1], 'wb'), protocol=4)\n"),
            path));
        settings::treeHeader.set({});
        settings::mainSplitter.set({});
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QString &file :
             {guitest::fixture(QStringLiteral("spam_pipeline.joblib")), path}) {
            DocumentView *view = openView(window, file);
            QVERIFY(view);
            window.resize(1024, 700);
            QCoreApplication::processEvents();
            QTreeView *tree = view->tree();
            QVERIFY(tree->viewport()->width() > 0);
            const int value = tree->columnWidth(ObjectTreeModel::ValueColumn);
            const int type = tree->columnWidth(ObjectTreeModel::TypeColumn);
            const int size = tree->columnWidth(ObjectTreeModel::SizeColumn);
            qInfo("%s: tree %d px: name %d, type %d, value %d, size %d",
                  qPrintable(QFileInfo(file).fileName()), tree->viewport()->width(),
                  tree->columnWidth(ObjectTreeModel::NameColumn), type, value, size);
            QVERIFY2(value >= 220, qPrintable(QString::number(value)));
            // Every column on screen: nothing pushed out to the right.
            QVERIFY(tree->header()->sectionViewportPosition(ObjectTreeModel::SizeColumn) + size
                        <= tree->viewport()->width() + 1
                    || tree->header()->sectionViewportPosition(ObjectTreeModel::ValueColumn) + value
                           <= tree->viewport()->width() + 1);
            // The Type and Size texts of the rows on screen fit their columns.
            const QFontMetrics metrics(tree->font());
            const auto *model = tree->model();
            int checked = 0;
            for (QModelIndex row = tree->indexAt(QPoint(5, 5)); row.isValid();
                 row = tree->indexBelow(row)) {
                if (tree->visualRect(row).top() > tree->viewport()->height())
                    break;
                for (const int column :
                     {int(ObjectTreeModel::TypeColumn), int(ObjectTreeModel::SizeColumn)}) {
                    const QString text = row.siblingAtColumn(column).data().toString();
                    // The text, its margins (about 2 × 4 px) and no more.
                    QVERIFY2(metrics.horizontalAdvance(text) + 8 <= tree->columnWidth(column),
                             qPrintable(QStringLiteral("%1 in %2 px")
                                            .arg(text)
                                            .arg(tree->columnWidth(column))));
                }
                ++checked;
            }
            QVERIFY(checked >= (file == path ? 3 : 5));
            // Room is taken where it costs least: the Name column (elided, tooltip) gives up
            // width only after the Size column has given its spare room.
            if (tree->columnWidth(ObjectTreeModel::NameColumn) < 260) {
                int sizeText = metrics.horizontalAdvance(
                    model->headerData(ObjectTreeModel::SizeColumn, Qt::Horizontal).toString());
                for (QModelIndex row = tree->indexAt(QPoint(5, 5)); row.isValid();
                     row = tree->indexBelow(row))
                    sizeText = std::max(
                        sizeText,
                        metrics.horizontalAdvance(
                            row.siblingAtColumn(ObjectTreeModel::SizeColumn).data().toString()));
                QVERIFY2(
                    size <= sizeText + 16,
                    qPrintable(
                        QStringLiteral("Size %1 px for texts of %2 px").arg(size).arg(sizeText)));
            }
            if (file != path)
                continue;
            // The long name: elided in the middle on screen, in full in its tooltip.
            QCOMPARE(tree->textElideMode(), Qt::ElideMiddle);
            const QModelIndex root = model->index(0, 0);
            tree->expand(root);
            QModelIndex longRow;
            for (int r = 0; r < model->rowCount(root); ++r) {
                const QModelIndex i = model->index(r, 0, root);
                if (i.data().toString().contains(QStringLiteral("preprocessing_")))
                    longRow = i;
            }
            QVERIFY(longRow.isValid());
            const QString name = longRow.data().toString();
            const QRect rect = tree->visualRect(longRow);
            QVERIFY(metrics.horizontalAdvance(name) > rect.width()); // too long for its cell
            const QString shown = metrics.elidedText(name, Qt::ElideMiddle, rect.width());
            QVERIFY2(shown.contains(QChar(0x2026)) && shown.startsWith(name.left(4))
                         && shown.endsWith(name.right(4)),
                     qPrintable(shown + QStringLiteral(" / ") + name));
            QVERIFY(longRow.data(Qt::ToolTipRole).toString().startsWith(name));
        }
    }

    /// The Security tab says in a sentence that nothing would run, and what was checked; its
    /// icon follows the verdict (a danger sign for a file with a payload).
    void securityTabSaysWhatWasChecked()
    {
        MainWindow window;
        DocumentView *clean
            = openView(window, guitest::fixture(QStringLiteral("spam_pipeline_p4.pkl")));
        QVERIFY(clean);
        const int tab = static_cast<int>(DocumentView::BottomTab::Security);
        QLabel *sentence = clean->securityCleanLabel();
        clean->showBottomTab(DocumentView::BottomTab::Security);
        QVERIFY(sentence->isVisible());
        QVERIFY(!clean->findingsView()->isVisible());
        const QString text = sentence->text();
        QVERIFY(text.contains(QStringLiteral("Nothing in this file would run code when loaded.")));
        QVERIFY(containsPlural(text, QStringLiteral("It references 9 global(s), all on the "
                                                    "allow-list")));
        QVERIFY(text.contains(QStringLiteral("<code>sklearn.pipeline.Pipeline</code>")));
        QVERIFY(text.contains(QStringLiteral("Checked: every opcode of 1 pickle")));
        QVERIFY(text.contains(formatBytes(clean->file()->document->fileSize())));
        QCOMPARE(iconImage(clean->bottomTabs()->tabIcon(tab)),
                 iconImage(QIcon(QStringLiteral(":/icons/actions/shield.svg"))));

        DocumentView *dangerous
            = openView(window, guitest::hostile(QStringLiteral("sklearn_lr_payload_p4.pkl")));
        QVERIFY(dangerous);
        dangerous->showBottomTab(DocumentView::BottomTab::Security);
        QVERIFY(dangerous->securityCleanLabel()->text().isEmpty());
        QVERIFY(dangerous->findingsView()->isVisible());
        QCOMPARE(iconImage(dangerous->bottomTabs()->tabIcon(tab)),
                 iconImage(QIcon(QStringLiteral(":/icons/kinds/danger.svg"))));
        QVERIFY(iconImage(dangerous->bottomTabs()->tabIcon(tab))
                != iconImage(QIcon(QStringLiteral(":/icons/actions/shield.svg"))));
    }

    /// Sizes use one unit system, SI (1 kB = 1,000 bytes), in the UI language's format: a
    /// 1,500,000-byte file is "1.5 MB" (it was "1.4 MB", a MiB value under an MB label).
    void sizesInOneUnitSystem()
    {
        QCOMPARE(formatBytes(999), QStringLiteral("999 B"));
        QCOMPARE(formatBytes(1500), QStringLiteral("1.5 kB"));
        QCOMPARE(formatBytes(1500000), QStringLiteral("1.5 MB"));
        QCOMPARE(formatBytes(7856), QStringLiteral("7.9 kB"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(formatBytes(1500000), QStringLiteral("1,5 MB"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    /// The detail pane's header: "Type:" and "Bytes:" captions beside their values (they were
    /// never shown: the form made no caption for an empty text), and the bytes of a joblib
    /// array counting its data as the tree's Size column does (they said only the opcodes).
    void detailHeaderTypeAndBytes()
    {
        MainWindow window;
        DocumentView *view
            = openView(window, guitest::fixture(QStringLiteral("spam_pipeline.joblib")));
        QVERIFY(view);
        DetailPane *detail = view->detail();
        const QString coef = QStringLiteral(".steps[1][1].coef_");
        QVERIFY(view->selectPath(0, coef));
        QCOMPARE(detail->page(), DetailPane::Page::Array);
        QCOMPARE(detail->typeCaption()->text(), QStringLiteral("Type:"));
        QCOMPARE(detail->bytesCaption()->text(), QStringLiteral("Bytes:"));
        QVERIFY(detail->typeCaption()->isVisible());
        QVERIFY(detail->bytesCaption()->isVisible());
        QCOMPARE(detail->typeCaption()->buddy(), detail->typeLabel());
        // Caption left of its value, on the same row.
        QVERIFY(detail->typeCaption()->geometry().right() < detail->typeLabel()->geometry().left());
        QCOMPARE(detail->typeCaption()->geometry().center().y(),
                 detail->typeLabel()->geometry().center().y());
        QCOMPARE(detail->typeLabel()->text(), QStringLiteral("numpy.ndarray · float64"));
        // 177 float64 coefficients: 1,416 bytes of data after the opcodes.
        const QString bytes = detail->bytesLabel()->text();
        QVERIFY2(bytes.contains(QStringLiteral("1.4 kB of array data")), qPrintable(bytes));
        const QModelIndex row = view->tree()->currentIndex();
        const QString size = row.siblingAtColumn(ObjectTreeModel::SizeColumn).data().toString();
        QVERIFY2(bytes.endsWith(size + QStringLiteral(" in all")),
                 qPrintable(bytes + QStringLiteral(" / ") + size));
        // A plain pickle's value: its byte range only.
        QVERIFY(view->selectPath(0, QStringLiteral(".steps[1][1].C")));
        QVERIFY(detail->bytesLabel()->text().startsWith(QStringLiteral("pickle 1, bytes ")));
        QVERIFY(!detail->bytesLabel()->text().contains(QStringLiteral("array data")));
    }
};

QTEST_MAIN(tst_FirstScreen)
#include "tst_firstscreen.moc"
