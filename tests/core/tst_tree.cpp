// SPDX-License-Identifier: MIT
// Decision trees read from the file (core/insight/tree.h) against what the real scikit-learn
// answered for the same models (tests/fixtures/generate_trees.py): export_text, with and
// without truncation, decision_path() for sample inputs (including values on a threshold and
// one float32 step above it), and the leaf values; the trees of forests, boosting and
// isolation forests.
#include "document/document.h"
#include "insight/tree.h"
#include "reader/reader.h"
#include "resolve/resolve.h"

#include <QtTest>

#include <cmath>

using namespace ps;

namespace {

QDir trees()
{
    return QDir(QStringLiteral(PS_TREE_FIXTURES));
}

QJsonObject expectation(const QString &name)
{
    QFile f(trees().filePath(name + QStringLiteral(".expected.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

std::vector<std::string> namesOf(const QJsonValue &v)
{
    std::vector<std::string> out;
    for (const QJsonValue &n : v.toArray())
        out.push_back(n.toString().toStdString());
    return out;
}

/// The first line where two texts differ, for a readable failure.
QByteArray firstDifference(const std::string &got, const std::string &want)
{
    const QList<QByteArray> a = QByteArray::fromStdString(got).split('\n');
    const QList<QByteArray> b = QByteArray::fromStdString(want).split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QByteArray x = i < a.size() ? a[i] : QByteArray("<end>");
        const QByteArray y = i < b.size() ? b[i] : QByteArray("<end>");
        if (x != y)
            return "line " + QByteArray::number(i + 1) + ": got '" + x + "', scikit-learn '" + y
                   + "'";
    }
    return {};
}

} // namespace

class tst_Tree : public QObject
{
    Q_OBJECT

private slots:
    void matchesScikitLearn_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList files
            = trees().entryList({QStringLiteral("*.expected.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 9);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f.chopped(int(strlen(".expected.json")));
    }

    void matchesScikitLearn()
    {
        QFETCH(QString, name);
        const QJsonObject exp = expectation(name);
        const auto doc
            = openDocument(trees().filePath(name + QStringLiteral(".pkl")).toStdString());
        QVERIFY(doc);
        QVERIFY2(doc->ok(), doc->ok() ? "" : doc->error()->message.c_str());
        const QJsonArray list = exp.value(QStringLiteral("trees")).toArray();
        QVERIFY(!list.isEmpty());
        int compared = 0;
        for (const QJsonValue &v : list) {
            const QJsonObject t = v.toObject();
            const std::string path = t.value(QStringLiteral("path")).toString().toStdString();
            const auto resolved = resolvePath(*doc, path);
            QVERIFY2(resolved.ok(), path.c_str());
            const auto estimator = insight::treeEstimator(*doc, resolved->node);
            QVERIFY2(estimator, path.c_str());
            QCOMPARE(QString::fromStdString(estimator->className),
                     t.value(QStringLiteral("class")).toString());
            std::string why;
            const auto tree = insight::readTree(*doc, estimator->tree, &why);
            QVERIFY2(tree, why.c_str());

            const auto names = namesOf(t.value(QStringLiteral("feature_names")));
            const std::string want
                = t.value(QStringLiteral("export_text")).toString().toStdString();
            const std::string got = insight::exportText(*tree, *estimator, names);
            QVERIFY2(got == want, (path + ": " + firstDifference(got, want).toStdString()).c_str());
            insight::ExportTextOptions shallow;
            shallow.maxDepth = 2;
            const std::string wantShallow
                = t.value(QStringLiteral("export_text_depth_2")).toString().toStdString();
            const std::string gotShallow = insight::exportText(*tree, *estimator, names, shallow);
            QVERIFY2(
                gotShallow == wantShallow,
                (path + " (max_depth=2): " + firstDifference(gotShallow, wantShallow).toStdString())
                    .c_str());

            const QJsonArray inputs = t.value(QStringLiteral("inputs")).toArray();
            const QJsonArray paths = t.value(QStringLiteral("paths")).toArray();
            const QJsonArray leafValues = t.value(QStringLiteral("leaf_values")).toArray();
            QCOMPARE(inputs.size(), paths.size());
            QVERIFY(inputs.size() >= 6);
            for (qsizetype i = 0; i < inputs.size(); ++i) {
                std::vector<double> x;
                for (const QJsonValue &c : inputs[i].toArray())
                    x.push_back(c.toVariant().value<double>());
                const auto visited = insight::decisionPath(*tree, x, &why);
                QVERIFY2(visited, why.c_str());
                std::vector<uint64_t> want;
                for (const QJsonValue &n : paths[i].toArray())
                    want.push_back(static_cast<uint64_t>(n.toInteger()));
                QVERIFY2(
                    *visited == want,
                    qPrintable(
                        QStringLiteral("%1 input %2").arg(QString::fromStdString(path)).arg(i)));
                // The leaf's value rows, bit for bit.
                const auto rows = tree->valueOf(visited->back());
                std::vector<double> flat;
                for (const QJsonValue &row : leafValues[i].toArray())
                    for (const QJsonValue &c : row.toArray())
                        flat.push_back(c.toVariant().value<double>());
                QCOMPARE(flat.size(), rows.size());
                for (size_t k = 0; k < flat.size(); ++k)
                    QCOMPARE(rows[k], flat[k]);
            }
            ++compared;
        }
        QCOMPARE(compared, list.size());
    }

    void threshold_edges_differ()
    {
        // The generator's last two inputs sit on the root threshold and one float32 step above:
        // both sides must have been compared at least once (else the edge case tests nothing).
        const QJsonObject exp = expectation(QStringLiteral("iris_tree"));
        const QJsonObject t = exp.value(QStringLiteral("trees")).toArray().at(0).toObject();
        const QJsonArray paths = t.value(QStringLiteral("paths")).toArray();
        QVERIFY(paths.size() >= 2);
        QCOMPARE(paths[paths.size() - 2].toArray().at(1).toInt(), 1);  // on the threshold: left
        QVERIFY(paths[paths.size() - 1].toArray().at(1).toInt() != 1); // above: right
    }

    void ensembles()
    {
        const struct
        {
            const char *file;
            size_t trees;
        } cases[] = {{"iris_forest", 3},
                     {"iris_boosting", 6},
                     {"diabetes_boosting", 2},
                     {"isolation_forest", 2}};
        for (const auto &c : cases) {
            const auto doc
                = openDocument(trees()
                                   .filePath(QString::fromLatin1(c.file) + QStringLiteral(".pkl"))
                                   .toStdString());
            QVERIFY(doc && doc->ok());
            const auto all = insight::ensembleTreeEstimators(*doc, doc->roots().at(0));
            QVERIFY2(all, c.file);
            QCOMPARE(all->size(), c.trees);
            for (const NodeId n : *all)
                QVERIFY(insight::readTree(*doc, insight::treeEstimator(*doc, n)->tree));
        }
        // A single tree is not an ensemble, and an ensemble is not a tree.
        const auto doc
            = openDocument(trees().filePath(QStringLiteral("iris_tree.pkl")).toStdString());
        QVERIFY(!insight::ensembleTreeEstimators(*doc, doc->roots().at(0)));
        const auto forest
            = openDocument(trees().filePath(QStringLiteral("iris_forest.pkl")).toStdString());
        QVERIFY(!insight::treeEstimator(*forest, forest->roots().at(0)));
    }

    void shortInputRefused()
    {
        const auto doc
            = openDocument(trees().filePath(QStringLiteral("iris_tree.pkl")).toStdString());
        const auto est = insight::treeEstimator(*doc, doc->roots().at(0));
        QVERIFY(est);
        const auto tree = insight::readTree(*doc, est->tree);
        QVERIFY(tree);
        std::string why;
        const std::vector<double> x{1.0, 2.0};
        QVERIFY(!insight::decisionPath(*tree, x, &why));
        QCOMPARE(QString::fromStdString(why),
                 QStringLiteral("the tree reads 4 features, the input has 2"));
    }

    void featureVectors()
    {
        // The one parser of typed inputs (CLI --predict and the Tree tab).
        const auto v = insight::parseFeatureVector("5.1, 3.5 1.4;0.2\tNaN,-inf,1e-3");
        QVERIFY(v);
        QCOMPARE(v->size(), size_t(7));
        QCOMPARE((*v)[2], 1.4);
        QVERIFY(std::isnan((*v)[4]));
        QVERIFY(std::isinf((*v)[5]) && (*v)[5] < 0);
        size_t bad = 99;
        std::string text;
        QVERIFY(!insight::parseFeatureVector("1, x2, 3", &bad, &text));
        QCOMPARE(bad, size_t(1));
        QCOMPARE(QString::fromStdString(text), QStringLiteral("x2"));
        // np.argmax: the first maximum; a NaN wins.
        const std::vector<double> tie{1, 3, 3}, withNan{1, NAN, 5, NAN};
        QCOMPARE(insight::indexOfMax(tie), size_t(1));
        QCOMPARE(insight::indexOfMax(withNan), size_t(1));
    }
};

QTEST_GUILESS_MAIN(tst_Tree)
#include "tst_tree.moc"
