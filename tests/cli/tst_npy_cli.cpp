// SPDX-License-Identifier: MIT
// Issue 14: picklescope-cli on `.npy` / `.npz` files (tests/fixtures/generate_npy.py) —
// info, tree, get, scan and export as for pickles — and on files of formats it does not read.
#include "cli_runner.h"

#include <QtTest>

using clitest::cli;
using clitest::Run;

class tst_NpyCli : public QObject
{
    Q_OBJECT

private slots:
    void info();
    void treeOfNpz();
    void get_data();
    void get();
    void scan_data();
    void scan();
    void exportLoadsInNumpy();
    void foreignFormats();

private:
    QTemporaryDir m_dir;
    static QString npy(const QString &name) { return QStringLiteral(PS_NPY_FIXTURES "/") + name; }
};

void tst_NpyCli::info()
{
    const Run r
        = cli({QStringLiteral("info"), npy(QStringLiteral("f8_2d.npy")), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject info = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(info[QLatin1String("format")].toString(), QStringLiteral("npy"));
    QCOMPARE(info[QLatin1String("root_types")].toArray().first().toString(),
             QStringLiteral("numpy.ndarray"));
    QVERIFY(info[QLatin1String("error")].isNull());
    const Run text = cli({QStringLiteral("info"), npy(QStringLiteral("stored.npz"))});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Format:      npz"), text.out.constData());
    QVERIFY2(text.out.contains("f8_2d.npy: array data"), text.out.constData());
}

void tst_NpyCli::treeOfNpz()
{
    const Run r = cli({QStringLiteral("tree"), npy(QStringLiteral("deflated.npz"))});
    QCOMPARE(r.exitCode, 0);
    for (const char *key : {"'f8_2d'", "'unicode'", "'objects'", "'structured'"})
        QVERIFY2(r.out.contains(key), r.out.constData());
}

void tst_NpyCli::get_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("json");
    QTest::newRow("npy element") << "f8_2d.npy"
                                 << "[2, 3]"
                                 << "2.75";
    QTest::newRow("npy row") << "f8_2d.npy"
                             << "[1]"
                             << "[1.0,1.25,1.5,1.75]";
    QTest::newRow("big-endian fortran") << "i4_big_fortran.npy"
                                        << "[1, 2]"
                                        << "3";
    QTest::newRow("stored member") << "stored.npz"
                                   << "['unicode'][1]"
                                   << "\"héllo\"";
    QTest::newRow("deflated member") << "deflated.npz"
                                     << "['f8_2d'][0, 1]"
                                     << "0.25";
    QTest::newRow("object element") << "objects.npy"
                                    << "[3]"
                                    << "[3,4.5]";
    QTest::newRow("object in npz") << "deflated.npz"
                                   << "['objects'][1]"
                                   << "\"two\"";
}

void tst_NpyCli::get()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, json);
    const Run r = cli({QStringLiteral("get"), npy(file), path, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonDocument got = QJsonDocument::fromJson("[" + r.out + "]");
    const QJsonDocument want = QJsonDocument::fromJson("[" + json.toUtf8() + "]");
    QCOMPARE(got, want);
}

void tst_NpyCli::scan_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("numeric npy") << "f8_2d.npy" << 0;
    QTest::newRow("object npy") << "objects.npy" << 0;
    QTest::newRow("npz") << "deflated.npz" << 0;
    QTest::newRow("hostile npy") << "hostile_object.npy" << 1;
    QTest::newRow("hostile npz member") << "hostile_member.npz" << 1;
}

void tst_NpyCli::scan()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    const Run r = cli({QStringLiteral("scan"), npy(file), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, exitCode);
    const QJsonObject report
        = QJsonDocument::fromJson(r.out)[QLatin1String("files")].toArray().first().toObject();
    QStringList globals;
    for (const QJsonValue &f : report[QLatin1String("findings")].toArray())
        globals << f[QLatin1String("global")].toString();
    QCOMPARE(globals.contains(QStringLiteral("posix.system")), exitCode == 1);
}

void tst_NpyCli::exportLoadsInNumpy()
{
    const QString out = m_dir.filePath(QStringLiteral("f8.npy"));
    const Run r = cli({QStringLiteral("export"), npy(QStringLiteral("deflated.npz")),
                       QStringLiteral("['f8_2d']"), QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import numpy as np, sys\n"
                                 "a = np.load(sys.argv[1]); b = np.load(sys.argv[2])['f8_2d']\n"
                                 "sys.exit(0 if a.dtype == b.dtype and (a == b).all() else 1)\n"),
                  out, npy(QStringLiteral("deflated.npz"))});
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
}

void tst_NpyCli::foreignFormats()
{
    QFile f(npy(QStringLiteral("foreign/expected.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject files = QJsonDocument::fromJson(f.readAll()).object();
    for (auto it = files.begin(); it != files.end(); ++it) {
        const Run r = cli({QStringLiteral("info"), npy(QStringLiteral("foreign/") + it.key())});
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QStringLiteral("this is ") + it.value().toString()), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("opcode")) && !err.contains(QLatin1String("STACK")),
                 qPrintable(err));
    }
}

QTEST_GUILESS_MAIN(tst_NpyCli)
#include "tst_npy_cli.moc"
