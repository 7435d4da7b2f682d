// SPDX-License-Identifier: MIT
// The Tree tab on the real scikit-learn fixtures (tests/fixtures/trees, with what
// scikit-learn itself printed in *.expected.json): one item per shown node with export_text's
// split tests and leaf classes, the depth limit and its "more nodes" markers, the decision
// path of an input, the ensemble picker, export, clicks and collapsing.
#include "gui_testing.h"

#include "arraytablemodel.h"
#include "arrayview.h"
#include "detailpane.h"
#include "documentview.h"
#include "insight/tree.h"
#include "resolve/resolve.h"
#include "treediagram.h"
#include "treediagramlayout.h"
#include "treediagrampanel.h"
#include "util/pyrepr.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>

#include <set>

using namespace ps;
using namespace ps::gui;

namespace {

QString treeFixture(const QString &name)
{
    return QDir(QStringLiteral(PS_FIXTURES)).filePath(QStringLiteral("../trees/") + name);
}

QJsonObject expected(const QString &name)
{
    QFile file(treeFixture(name + QStringLiteral(".expected.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

NodeId nodeAt(const LoadedFile &file, const QString &path)
{
    const auto r = resolvePath(*file.document, path.toStdString(), 0);
    return r.ok() ? r->node : kNoNode;
}

bool waitForLayout(TreeDiagramView *view)
{
    return QTest::qWaitFor([view] { return !view->isLayingOut(); }, 30000);
}

/// Loads a tree fixture and shows its root object in `panel`, the layout done; null if not.
LoadedFilePtr showFixture(TreeDiagramPanel &panel, const QString &name)
{
    auto file = guitest::load(treeFixture(name + QStringLiteral(".pkl")));
    if (!file || !panel.showObject(file, nodeAt(*file, QString()), 0, QString())
        || !waitForLayout(panel.view()))
        return nullptr;
    return file;
}

/// export_text rebuilt from the diagram's items: a split's title is "f ≤ t" (export_text
/// prints "f <= t" then, after the left subtree, "f >  t"); a leaf's title is its class
/// (classifiers) or "value = v" (regressors: "value: [v]"). A node without an item ends the
/// text with "(missing)".
QString exportTextOfItems(const TreeDiagramView *view)
{
    const auto &t = *view->model().tree;
    QString out;
    // Pre-order with the ">" line between the subtrees: (node, depth, phase).
    struct Step
    {
        uint64_t node;
        int depth;
        QString line; ///< a line to print instead of visiting a node
    };
    std::vector<Step> stack{{0, 0, QString()}};
    while (!stack.empty()) {
        const Step step = stack.back();
        stack.pop_back();
        QString indent;
        for (int i = 0; i < step.depth; ++i)
            indent += QStringLiteral("|   ");
        if (!step.line.isNull()) {
            out += indent + QStringLiteral("|--- ") + step.line + QLatin1Char('\n');
            continue;
        }
        const TreeNodeItem *item = view->itemOfNode(step.node);
        if (!item)
            return out + QStringLiteral("(missing)");
        if (t.isLeaf(step.node)) {
            const QString title = item->title();
            out += indent + QStringLiteral("|--- ")
                   + (view->model().classifier
                          ? QStringLiteral("class: ") + title
                          : QStringLiteral("value: [")
                                + title.mid(title.indexOf(QLatin1Char('=')) + 2) + QLatin1Char(']'))
                   + QLatin1Char('\n');
            continue;
        }
        // Visited in reverse: "<=" line, left subtree, ">" line, right subtree.
        QString greater = item->title();
        greater.replace(QStringLiteral(" ≤ "), QStringLiteral(" >  "));
        QString less = item->title();
        less.replace(QStringLiteral(" ≤ "), QStringLiteral(" <= "));
        stack.push_back({static_cast<uint64_t>(t.right[step.node]), step.depth + 1, QString()});
        stack.push_back({0, step.depth, greater});
        stack.push_back({static_cast<uint64_t>(t.left[step.node]), step.depth + 1, QString()});
        stack.push_back({0, step.depth, less});
    }
    return out;
}

std::vector<double> inputOf(const QJsonObject &tree, int i)
{
    std::vector<double> out;
    for (const QJsonValue &v : tree[QStringLiteral("inputs")].toArray()[i].toArray())
        out.push_back(v.toVariant().value<double>());
    return out;
}

QString inputText(const std::vector<double> &values)
{
    QStringList parts;
    for (const double v : values)
        parts << QString::number(v, 'g', 17);
    return parts.join(QStringLiteral(", "));
}

std::set<uint64_t> pathOf(const QJsonObject &tree, int i)
{
    std::set<uint64_t> out;
    for (const QJsonValue &v : tree[QStringLiteral("paths")].toArray()[i].toArray())
        out.insert(static_cast<uint64_t>(v.toInteger()));
    return out;
}

std::set<uint64_t> highlighted(const TreeDiagramView *view)
{
    std::set<uint64_t> out;
    for (const TreeNodeItem *item : view->nodeItems())
        if (item->highlighted())
            out.insert(item->node());
    return out;
}

} // namespace

class TestTreeDiagram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::setupTestApplication(); }

    void itemsMatchExportText_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("nodes");
        QTest::newRow("iris_tree") << QStringLiteral("iris_tree") << 17;
        QTest::newRow("diabetes_tree") << QStringLiteral("diabetes_tree") << -1;
        QTest::newRow("extra_tree") << QStringLiteral("extra_tree") << -1;
    }

    void itemsMatchExportText()
    {
        QFETCH(QString, name);
        QFETCH(int, nodes);
        const QJsonObject tree = expected(name)[QStringLiteral("trees")].toArray()[0].toObject();
        TreeDiagramPanel panel;
        const LoadedFilePtr file = showFixture(panel, name);
        QVERIFY(file);
        TreeDiagramView *view = panel.view();
        const auto &t = *view->model().tree;
        if (nodes >= 0)
            QCOMPARE(t.nodeCount, static_cast<uint64_t>(nodes));
        if (t.nodeCount <= 63) { // shown whole: one item per node
            QCOMPARE(view->nodeItems().size(), static_cast<qsizetype>(t.nodeCount));
            QVERIFY(view->markerItems().isEmpty());
            QCOMPARE(exportTextOfItems(view), tree[QStringLiteral("export_text")].toString());
        }
        QVERIFY(!panel.treePicker()->isVisibleTo(&panel));
    }

    void irisLabels()
    {
        TreeDiagramPanel panel;
        const LoadedFilePtr file = showFixture(panel, QStringLiteral("iris_tree"));
        QVERIFY(file);
        QCOMPARE(panel.view()->itemOfNode(0)->title(), QStringLiteral("petal width (cm) ≤ 0.80"));
        QCOMPARE(panel.view()->itemOfNode(1)->title(), QStringLiteral("setosa"));
        QVERIFY(panel.view()->itemOfNode(1)->detail().contains(QStringLiteral("50")));
        const QString tip = panel.view()->toolTipOf(1);
        for (const char *part : {"Impurity", "Samples", "Weighted samples", "[50, 0, 0]", "setosa"})
            QVERIFY2(tip.contains(QLatin1String(part)), qPrintable(tip));
        // Leaves take their majority class's colour: the setosa leaf differs from a
        // virginica leaf, and the split nodes stay white.
        QVERIFY(panel.view()->itemOfNode(1)->fill() != panel.view()->itemOfNode(16)->fill());
        QCOMPARE(panel.view()->itemOfNode(0)->fill(), QColor(Qt::white));
    }

    void depthLimitMarkers()
    {
        TreeDiagramPanel panel;
        const LoadedFilePtr file = showFixture(panel, QStringLiteral("deep_tree"));
        QVERIFY(file);
        TreeDiagramView *view = panel.view();
        const auto &t = *view->model().tree;
        QVERIFY(t.nodeCount > 63);
        QCOMPARE(panel.depthBox()->value(), 6); // big trees open with six levels
        panel.depthBox()->setValue(2);
        QVERIFY(view->isLayingOut()); // off the GUI thread: the old items stay until it ends
        QVERIFY(waitForLayout(view));
        uint64_t upToTwo = 0, splitsAtTwo = 0;
        for (uint64_t i = 0; i < t.nodeCount; ++i) {
            upToTwo += t.depth[i] <= 2 ? 1 : 0;
            splitsAtTwo += t.depth[i] == 2 && !t.isLeaf(i) ? 1 : 0;
        }
        QCOMPARE(static_cast<uint64_t>(view->nodeItems().size()), upToTwo);
        QCOMPARE(static_cast<uint64_t>(view->markerItems().size()), splitsAtTwo);
        uint64_t hidden = 0;
        for (const TreeMarkerItem *marker : view->markerItems()) {
            QCOMPARE(t.depth[marker->node()], 2u);
            QVERIFY(marker->text().contains(QString::number(marker->hidden())));
            hidden += marker->hidden();
        }
        QCOMPARE(upToTwo + hidden, t.nodeCount);

        // Double-clicking a marker opens that subtree past the limit.
        TreeMarkerItem *marker = view->markerItems().first();
        const uint64_t opened = marker->node();
        view->toggleNode(opened);
        QVERIFY(waitForLayout(view));
        QVERIFY(view->itemOfNode(static_cast<uint64_t>(t.left[opened])));
        QVERIFY(view->itemOfNode(static_cast<uint64_t>(t.right[opened])));
    }

    void firstView()
    {
        // A big tree opens at a readable scale with its root in view; a small one whole.
        for (const char *name : {"deep_tree", "iris_tree"}) {
            TreeDiagramPanel panel;
            panel.resize(1400, 900);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            const LoadedFilePtr file = showFixture(panel, QString::fromLatin1(name));
            QVERIFY(file);
            TreeDiagramView *view = panel.view();
            const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
            QVERIFY(view->transform().m11() >= 0.55 && view->transform().m11() <= 1.0);
            QVERIFY(shown.contains(view->itemOfNode(0)->sceneBoundingRect()));
            const bool whole = shown.adjusted(-1, -1, 1, 1).contains(view->sceneRect());
            QCOMPARE(whole, QByteArray(name) == "iris_tree");
            // A fit asked for is kept when the window is resized (no return to the first view).
            view->fitAll();
            const qreal fitted = view->transform().m11();
            panel.resize(800, 600);
            QTest::qWait(50);
            QCOMPARE(view->transform().m11(), fitted);
        }
    }

    void decisionPath_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("input");
        QTest::newRow("iris_tree 0") << QStringLiteral("iris_tree") << 0;
        QTest::newRow("iris_tree 7") << QStringLiteral("iris_tree") << 7;
        QTest::newRow("deep_tree 0") << QStringLiteral("deep_tree") << 0;
        QTest::newRow("deep_tree 2") << QStringLiteral("deep_tree") << 2;
        QTest::newRow("diabetes_tree 3") << QStringLiteral("diabetes_tree") << 3;
    }

    void decisionPath()
    {
        QFETCH(QString, name);
        QFETCH(int, input);
        const QJsonObject tree = expected(name)[QStringLiteral("trees")].toArray()[0].toObject();
        TreeDiagramPanel panel;
        const LoadedFilePtr file = showFixture(panel, name);
        QVERIFY(file);
        TreeDiagramView *view = panel.view();
        panel.inputEdit()->setText(inputText(inputOf(tree, input)));
        QVERIFY(waitForLayout(view));
        const std::set<uint64_t> want = pathOf(tree, input);
        QCOMPARE(highlighted(view), want); // every node of the path shown (deep: opened) and lit
        QVERIFY(panel.resultLabel()->text().contains(
            view->predictionOf(*want.rbegin()).toHtmlEscaped()));
        panel.inputEdit()->clear();
        QVERIFY(waitForLayout(view));
        QVERIFY(highlighted(view).empty());
    }

    void inputErrors()
    {
        TreeDiagramPanel panel;
        const LoadedFilePtr file = showFixture(panel, QStringLiteral("iris_tree"));
        QVERIFY(file);
        panel.inputEdit()->setText(QStringLiteral("5.1, abc, 1, 2"));
        QVERIFY2(panel.resultLabel()->text().contains(QStringLiteral("abc")),
                 qPrintable(panel.resultLabel()->text()));
        QVERIFY(panel.resultLabel()->styleSheet().contains(QStringLiteral("#c62828")));
        // Too few values: the engine's reason.
        panel.inputEdit()->setText(QStringLiteral("5.1 3.5"));
        std::string why;
        const std::vector<double> two{5.1, 3.5};
        QVERIFY(!insight::decisionPath(*panel.view()->model().tree, two, &why));
        QCOMPARE(panel.resultLabel()->text(), QString::fromStdString(why));
        QVERIFY(highlighted(panel.view()).empty());
        // nan is a value (it follows missing_go_to_left or goes right).
        const auto parsed = TreeDiagramPanel::parseInput(QStringLiteral("nan; 1e-3\t2"), nullptr);
        QVERIFY(parsed && parsed->size() == 3 && std::isnan((*parsed)[0]));
    }

    void ensemblePicker_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("trees");
        QTest::addColumn<QString>("firstText");
        QTest::newRow("iris_forest")
            << QStringLiteral("iris_forest") << 3 << QStringLiteral("Tree 1 of 3");
        QTest::newRow("iris_boosting") << QStringLiteral("iris_boosting") << 6
                                       << QStringLiteral("Stage 1 of 2 · class setosa");
        QTest::newRow("isolation_forest")
            << QStringLiteral("isolation_forest") << -1 << QStringLiteral("Tree 1 of ");
    }

    void ensemblePicker()
    {
        QFETCH(QString, name);
        QFETCH(int, trees);
        QFETCH(QString, firstText);
        const QJsonArray want = expected(name)[QStringLiteral("trees")].toArray();
        TreeDiagramPanel panel;
        const LoadedFilePtr file = showFixture(panel, name);
        QVERIFY(file);
        QComboBox *picker = panel.treePicker();
        QVERIFY(picker->isVisibleTo(&panel));
        if (trees > 0)
            QCOMPARE(picker->count(), trees);
        QVERIFY2(picker->itemText(0).startsWith(firstText), qPrintable(picker->itemText(0)));
        // Every picked tree is the one at that path, drawn as scikit-learn printed it.
        for (int i = 0; i < std::min<int>(picker->count(), static_cast<int>(want.size())); ++i) {
            const QJsonObject tree = want[i].toObject();
            picker->setCurrentIndex(i);
            QVERIFY(waitForLayout(panel.view()));
            QCOMPARE(panel.shownEstimator(),
                     nodeAt(*file, tree[QStringLiteral("path")].toString()));
            if (panel.view()->model().tree->nodeCount <= 63)
                QCOMPARE(exportTextOfItems(panel.view()),
                         tree[QStringLiteral("export_text")].toString());
        }
    }

    void exportFiles()
    {
        TreeDiagramPanel panel;
        const LoadedFilePtr file = showFixture(panel, QStringLiteral("iris_tree"));
        QVERIFY(file);
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("tree.svg"));
        const QString png = dir.filePath(QStringLiteral("tree.png"));
        QVERIFY(panel.view()->exportSvg(svg));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray text = svgFile.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("setosa"));
        QVERIFY(panel.view()->exportPng(png));
        const QImage image(png);
        const QSizeF scene = panel.view()->scene()->sceneRect().size();
        QCOMPARE(image.size(), (scene * 2).toSize());
        // Leaves are coloured: not a blank image.
        QVERIFY(image.pixelColor(image.width() / 2, image.height() / 2) != QColor(Qt::black));
    }

    void clickAndCollapse()
    {
        TreeDiagramPanel panel;
        const LoadedFilePtr file = showFixture(panel, QStringLiteral("iris_tree"));
        QVERIFY(file);
        panel.resize(1200, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        TreeDiagramView *view = panel.view();
        QVERIFY(waitForLayout(view));
        QSignalSpy selected(&panel, &TreeDiagramPanel::nodeSelected);
        const QPoint at = view->mapFromScene(view->itemOfNode(2)->sceneBoundingRect().center());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.at(0).at(1).value<quint64>(), quint64(2));
        QCOMPARE(selected.at(0).at(0).value<NodeId>(), nodeAt(*file, QString()));
        QVERIFY(panel.statusLabel()->text().startsWith(QStringLiteral("Node 2 ")));
        QVERIFY(view->itemOfNode(2)->isCurrent());

        // Double-click collapses node 2's subtree into a marker, and expands it again.
        const auto sizes = subtreeSizes(*view->model().tree);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QVERIFY(waitForLayout(view));
        QCOMPARE(static_cast<uint64_t>(view->nodeItems().size()), 17 - (sizes[2] - 1));
        QCOMPARE(view->markerItems().size(), 1);
        QCOMPARE(view->markerItems().first()->hidden(), sizes[2] - 1);
        view->toggleNode(2);
        QVERIFY(waitForLayout(view));
        QCOMPARE(view->nodeItems().size(), 17);
        // Ctrl+0 fits: the whole scene is visible.
        view->scale(4, 4);
        QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
        QVERIFY(view->mapToScene(view->viewport()->rect())
                    .boundingRect()
                    .adjusted(-1, -1, 1, 1)
                    .contains(view->scene()->sceneRect()));
    }

    void detailPaneTab()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        DocumentTab *tab
            = guitest::openAndWait(window, treeFixture(QStringLiteral("iris_forest.pkl")));
        QVERIFY(tab && tab->view());
        DocumentView *view = tab->view();
        DetailPane *detail = view->detail();
        QVERIFY(view->selectPath(0, QString()));
        QVERIFY(detail->treeTabEnabled());
        QCOMPARE(detail->treePanel()->treePicker()->count(), 3);
        detail->showTreeTab();
        QVERIFY(detail->treeTabShown());
        QVERIFY(view->selectPath(0, QStringLiteral(".estimators_[1]")));
        QVERIFY(detail->treeTabEnabled());
        QVERIFY(detail->treeTabShown()); // stays on the Tree tab
        QVERIFY(!detail->treePanel()->treePicker()->isVisibleTo(detail->treePanel()));
        QVERIFY(view->selectPath(0, QStringLiteral(".estimators_[1].tree_")));
        QVERIFY(detail->treeTabEnabled());
        QCOMPARE(detail->treePanel()->shownEstimator(),
                 nodeAt(*view->file(), QStringLiteral(".estimators_[1]")));
        QVERIFY(view->selectPath(0, QStringLiteral(".classes_")));
        QVERIFY(!detail->treeTabEnabled());
        QVERIFY(!detail->treeTabShown());
    }

    /// A node's "Show in the node arrays" selects the tree's threshold array in the object
    /// tree and the node's row in its table (a boosting tree: the [stage, class] path).
    void nodeRowInNodeArrays()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        const struct
        {
            const char *file;
            int pick;
            const char *treePath;
            quint64 node;
        } cases[] = {{"iris_forest.pkl", 1, ".estimators_[1].tree_", 4},
                     {"iris_boosting.pkl", 4, ".estimators_[1, 1].tree_", 2},
                     {"iris_tree.pkl", 0, ".tree_", 16}};
        for (const auto &c : cases) {
            DocumentTab *tab
                = guitest::openAndWait(window, treeFixture(QString::fromLatin1(c.file)));
            QVERIFY(tab && tab->view());
            DocumentView *view = tab->view();
            DetailPane *detail = view->detail();
            QVERIFY(view->selectPath(0, QString()));
            QVERIFY(detail->treeTabEnabled());
            detail->showTreeTab();
            TreeDiagramPanel *panel = detail->treePanel();
            if (panel->treePicker()->count() > 1)
                panel->treePicker()->setCurrentIndex(c.pick);
            QSignalSpy asked(panel, &TreeDiagramPanel::showNodeInArrays);
            Q_EMIT panel->view()->showInArraysRequested(c.node);
            QCOMPARE(asked.size(), 1);
            QCOMPARE(asked.at(0).at(1).toString(), QString::fromLatin1(c.treePath));
            // The object tree and the path box are on the threshold array, its table on the row.
            const QString arrayPath
                = QString::fromLatin1(c.treePath) + QStringLiteral(".threshold");
            QCOMPARE(view->currentPath(), arrayPath);
            QVERIFY(!detail->treeTabShown());
            QTableView *table = detail->arrayView()->table();
            QCOMPARE(table->currentIndex().row(), int(c.node));
            QVERIFY(table->selectionModel()->isRowSelected(int(c.node), QModelIndex()));
            // The row holds that node's threshold, as the engine reads it.
            const Document &doc = *view->file()->document;
            const auto tree
                = insight::readTree(doc, nodeAt(*view->file(), QString::fromLatin1(c.treePath)));
            QVERIFY(tree);
            const QString shown = table->model()
                                      ->index(int(c.node), 0)
                                      .data(ArrayTableModel::ExactValueRole)
                                      .toString();
            QCOMPARE(shown, QString::fromStdString(reprFloat(tree->threshold[c.node])));
            Q_EMIT window.tabs()->tabCloseRequested(0);
            QTRY_COMPARE(window.tabs()->count(), 0);
        }
    }

    void retranslates()
    {
        TreeDiagramPanel panel;
        const LoadedFilePtr file = showFixture(panel, QStringLiteral("iris_forest"));
        QVERIFY(file);
        const QString english = panel.treePicker()->itemText(0);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/picklescope_de.qm")));
        QCoreApplication::installTranslator(&translator);
        QCoreApplication::processEvents();
        const QString german = panel.treePicker()->itemText(0);
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::processEvents();
        QVERIFY2(german != english, qPrintable(german));
        QCOMPARE(panel.treePicker()->itemText(0), english);
    }
};

QTEST_MAIN(TestTreeDiagram)
#include "tst_treediagram.moc"
