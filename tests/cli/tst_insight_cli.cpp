// SPDX-License-Identifier: MIT
// `picklescope-cli insight` as a user runs it: the spam pipeline (TfidfVectorizer →
// LogisticRegression) with --json, the text report, tree importances, exit codes.
#include "cli_runner.h"

#include <QtTest>

#include <algorithm>
#include <cmath>

namespace {

using clitest::cli;
using clitest::fixture;
using clitest::Run;

/// A JSON number as a double.
double realOf(const QJsonValue &v)
{
    return v.toVariant().toReal();
}

QJsonObject json(const Run &r)
{
    QJsonParseError error;
    const QJsonDocument d = QJsonDocument::fromJson(r.out, &error);
    return error.error == QJsonParseError::NoError ? d.object() : QJsonObject();
}

QJsonObject expectation(const QString &file)
{
    QFile f(fixture(file + QStringLiteral(".expected.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

/// The `json` of the check at `path` in a fixture's expectation.
QJsonValue expectedValue(const QJsonObject &exp, const QString &path)
{
    for (const QJsonValue &v : exp.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("path")).toString() == path)
            return c.value(QStringLiteral("json"));
    }
    return {};
}

QJsonObject estimatorAt(const QJsonObject &doc, const QString &path)
{
    for (const QJsonValue &v : doc.value(QStringLiteral("estimators")).toArray()) {
        if (v.toObject().value(QStringLiteral("path")).toString() == path)
            return v.toObject();
    }
    return {};
}

/// The vocabulary's terms in column order (computed here from the dict Python loaded).
QStringList vocabularyInColumnOrder(const QJsonObject &vocabulary)
{
    QVector<QPair<int, QString>> columns;
    for (auto it = vocabulary.begin(); it != vocabulary.end(); ++it)
        columns.append({it.value().toInt(), it.key()});
    std::sort(columns.begin(), columns.end());
    QStringList out;
    for (const auto &c : columns)
        out << c.second;
    return out;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}

} // namespace

class tst_InsightCli : public QObject
{
    Q_OBJECT

private slots:
    void spamPipelineJson_data();
    void spamPipelineJson();
    void textReport();
    void treeImportances();
    void exitCodes();
    void treeText();
    void treePredictAndJson();
    void treeErrors();
};

void tst_InsightCli::spamPipelineJson_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : {"spam_pipeline_p4.pkl", "spam_pipeline_p0.pkl", "spam_pipeline.joblib",
                          "spam_pipeline_xz.joblib"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void tst_InsightCli::spamPipelineJson()
{
    QFETCH(QString, file);
    const Run r = cli({QStringLiteral("insight"), fixture(file), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err);
    const QJsonObject doc = json(r);
    QVERIFY2(!doc.isEmpty(), r.out.left(400));
    QVERIFY(doc.value(QStringLiteral("error")).isNull());
    const QJsonArray estimators = doc.value(QStringLiteral("estimators")).toArray();
    QCOMPARE(estimators.size(), 4);

    const QJsonObject exp = expectation(file);
    const QJsonObject clf = estimatorAt(doc, QStringLiteral(".steps[1][1]"));
    QCOMPARE(clf.value(QStringLiteral("class")).toString(), QStringLiteral("LogisticRegression"));
    QCOMPARE(clf.value(QStringLiteral("version")).toString(), QStringLiteral("1.2.1"));
    QCOMPARE(realOf(clf.value(QStringLiteral("hyper_parameters")).toObject().value("C")), 1.0);
    QCOMPARE(clf.value(QStringLiteral("hyper_parameters")).toObject().value("solver").toString(),
             QStringLiteral("lbfgs"));

    // Feature names: the TfidfVectorizer's vocabulary in column order.
    const QStringList names = strings(clf.value(QStringLiteral("feature_names")));
    const QStringList vocabulary = vocabularyInColumnOrder(
        expectedValue(exp, QStringLiteral(".steps[0][1].vocabulary_")).toObject());
    QCOMPARE(vocabulary.size(), 177);
    QCOMPARE(names, vocabulary);
    QCOMPARE(names, strings(exp.value(QStringLiteral("feature_names_out"))));
    QCOMPARE(clf.value(QStringLiteral("feature_names_source")).toString(),
             QStringLiteral("vocabulary_ of .steps[0][1]"));

    // Coefficients and classes as Python loaded them.
    QCOMPARE(clf.value(QStringLiteral("coefficients")),
             expectedValue(exp, QStringLiteral(".steps[1][1].coef_")));
    QCOMPARE(clf.value(QStringLiteral("intercept")),
             expectedValue(exp, QStringLiteral(".steps[1][1].intercept_")));
    QCOMPARE(strings(clf.value(QStringLiteral("classes"))),
             (QStringList{QStringLiteral("0"), QStringLiteral("1")}));
    QCOMPARE(clf.value(QStringLiteral("n_features_in")).toInt(), 177);
    const QJsonArray params = clf.value(QStringLiteral("parameters")).toArray();
    QCOMPARE(params.size(), 2);
    QCOMPARE(params.at(0).toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral(".steps[1][1].coef_"));
    QCOMPARE(params.at(0).toObject().value(QStringLiteral("shape")).toArray(),
             (QJsonArray{1, 177}));

    const QJsonObject vectorizer = estimatorAt(doc, QStringLiteral(".steps[0][1]"));
    QCOMPARE(strings(vectorizer.value(QStringLiteral("feature_names_out"))), vocabulary);
}

void tst_InsightCli::textReport()
{
    const Run r = cli({QStringLiteral("insight"), fixture(QStringLiteral("spam_pipeline_p4.pkl"))});
    QVERIFY2(r.exitCode == 0, r.err);
    QVERIFY2(r.out.contains("4 scikit-learn estimators"), r.out);
    QVERIFY(r.out.contains(".steps[1][1]  LogisticRegression  (scikit-learn 1.2.1)"));
    QVERIFY(r.out.contains("C=1.0"));
    QVERIFY(r.out.contains("coef_ (1, 177)"));
    QVERIFY(r.out.contains("vocabulary_ of .steps[0][1]"));
    // The largest |coef| words are listed by name.
    const int at = r.out.indexOf("top 10 by |value|");
    QVERIFY(at > 0);
    const QByteArray top = r.out.mid(at, 600);
    QVERIFY2(top.contains("free") && top.contains("money"), top);
}

void tst_InsightCli::treeImportances()
{
    const Run r = cli({QStringLiteral("insight"), QStringLiteral("--json"),
                       fixture(QStringLiteral("random_forest.joblib"))});
    QVERIFY2(r.exitCode == 0, r.err);
    const QJsonObject root = estimatorAt(json(r), QString());
    QCOMPARE(root.value(QStringLiteral("class")).toString(),
             QStringLiteral("RandomForestClassifier"));
    const QJsonArray got = root.value(QStringLiteral("feature_importances")).toArray();
    const QJsonArray want = expectation(QStringLiteral("random_forest.joblib"))
                                .value(QStringLiteral("feature_importances"))
                                .toArray();
    QCOMPARE(got.size(), 4);
    QCOMPARE(got.size(), want.size());
    for (int i = 0; i < got.size(); ++i)
        QVERIFY(std::fabs(realOf(got.at(i)) - realOf(want.at(i))) <= 1e-12);
    QVERIFY(!root.contains(QStringLiteral("coefficients")));

    const Run text
        = cli({QStringLiteral("insight"), fixture(QStringLiteral("sk_dtree_clf_p4.pkl"))});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("feature_importances_ (4,) — feature importances (computed"),
             text.out);
}

void tst_InsightCli::exitCodes()
{
    QCOMPARE(cli({QStringLiteral("insight"), fixture(QStringLiteral("no-such-file.pkl"))}).exitCode,
             2);
    const Run missingJson = cli({QStringLiteral("insight"), QStringLiteral("--json"),
                                 fixture(QStringLiteral("no-such-file.pkl"))});
    QCOMPARE(missingJson.exitCode, 2);
    QVERIFY(missingJson.err.contains("no-such-file.pkl"));
    QCOMPARE(cli({QStringLiteral("insight")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("insight"), QStringLiteral("--depth"), QStringLiteral("3"),
                  fixture(QStringLiteral("lr_iris_p4.pkl"))})
                 .exitCode,
             2);
    // A file without estimators is fine: an empty list.
    const Run none = cli({QStringLiteral("insight"), QStringLiteral("--json"),
                          fixture(QStringLiteral("pydata_p4.pkl"))});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(json(none).value(QStringLiteral("estimators")).toArray().size(), 0);
}

namespace {

QDir treeFixtures()
{
    return QDir(QStringLiteral(PS_TREE_FIXTURES));
}

QJsonObject treeExpectation(const QString &name, int tree)
{
    QFile f(treeFixtures().filePath(name + QStringLiteral(".expected.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll())
        .object()
        .value(QStringLiteral("trees"))
        .toArray()
        .at(tree)
        .toObject();
}

} // namespace

void tst_InsightCli::treeText()
{
    // The text after the header line is scikit-learn's export_text, byte for byte: a classifier
    // named by feature_names_in_, one tree of a forest, one tree of a boosting grid, truncated.
    const struct
    {
        const char *file;
        int tree;
        const char *maxDepth;
    } cases[] = {{"iris_tree", 0, nullptr},
                 {"iris_forest", 2, nullptr},
                 {"iris_boosting", 4, nullptr},
                 {"deep_tree", 0, nullptr},
                 {"deep_tree", 0, "2"}};
    for (const auto &c : cases) {
        const QString name = QString::fromLatin1(c.file);
        const QJsonObject exp = treeExpectation(name, c.tree);
        QStringList args{QStringLiteral("insight"),
                         treeFixtures().filePath(name + QStringLiteral(".pkl")),
                         QStringLiteral("--tree"), exp.value(QStringLiteral("path")).toString()};
        if (c.maxDepth)
            args << QStringLiteral("--max-depth") << QString::fromLatin1(c.maxDepth);
        const Run r = cli(args);
        QVERIFY2(r.exitCode == 0, r.err);
        const qsizetype blank = r.out.indexOf("\n\n");
        QVERIFY(blank > 0);
        QVERIFY2(r.out.left(blank).contains(exp.value(QStringLiteral("class")).toString().toUtf8()),
                 r.out.left(blank));
        const QString want = exp.value(c.maxDepth ? QStringLiteral("export_text_depth_2")
                                                  : QStringLiteral("export_text"))
                                 .toString();
        QCOMPARE(QString::fromUtf8(r.out.mid(blank + 2)), want);
    }
}

void tst_InsightCli::treePredictAndJson()
{
    const QJsonObject exp = treeExpectation(QStringLiteral("iris_tree"), 0);
    const QJsonArray input = exp.value(QStringLiteral("inputs")).toArray().at(3).toArray();
    QStringList values;
    for (const QJsonValue &v : input)
        values << QString::number(realOf(v), 'g', 17);
    const QStringList args{
        QStringLiteral("insight"),   treeFixtures().filePath(QStringLiteral("iris_tree.pkl")),
        QStringLiteral("--tree"),    QString(),
        QStringLiteral("--predict"), values.join(QLatin1Char(','))};
    const Run text = cli(args);
    QVERIFY2(text.exitCode == 0, text.err);
    // One "node N:" line per node of scikit-learn's decision_path, in order.
    QStringList visited;
    for (const QJsonValue &n : exp.value(QStringLiteral("paths")).toArray().at(3).toArray())
        visited << QString::number(n.toInt());
    const QString out = QString::fromUtf8(text.out);
    const QString listing = out.mid(out.indexOf(QStringLiteral("decision path:")));
    static const QRegularExpression nodeLine(QStringLiteral("^  node (\\d+): "),
                                             QRegularExpression::MultilineOption);
    QStringList printed;
    for (auto it = nodeLine.globalMatch(listing); it.hasNext();)
        printed << it.next().captured(1);
    QCOMPARE(printed, visited);
    QVERIFY2(listing.contains(QStringLiteral("→ class ")), qPrintable(listing));

    const Run json = cli(QStringList(args) << QStringLiteral("--json"));
    QVERIFY2(json.exitCode == 0, json.err);
    const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
    QVERIFY(!doc.isEmpty());
    QCOMPARE(doc.value(QStringLiteral("class")).toString(),
             QStringLiteral("DecisionTreeClassifier"));
    QCOMPARE(doc.value(QStringLiteral("decision_path")).toArray(),
             exp.value(QStringLiteral("paths")).toArray().at(3).toArray());
    QCOMPARE(doc.value(QStringLiteral("export_text")).toString(),
             exp.value(QStringLiteral("export_text")).toString());
    const QJsonArray nodes = doc.value(QStringLiteral("nodes")).toArray();
    QCOMPARE(nodes.size(), doc.value(QStringLiteral("node_count")).toInt());
    QVERIFY(nodes.size() > 10);
    QCOMPARE(nodes.at(0).toObject().value(QStringLiteral("feature_name")).toString(),
             QStringLiteral("petal width (cm)"));
    QCOMPARE(doc.value(QStringLiteral("classes")).toArray().at(0).toString(),
             QStringLiteral("setosa"));
}

void tst_InsightCli::treeErrors()
{
    const QString forest = treeFixtures().filePath(QStringLiteral("iris_forest.pkl"));
    Run r = cli({QStringLiteral("insight"), forest, QStringLiteral("--tree"), QString()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("is an ensemble of 3 trees: name one, e.g. --tree '.estimators_[0]'"),
             r.err);
    r = cli({QStringLiteral("insight"),
             treeFixtures().filePath(QStringLiteral("iris_boosting.pkl")), QStringLiteral("--tree"),
             QString()});
    QVERIFY2(r.err.contains("--tree '.estimators_[0, 0]'"), r.err);
    r = cli({QStringLiteral("insight"), forest, QStringLiteral("--tree"),
             QStringLiteral(".estimators_[0]"), QStringLiteral("--predict"),
             QStringLiteral("1,2")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("the tree reads 4 features, the input has 2"), r.err);
    r = cli({QStringLiteral("insight"), forest, QStringLiteral("--tree"),
             QStringLiteral(".estimators_[0]"), QStringLiteral("--predict"),
             QStringLiteral("1,x,3,4")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("value 2 ('x') is not a number"), r.err);
    r = cli({QStringLiteral("insight"), fixture(QStringLiteral("spam_pipeline_p4.pkl")),
             QStringLiteral("--tree"), QStringLiteral(".steps[1][1]")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("is not a decision tree estimator"), r.err);
    r = cli({QStringLiteral("insight"), forest, QStringLiteral("--predict"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--predict needs --tree PATH"), r.err);
}

QTEST_GUILESS_MAIN(tst_InsightCli)
#include "tst_insight_cli.moc"
