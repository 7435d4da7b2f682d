// SPDX-License-Identifier: MIT
// `picklescope-cli scan` as a user runs it: exit codes 0 / 1 / 2 over clean, hostile,
// malformed and missing files, several files at once, --json and --strict.
#include "cli_runner.h"

#include <QtTest>

namespace {

using clitest::cli;
using clitest::fixture;
using clitest::Run;

QString hostile(const QString &name)
{
    return QDir(QStringLiteral(PS_HOSTILE)).filePath(name);
}

QJsonObject json(const Run &r)
{
    QJsonParseError error;
    const QJsonDocument d = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    return d.object();
}

/// Writes bytes to a file in `dir` and returns its path.
QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class tst_ScanCli : public QObject
{
    Q_OBJECT

private slots:
    void exitCodes_data();
    void exitCodes();
    void textOutputNamesTheCall();
    void jsonListsFindingsPerFile();
    void strictTreatsUnknownAsDangerous();
    void malformedFiles();
    void usageErrors();
    void findingInPickle70001NamesItsStream();
    /// One run over the whole reader corpus: no false alarm; one over the hostile corpus.
    void wholeCorpora();
};

void tst_ScanCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("sklearn model") << QStringList{fixture(QStringLiteral("lr_iris_p4.pkl"))} << 0;
    QTest::newRow("joblib xz") << QStringList{fixture(QStringLiteral("spam_pipeline_xz.joblib"))}
                               << 0;
    QTest::newRow("torch zip") << QStringList{fixture(QStringLiteral("torch_state_dict.pt"))} << 0;
    QTest::newRow("stdlib enums") << QStringList{fixture(QStringLiteral("stdlib_p4.pkl"))} << 0;
    QTest::newRow("os.system p0") << QStringList{hostile(QStringLiteral("os_system_p0.pkl"))} << 1;
    QTest::newRow("payload in sklearn model")
        << QStringList{hostile(QStringLiteral("sklearn_lr_payload_p4.pkl"))} << 1;
    QTest::newRow("payload in torch zip")
        << QStringList{hostile(QStringLiteral("torch_payload.pt"))} << 1;
    // The payload runs before CPython meets the broken tail: dangerous, not "error".
    QTest::newRow("broken tail") << QStringList{hostile(QStringLiteral("broken_tail_exec.pkl"))}
                                 << 1;
    QTest::newRow("missing file") << QStringList{fixture(QStringLiteral("no-such-file.pkl"))} << 2;
    QTest::newRow("clean + dangerous") << QStringList{fixture(QStringLiteral("lr_iris_p2.pkl")),
                                                      hostile(QStringLiteral("os_system_p2.pkl"))}
                                       << 1;
    QTest::newRow("clean + missing") << QStringList{fixture(QStringLiteral("lr_iris_p2.pkl")),
                                                    fixture(QStringLiteral("missing.pkl"))}
                                     << 2;
    QTest::newRow("missing + dangerous")
        << QStringList{fixture(QStringLiteral("missing.pkl")),
                       hostile(QStringLiteral("getattr_import_chain_p2.pkl"))}
        << 1;
}

void tst_ScanCli::exitCodes()
{
    QFETCH(QStringList, files);
    QFETCH(int, exitCode);
    const Run r = cli(QStringList{QStringLiteral("scan")} + files);
    QVERIFY2(r.exitCode == exitCode, r.out + r.err);
    const Run j = cli(QStringList{QStringLiteral("scan"), QStringLiteral("--json")} + files);
    QCOMPARE(j.exitCode, exitCode);
    QCOMPARE(json(j).value(QStringLiteral("exit_code")).toInt(), exitCode);
}

void tst_ScanCli::textOutputNamesTheCall()
{
    const Run r = cli({QStringLiteral("scan"), hostile(QStringLiteral("os_system_p2.pkl"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("DANGEROUS"), r.out);
    QVERIFY(r.out.contains("os.system('echo pwned')"));
    QVERIFY(r.out.contains("offset 2"));

    const Run clean = cli({QStringLiteral("scan"), fixture(QStringLiteral("lr_iris_p4.pkl"))});
    QCOMPARE(clean.exitCode, 0);
    QVERIFY2(clean.out.contains("nothing dangerous"), clean.out);
    QVERIFY(!clean.out.contains("DANGEROUS"));
}

void tst_ScanCli::jsonListsFindingsPerFile()
{
    const Run r = cli({QStringLiteral("scan"), QStringLiteral("--json"),
                       fixture(QStringLiteral("lr_iris_p4.pkl")),
                       hostile(QStringLiteral("sklearn_lr_payload_p4.pkl"))});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject root = json(r);
    QVERIFY2(!root.isEmpty(), r.out);
    QCOMPARE(root.value(QStringLiteral("strict")).toBool(), false);
    const QJsonArray files = root.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 2);

    const QJsonObject clean = files.at(0).toObject();
    QCOMPARE(clean.value(QStringLiteral("verdict")).toString(), QStringLiteral("allow-listed"));
    QCOMPARE(clean.value(QStringLiteral("exit_code")).toInt(), 0);
    QCOMPARE(clean.value(QStringLiteral("findings")).toArray().size(), 0);
    QVERIFY(clean.value(QStringLiteral("globals")).toArray().size() >= 4);

    const QJsonObject bad = files.at(1).toObject();
    QCOMPARE(bad.value(QStringLiteral("verdict")).toString(), QStringLiteral("dangerous"));
    QCOMPARE(bad.value(QStringLiteral("format")).toString(), QStringLiteral("pickle"));
    QCOMPARE(bad.value(QStringLiteral("dangerous")).toInt(), 1);
    const QJsonArray findings = bad.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 1);
    const QJsonObject f = findings.at(0).toObject();
    QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("dangerous"));
    QCOMPARE(f.value(QStringLiteral("category")).toString(), QStringLiteral("os-command"));
    QCOMPARE(f.value(QStringLiteral("kind")).toString(), QStringLiteral("call"));
    QCOMPARE(f.value(QStringLiteral("global")).toString(), QStringLiteral("os.system"));
    QCOMPARE(f.value(QStringLiteral("expression")).toString(),
             QStringLiteral("os.system('echo pwned')"));
    QCOMPARE(f.value(QStringLiteral("path")).toString(), QStringLiteral(".pwned"));
    QCOMPARE(f.value(QStringLiteral("reachable")).toBool(), true);
    QVERIFY(f.value(QStringLiteral("offset")).toInteger() > 800);
    QCOMPARE(f.value(QStringLiteral("file_offset")).toInteger(),
             f.value(QStringLiteral("offset")).toInteger());

    // The path leads `get` to the payload's value.
    const Run get
        = cli({QStringLiteral("get"), hostile(QStringLiteral("sklearn_lr_payload_p4.pkl")),
               QStringLiteral(".pwned")});
    QCOMPARE(get.exitCode, 0);
    QVERIFY2(get.out.contains("os.system"), get.out);
}

void tst_ScanCli::strictTreatsUnknownAsDangerous()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // An instance of an unknown class: a warning, not an alarm — unless --strict.
    const QString path = write(dir, QStringLiteral("unknown.pkl"),
                               QByteArray("\x80\x02"
                                          "cmymodule\nModel\n"
                                          ")\x81"
                                          "}b."));
    QVERIFY(!path.isEmpty());
    const Run normal = cli({QStringLiteral("scan"), path});
    QCOMPARE(normal.exitCode, 0);
    QVERIFY2(normal.out.contains("UNKNOWN"), normal.out);
    QVERIFY(normal.out.contains("mymodule.Model"));

    const Run strict = cli({QStringLiteral("scan"), QStringLiteral("--strict"), path});
    QCOMPARE(strict.exitCode, 1);

    const Run js
        = cli({QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("--strict"), path});
    QCOMPARE(js.exitCode, 1);
    const QJsonObject root = json(js);
    QCOMPARE(root.value(QStringLiteral("strict")).toBool(), true);
    const QJsonObject file = root.value(QStringLiteral("files")).toArray().at(0).toObject();
    QCOMPARE(file.value(QStringLiteral("verdict")).toString(), QStringLiteral("dangerous"));
    QCOMPARE(file.value(QStringLiteral("unknown")).toInt(), 1);
    QCOMPARE(file.value(QStringLiteral("findings"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("severity"))
                 .toString(),
             QStringLiteral("unknown"));

    // The real corpus has no unknown globals: --strict still passes a real model.
    const Run model = cli({QStringLiteral("scan"), QStringLiteral("--strict"),
                           fixture(QStringLiteral("spam_pipeline_p4.pkl"))});
    QCOMPARE(model.exitCode, 0);
}

void tst_ScanCli::malformedFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A real model cut in half: nothing dangerous before the break, the rest unscanned → 2.
    QFile model(fixture(QStringLiteral("lr_iris_p2.pkl")));
    QVERIFY(model.open(QIODevice::ReadOnly));
    const QByteArray bytes = model.readAll();
    const QString cut = write(dir, QStringLiteral("cut.pkl"), bytes.left(bytes.size() / 2));
    const Run r = cli({QStringLiteral("scan"), cut});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("cut.pkl: offset"), r.err);

    const Run js = cli({QStringLiteral("scan"), QStringLiteral("--json"), cut});
    QCOMPARE(js.exitCode, 2);
    const QJsonObject file = json(js).value(QStringLiteral("files")).toArray().at(0).toObject();
    QCOMPARE(file.value(QStringLiteral("verdict")).toString(), QStringLiteral("error"));
    QVERIFY(file.value(QStringLiteral("error")).toString().contains(QLatin1String("offset")));

    // An empty file.
    const QString empty = write(dir, QStringLiteral("empty.pkl"), QByteArray());
    QCOMPARE(cli({QStringLiteral("scan"), empty}).exitCode, 2);

    // The broken tail: dangerous and malformed — JSON says both.
    const Run broken = cli({QStringLiteral("scan"), QStringLiteral("--json"),
                            hostile(QStringLiteral("broken_tail_exec.pkl"))});
    QCOMPARE(broken.exitCode, 1);
    const QJsonObject b = json(broken).value(QStringLiteral("files")).toArray().at(0).toObject();
    QCOMPARE(b.value(QStringLiteral("verdict")).toString(), QStringLiteral("dangerous"));
    QVERIFY(b.value(QStringLiteral("error")).isString());
}

void tst_ScanCli::usageErrors()
{
    QCOMPARE(cli({QStringLiteral("scan")}).exitCode, 2);
    const Run bad = cli({QStringLiteral("scan"), QStringLiteral("--frobnicate"),
                         fixture(QStringLiteral("lr_iris_p4.pkl"))});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("unknown option"));
}

/// The files of a fixture directory (not expectations, not legacy joblib side files).
static QStringList fixtureFiles(const QString &dir)
{
    QStringList out;
    const auto names = QDir(dir).entryList(QDir::Files, QDir::Name);
    for (const QString &name : names)
        if (!name.endsWith(QLatin1String(".json")) && !name.endsWith(QLatin1String(".npy"))
            && !name.endsWith(QLatin1String(".npy.z")))
            out << QDir(dir).filePath(name);
    return out;
}

/// 70,000 tiny pickles back to back, then an os.system call: the finding names pickle
/// 70,001 (stream index 70,000), not a stream number wrapped or clamped to 16 bits.
void tst_ScanCli::findingInPickle70001NamesItsStream()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray bytes;
    const QByteArray tiny("\x80\x02K\x01.", 5); // PROTO 2, BININT1 1, STOP
    bytes.reserve(tiny.size() * 70000 + 64);
    for (int i = 0; i < 70000; ++i)
        bytes += tiny;
    const qsizetype payloadOffset = bytes.size();
    // PROTO 2, GLOBAL os system, SHORT_BINUNICODE 'id', TUPLE1, REDUCE, STOP.
    bytes += QByteArray("\x80\x02"
                        "cos\nsystem\n"
                        "\x8c\x02id"
                        "\x85R.",
                        20);
    const QString path = write(dir, QStringLiteral("many.pkl"), bytes);
    QVERIFY(!path.isEmpty());

    const Run r = cli({QStringLiteral("scan"), QStringLiteral("--json"), path});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray files = json(r).value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 1);
    const QJsonArray findings = files.at(0).toObject().value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 1);
    const QJsonObject f = findings.at(0).toObject();
    QCOMPARE(f.value(QStringLiteral("global")).toString(), QStringLiteral("os.system"));
    QCOMPARE(f.value(QStringLiteral("stream")).toInteger(), qint64(70000));
    QCOMPARE(f.value(QStringLiteral("stream_name")).toString(), QStringLiteral("pickle 70001"));
    QCOMPARE(f.value(QStringLiteral("file_offset")).toInteger(), qint64(payloadOffset + 2));

    const Run text = cli({QStringLiteral("scan"), path});
    QVERIFY2(text.out.contains("(pickle 70001)"), text.out);
}

void tst_ScanCli::wholeCorpora()
{
    const QStringList clean = fixtureFiles(QStringLiteral(PS_FIXTURES));
    QVERIFY(clean.size() >= 90);
    const Run r = cli(
        QStringList{QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("--strict")}
        + clean);
    QVERIFY2(r.exitCode == 0, r.out.left(4000) + r.err);
    const QJsonArray files = json(r).value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), clean.size());
    for (const QJsonValue &v : files)
        QCOMPARE(v.toObject().value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("allow-listed"));

    const QStringList bad = fixtureFiles(QStringLiteral(PS_HOSTILE));
    QVERIFY(bad.size() >= 40);
    const Run h = cli(QStringList{QStringLiteral("scan"), QStringLiteral("--json")} + bad);
    QCOMPARE(h.exitCode, 1);
    const QJsonArray hostileFiles = json(h).value(QStringLiteral("files")).toArray();
    QCOMPARE(hostileFiles.size(), bad.size());
    for (const QJsonValue &v : hostileFiles) {
        const QJsonObject o = v.toObject();
        const QString file = o.value(QStringLiteral("file")).toString();
        QFile expectFile(file + QStringLiteral(".expect.json"));
        QVERIFY(expectFile.open(QIODevice::ReadOnly));
        const QJsonObject expect = QJsonDocument::fromJson(expectFile.readAll()).object();
        const int wanted = expect.value(QStringLiteral("exit_code")).toInt();
        QVERIFY2(o.value(QStringLiteral("exit_code")).toInt() == wanted, qPrintable(file));
        if (expect.value(QStringLiteral("dangerous")).toBool()) {
            QVERIFY2(o.value(QStringLiteral("dangerous")).toInt() > 0, qPrintable(file));
            // The expected call is among the dangerous findings.
            QStringList found;
            for (const QJsonValue &f : o.value(QStringLiteral("findings")).toArray())
                if (f.toObject().value(QStringLiteral("severity")).toString()
                    == QLatin1String("dangerous"))
                    found << f.toObject().value(QStringLiteral("global")).toString();
            for (const QJsonValue &g : expect.value(QStringLiteral("globals")).toArray())
                QVERIFY2(found.contains(g.toString()),
                         qPrintable(file + QLatin1Char(' ') + g.toString()));
        } else {
            QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("error"));
        }
    }

    // Benign but unusual files (issue 16): --strict exits 0 unless a user class is in them.
    const QString benignDir = QStringLiteral(PS_HOSTILE "/benign");
    QStringList benign;
    for (const QString &f : QDir(benignDir).entryList(QDir::Files, QDir::Name))
        if (!f.endsWith(QLatin1String(".json")) && !f.startsWith(QLatin1String("user_class")))
            benign << QDir(benignDir).filePath(f);
    QVERIFY(benign.size() >= 12);
    const Run b = cli(QStringList{QStringLiteral("scan"), QStringLiteral("--strict")} + benign);
    QVERIFY2(b.exitCode == 0, b.out.left(4000) + b.err);
    // User classes: unknown, exit 0 without --strict and 1 with it, never "dangerous" findings.
    const QString user = QDir(benignDir).filePath(QStringLiteral("user_class_p2.pkl"));
    QCOMPARE(cli(QStringList{QStringLiteral("scan"), user}).exitCode, 0);
    const Run us = cli(QStringList{QStringLiteral("scan"), QStringLiteral("--json"),
                                   QStringLiteral("--strict"), user});
    QCOMPARE(us.exitCode, 1);
    QCOMPARE(json(us)
                 .value(QStringLiteral("files"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("dangerous"))
                 .toInt(),
             0);
}

QTEST_GUILESS_MAIN(tst_ScanCli)
#include "tst_scan_cli.moc"
