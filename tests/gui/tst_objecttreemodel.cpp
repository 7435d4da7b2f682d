// SPDX-License-Identifier: MIT
// The object tree model (and the table models of a document) under QAbstractItemModelTester
// on real files; lazy loading; cycles; search over the whole document.
#include "arraytablemodel.h"
#include "findingsmodel.h"
#include "globalsmodel.h"
#include "gui_testing.h"
#include "objecttreemodel.h"
#include "opcodemodel.h"
#include "path/path.h"
#include "resolve/resolve.h"
#include "treefilterproxy.h"
#include "treeindex.h"
#include "treesearch.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

using namespace ps;
using namespace ps::gui;

class tst_ObjectTreeModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_millionList;

    /// The row named `name` under `parent`, fetching everything.
    static QModelIndex child(ObjectTreeModel &model, const QModelIndex &parent, const QString &name)
    {
        while (model.canFetchMore(parent))
            model.fetchMore(parent);
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex i = model.index(r, 0, parent);
            const QString label = i.data().toString();
            if (label == name || label.startsWith(name + QStringLiteral(": ")))
                return i;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        guitest::setupTestApplication();
        QVERIFY(m_dir.isValid());
        m_millionList = m_dir.filePath(QStringLiteral("million.pkl"));
        QVERIFY(guitest::writeWithPython(
            QStringLiteral("import pickle, sys\n"
                           "pickle.dump(list(range(1000000)), open(sys.argv[1], 'wb'), "
                           "protocol=4)\n"),
            m_millionList));
    }

    /// Every model of a document passes QAbstractItemModelTester on real files.
    void modelTester_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("pipeline") << guitest::fixture(QStringLiteral("spam_pipeline_p4.pkl"));
        QTest::newRow("forest") << guitest::fixture(QStringLiteral("random_forest.joblib"));
        QTest::newRow("recursive") << guitest::fixture(QStringLiteral("recursive_p2.pkl"));
        QTest::newRow("million") << QString();
    }
    void modelTester()
    {
        QFETCH(QString, file);
        if (file.isEmpty())
            file = m_millionList;
        const auto loaded = guitest::load(file);
        QVERIFY(loaded);
        QVERIFY(loaded->document->ok());
        ObjectTreeModel tree(loaded);
        QAbstractItemModelTester treeTester(&tree,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The proxy gets a model of its own: two testers on one source would each fetch.
        ObjectTreeModel proxied(loaded);
        TreeFilterProxy proxy;
        proxy.setTreeModel(&proxied);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        OpcodeModel opcodes(loaded);
        QAbstractItemModelTester opcodeTester(
            &opcodes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        GlobalsModel globals(loaded);
        QAbstractItemModelTester globalsTester(
            &globals, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FindingsModel findings(loaded);
        QAbstractItemModelTester findingsTester(
            &findings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(globals.rowCount(), static_cast<int>(loaded->document->globals().size()));
        // Filtering inserts and removes rows under the testers' eyes.
        auto index = TreeIndex::build(*loaded->document);
        const auto found = searchTree(*loaded->document, *index, "1", 50);
        std::vector<std::vector<int>> chains;
        for (uint32_t e : found.entries)
            chains.push_back(index->rowChain(e));
        proxy.setMatches(chains, true);
        proxy.setMatches({}, false);
    }

    /// A 1,000,000-element list: rows are created in batches as the view asks for them.
    void lazyLoading()
    {
        const auto loaded = guitest::load(m_millionList);
        QVERIFY(loaded);
        ObjectTreeModel model(loaded);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex root = model.index(0, 0);
        QVERIFY(model.hasChildren(root));
        QCOMPARE(model.rowCount(root), 0);
        QVERIFY(model.canFetchMore(root));
        QCOMPARE(model.totalChildren(root), 1000000ull);
        model.fetchMore(root);
        QCOMPARE(model.rowCount(root), ObjectTreeModel::kFetchBatch);
        QVERIFY(model.canFetchMore(root));
        model.fetchMore(root);
        QCOMPARE(model.rowCount(root), 2 * ObjectTreeModel::kFetchBatch);
        QCOMPARE(model.index(999, ObjectTreeModel::ValueColumn, root).data().toString(),
                 QStringLiteral("999"));
        // Jumping deep creates the rows up to the target only, a page of the engine's
        // children at a time (never the 999,000 children at once), each row in its place.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const QModelIndex last = model.indexForRowChain({0, 999999});
        QVERIFY(last.isValid());
        QCOMPARE(last.data(ObjectTreeModel::PathRole).toString(), QStringLiteral("[999999]"));
        QCOMPARE(model.rowCount(root), 1000000);
        QVERIFY(!model.canFetchMore(root));
        QVERIFY(inserted.size() > 1);
        int next = 2 * ObjectTreeModel::kFetchBatch;
        for (const QList<QVariant> &range : std::as_const(inserted)) {
            QCOMPARE(range.at(1).toInt(), next);
            QVERIFY(range.at(2).toInt() - range.at(1).toInt() < 20000);
            next = range.at(2).toInt() + 1;
        }
        QCOMPARE(next, 1000000);
        for (int row : {16383, 16384, 17384, 500000}) {
            const QModelIndex item = model.index(row, ObjectTreeModel::ValueColumn, root);
            QCOMPARE(item.data().toString(), QString::number(row));
            QCOMPARE(item.data(ObjectTreeModel::PathRole).toString(),
                     QStringLiteral("[%1]").arg(row));
        }
    }

    /// The pipeline: names, types, values, sizes, paths as the user sees them.
    void pipelineColumns()
    {
        const auto loaded = guitest::load(guitest::fixture(QStringLiteral("spam_pipeline_p4.pkl")));
        QVERIFY(loaded);
        ObjectTreeModel model(loaded);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(root.data().toString(), QStringLiteral("root: Pipeline"));
        QCOMPARE(root.siblingAtColumn(ObjectTreeModel::TypeColumn).data().toString(),
                 QStringLiteral("Pipeline"));
        QCOMPARE(root.siblingAtColumn(ObjectTreeModel::TypeColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("sklearn.pipeline.Pipeline"));
        const QModelIndex steps = child(model, root, QStringLiteral("steps"));
        QVERIFY(steps.isValid());
        QCOMPARE(steps.siblingAtColumn(ObjectTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("list · 2 items"));
        const QModelIndex step1 = child(model, steps, QStringLiteral("1"));
        const QModelIndex clf = child(model, step1, QStringLiteral("1"));
        QCOMPARE(clf.data().toString(), QStringLiteral("1: LogisticRegression"));
        const QModelIndex coef = child(model, clf, QStringLiteral("coef_"));
        QVERIFY(coef.isValid());
        QCOMPARE(coef.data(ObjectTreeModel::PathRole).toString(),
                 QStringLiteral(".steps[1][1].coef_"));
        QVERIFY(coef.siblingAtColumn(ObjectTreeModel::ValueColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("ndarray float64 (1, ")));
        QVERIFY(coef.data(ObjectTreeModel::SizeBytesRole).toULongLong() > 8);
        QVERIFY(!coef.data(Qt::DecorationRole).value<QIcon>().isNull());
        // The path resolves in the engine to the same node.
        const auto resolved = resolvePath(*loaded->document, ".steps[1][1].coef_");
        QVERIFY(resolved);
        QCOMPARE(model.nodeFor(coef), resolved->node);
    }

    /// Cycles and shared objects (a billion-laughs tuple) are expanded at their first place
    /// only and shown as references elsewhere: the whole tree is small and finite.
    void cyclesAreLeaves()
    {
        const auto loaded = guitest::load(guitest::fixture(QStringLiteral("recursive_p2.pkl")));
        QVERIFY(loaded);
        ObjectTreeModel model(loaded);
        // Walk depth-first over every row; a cycle must stop the walk within a few levels.
        int cycles = 0;
        int rows = 0;
        std::vector<QModelIndex> stack{model.index(0, 0)};
        while (!stack.empty()) {
            const QModelIndex i = stack.back();
            stack.pop_back();
            ++rows;
            QVERIFY2(rows < 200, "the tree keeps expanding");
            if (i.data(ObjectTreeModel::ReferenceRole).toBool()) {
                ++cycles;
                QVERIFY(!model.hasChildren(i));
                QVERIFY(i.siblingAtColumn(ObjectTreeModel::ValueColumn)
                            .data()
                            .toString()
                            .startsWith(QStringLiteral("→ same object as ")));
                continue;
            }
            while (model.canFetchMore(i))
                model.fetchMore(i);
            for (int r = 0; r < model.rowCount(i); ++r)
                stack.push_back(model.index(r, 0, i));
        }
        QVERIFY(cycles > 0);
        // ['shared'][1] is the list ['shared'][0]; ['self_list'][1] is ['self_list'] itself.
        const QModelIndex root = model.index(0, 0);
        const QModelIndex shared = child(model, root, QStringLiteral("'shared'"));
        const QModelIndex second = child(model, shared, QStringLiteral("1"));
        QVERIFY(second.data(ObjectTreeModel::ReferenceRole).toBool());
        QCOMPARE(second.siblingAtColumn(ObjectTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("→ same object as ['shared'][0]"));
        QVERIFY(!child(model, shared, QStringLiteral("0"))
                     .data(ObjectTreeModel::ReferenceRole)
                     .toBool());
        const QModelIndex selfList = child(model, root, QStringLiteral("'self_list'"));
        QCOMPARE(child(model, selfList, QStringLiteral("1"))
                     .siblingAtColumn(ObjectTreeModel::ValueColumn)
                     .data()
                     .toString(),
                 QStringLiteral("→ same object as ['self_list']"));
    }

    /// The search looks at the whole document, not only at the rows created so far.
    void searchFindsUnfetchedRows()
    {
        const auto loaded = guitest::load(guitest::fixture(QStringLiteral("spam_pipeline_p4.pkl")));
        QVERIFY(loaded);
        const auto index = TreeIndex::build(*loaded->document);
        QVERIFY(index->complete());
        const auto result = searchTree(*loaded->document, *index, "COEF_");
        QCOMPARE(result.entries.size(), size_t(1));
        ObjectTreeModel model(loaded);
        TreeFilterProxy proxy;
        proxy.setTreeModel(&model);
        proxy.setMatches({index->rowChain(result.entries[0])}, true);
        // Only the ancestors of coef_ stay: root → steps → [1] → [1] → coef_.
        QModelIndex p = proxy.index(0, 0);
        QStringList chain{p.data().toString()};
        while (proxy.rowCount(p) > 0) {
            QCOMPARE(proxy.rowCount(p), 1);
            p = proxy.index(0, 0, p);
            chain << p.data().toString();
        }
        QCOMPARE(chain, (QStringList{QStringLiteral("root: Pipeline"), QStringLiteral("steps"),
                                     QStringLiteral("1"), QStringLiteral("1: LogisticRegression"),
                                     QStringLiteral("coef_")}));
        QVERIFY(proxy.isMatch(p));
    }

    /// The array table of a 2-D slice and the statistics of a real coefficient array.
    void arrayTable()
    {
        const auto loaded = guitest::load(guitest::fixture(QStringLiteral("spam_pipeline_p4.pkl")));
        QVERIFY(loaded);
        const auto resolved = resolvePath(*loaded->document, ".steps[1][1].coef_");
        QVERIFY(resolved && resolved->array);
        ArrayTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArray(loaded, resolved->array);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(static_cast<uint64_t>(model.columnCount()), resolved->array->shape[1]);
        const double first = *resolved->array->floatAt(0);
        QCOMPARE(model.index(0, 0).data().toString(), QString::number(first, 'g', 7));
        // The tooltip holds Python's repr: it reads back as the exact double.
        QCOMPARE(model.index(0, 0).data(ArrayTableModel::ExactValueRole).value<double>(), first);
        const ArrayStatistics stats = computeStatistics(*resolved->array);
        QVERIFY(stats.numeric);
        QCOMPARE(stats.count, resolved->array->count());
        QVERIFY(stats.min <= first && first <= stats.max);
        QCOMPARE(stats.nanCount, 0ull);
    }
};

QTEST_MAIN(tst_ObjectTreeModel)
#include "tst_objecttreemodel.moc"
