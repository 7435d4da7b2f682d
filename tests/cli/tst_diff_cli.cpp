// SPDX-License-Identifier: MIT
// `picklescope-cli diff` as a user runs it on the pairs of tests/fixtures/generate_diff.py: exit
// status like diff(1), the JSON document's shape, the text report, options.
#include "cli_runner.h"

#include <QtTest>

namespace {

using clitest::cli;
using clitest::fixture;
using clitest::Run;

QJsonObject json(const Run &r)
{
    QJsonParseError error;
    const QJsonDocument d = QJsonDocument::fromJson(r.out, &error);
    return error.error == QJsonParseError::NoError ? d.object() : QJsonObject();
}

QJsonObject expectation(const QString &name)
{
    QFile f(fixture(name + QStringLiteral(".expected.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

/// The two files of a pair, then `extra`.
QStringList pairArgs(const QString &name, const QStringList &extra = {})
{
    const QJsonObject exp = expectation(name);
    return QStringList{QStringLiteral("diff"), fixture(exp.value(QStringLiteral("old")).toString()),
                       fixture(exp.value(QStringLiteral("new")).toString())}
           + extra;
}

} // namespace

class tst_DiffCli : public QObject
{
    Q_OBJECT

private slots:
    /// 0 equal, 1 different — the same answer as the generator's.
    void exitStatus_data();
    void exitStatus();
    /// 2 on errors: missing file, one file, bad option values.
    void errors_data();
    void errors();
    void jsonShape();
    void textReport();
    void options();
};

void tst_DiffCli::exitStatus_data()
{
    QTest::addColumn<QString>("name");
    const QStringList files
        = QDir(QStringLiteral(PS_FIXTURES)).entryList({QStringLiteral("*.expected.json")});
    QVERIFY(files.size() >= 12);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f.chopped(int(strlen(".expected.json")));
}

void tst_DiffCli::exitStatus()
{
    QFETCH(QString, name);
    const bool equal = expectation(name).value(QStringLiteral("equal")).toBool();
    const Run text = cli(pairArgs(name));
    QCOMPARE(text.exitCode, equal ? 0 : 1);
    QVERIFY(text.err.isEmpty());
    const Run js = cli(pairArgs(name, {QStringLiteral("--json")}));
    QCOMPARE(js.exitCode, equal ? 0 : 1);
    const QJsonObject doc = json(js);
    QCOMPARE(doc.value(QStringLiteral("equal")).toBool(), equal);
    QCOMPARE(doc.value(QStringLiteral("changes")).toArray().size(),
             expectation(name).value(QStringLiteral("changes")).toArray().size());
}

void tst_DiffCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString a = fixture(QStringLiteral("logreg.pkl"));
    QTest::newRow("missing file") << QStringList{QStringLiteral("diff"), a,
                                                 fixture(QStringLiteral("nope.pkl"))}
                                  << QStringLiteral("nope.pkl");
    QTest::newRow("one file") << QStringList{QStringLiteral("diff"), a}
                              << QStringLiteral("expected two files");
    QTest::newRow("bad rtol") << QStringList{QStringLiteral("diff"), a, a, QStringLiteral("--rtol"),
                                             QStringLiteral("x")}
                              << QStringLiteral("--rtol needs a non-negative number");
    QTest::newRow("negative atol")
        << QStringList{QStringLiteral("diff"), a, a, QStringLiteral("--atol=-1")}
        << QStringLiteral("--atol needs a non-negative number");
    QTest::newRow("bad max") << QStringList{QStringLiteral("diff"), a, a, QStringLiteral("--max"),
                                            QStringLiteral("-3")}
                             << QStringLiteral("--max");
    QTest::newRow("not a pickle") << QStringList{QStringLiteral("diff"), a,
                                                 fixture(QStringLiteral("one_coef.expected.json"))}
                                  << QStringLiteral("one_coef.expected.json");
}

void tst_DiffCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void tst_DiffCli::jsonShape()
{
    const Run r = cli(pairArgs(QStringLiteral("vocab_added"), {QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 1);
    const QJsonObject doc = json(r);
    QVERIFY(doc.value(QStringLiteral("equal")).isBool());
    QVERIFY(doc.value(QStringLiteral("format")).isArray());
    QVERIFY(doc.value(QStringLiteral("old")).toObject().contains(QStringLiteral("protocol")));
    QVERIFY(doc.value(QStringLiteral("new")).toObject().contains(QStringLiteral("compression")));
    const QJsonArray changes = doc.value(QStringLiteral("changes")).toArray();
    QVERIFY(!changes.isEmpty());
    const QStringList kinds = {QStringLiteral("changed"), QStringLiteral("type"),
                               QStringLiteral("added"), QStringLiteral("removed")};
    for (const QJsonValue &v : changes) {
        const QJsonObject c = v.toObject();
        QVERIFY(c.value(QStringLiteral("path")).isString());
        QVERIFY(kinds.contains(c.value(QStringLiteral("kind")).toString()));
    }
    const QJsonArray summary = doc.value(QStringLiteral("summary")).toArray();
    QVERIFY(!summary.isEmpty());
    for (const QJsonValue &v : summary) {
        QVERIFY(v.toObject().value(QStringLiteral("category")).isString());
        QVERIFY(v.toObject().value(QStringLiteral("text")).isString());
    }
    QCOMPARE(summary.at(0).toObject().value(QStringLiteral("category")).toString(),
             QStringLiteral("features"));
    // Learned parameters aligned by feature, for a delta chart.
    bool coef = false;
    for (const QJsonValue &v : doc.value(QStringLiteral("parameters")).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(QStringLiteral("name")).toString() != QStringLiteral("coef_"))
            continue;
        coef = true;
        QCOMPARE(p.value(QStringLiteral("old")).toArray().size(),
                 p.value(QStringLiteral("features")).toArray().size());
        QCOMPARE(p.value(QStringLiteral("old")).toArray().last().toString(), QStringLiteral("nan"));
    }
    QVERIFY(coef);
}

void tst_DiffCli::textReport()
{
    const Run r = cli(pairArgs(QStringLiteral("hyperparameter")));
    QCOMPARE(r.exitCode, 1);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(out.indexOf(QStringLiteral("Summary:")) < out.indexOf(QStringLiteral("Changes:")));
    QVERIFY2(out.contains(QStringLiteral("  hyperparameter: C of LogisticRegression: 1.0 → 0.5\n")),
             r.out.constData());
    QVERIFY(out.contains(QStringLiteral("  changed .C: 1.0 → 0.5\n")));
    const Run same = cli(pairArgs(QStringLiteral("equal_p2_p4")));
    QCOMPARE(same.exitCode, 0);
    QVERIFY(QString::fromUtf8(same.out).contains(
        QStringLiteral("The objects are equal (only the container differs).")));
    QVERIFY(QString::fromUtf8(same.out).contains(QStringLiteral("format: protocol 2 → 4")));
}

void tst_DiffCli::options()
{
    // --atol / --rtol: the single changed coefficient moved by 0.25.
    QCOMPARE(
        cli(pairArgs(QStringLiteral("one_coef"), {QStringLiteral("--atol"), QStringLiteral("0.3")}))
            .exitCode,
        0);
    QCOMPARE(
        cli(pairArgs(QStringLiteral("one_coef"), {QStringLiteral("--atol"), QStringLiteral("0.2")}))
            .exitCode,
        1);
    QCOMPARE(cli(pairArgs(QStringLiteral("one_coef"), {QStringLiteral("--rtol=100")})).exitCode, 0);
    // --max: positions per array.
    const Run r
        = cli(pairArgs(QStringLiteral("step_replaced"),
                       {QStringLiteral("--json"), QStringLiteral("--max"), QStringLiteral("2")}));
    QCOMPARE(r.exitCode, 1);
    bool seen = false;
    for (const QJsonValue &v : json(r).value(QStringLiteral("changes")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("path")).toString() != QStringLiteral(".steps[1][1].coef_"))
            continue;
        seen = true;
        const QJsonObject a = c.value(QStringLiteral("array")).toObject();
        QCOMPARE(a.value(QStringLiteral("differing")).toInt(), 12);
        QCOMPARE(a.value(QStringLiteral("top")).toArray().size(), 2);
    }
    QVERIFY(seen);
}

QTEST_GUILESS_MAIN(tst_DiffCli)
#include "tst_diff_cli.moc"
