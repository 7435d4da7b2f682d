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

QTEST_GUILESS_MAIN(tst_InsightCli)
#include "tst_insight_cli.moc"
