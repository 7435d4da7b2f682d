// SPDX-License-Identifier: MIT
// Our disassembly equals pickletools' opcode by opcode — offset, name and argument repr — on
// every fixture pickletools can walk (NAME.dis.json, written by tests/fixtures/generate.py
// from pickletools.genops). The same opcode table drives this listing and the unpickler.
#include "document/document.h"
#include "present/disassembly.h"
#include "reader/reader.h"

#include <QtTest>

#include <limits>

using namespace ps;

class tst_Dis : public QObject
{
    Q_OBJECT

private slots:
    void matchesPickletools_data();
    void matchesPickletools();
    void textListing();
};

void tst_Dis::matchesPickletools_data()
{
    QTest::addColumn<QString>("disPath");
    const QDir dir(QStringLiteral(PS_FIXTURES));
    const QStringList files
        = dir.entryList({QStringLiteral("*.dis.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() > 30);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f.chopped(int(strlen(".dis.json"))))) << dir.filePath(f);
}

void tst_Dis::matchesPickletools()
{
    QFETCH(QString, disPath);
    QFile f(disPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray streams
        = QJsonDocument::fromJson(f.readAll()).object().value("streams").toArray();
    const QString file = disPath.chopped(int(strlen(".dis.json")));
    auto doc = openDocument(file.toStdString());
    QVERIFY2(doc->ok(), doc->error() ? doc->error()->toString().c_str() : "");
    QCOMPARE(int(doc->streams().size()), streams.size());

    int compared = 0;
    for (int s = 0; s < streams.size(); ++s) {
        const QJsonArray ops = streams.at(s).toObject().value("ops").toArray();
        const auto lines = disassembleStream(*doc, size_t(s), std::numeric_limits<size_t>::max());
        const uint64_t begin = doc->streams()[size_t(s)].begin;
        QCOMPARE(int(lines.size()), ops.size());
        for (int i = 0; i < ops.size(); ++i) {
            const QJsonArray op = ops.at(i).toArray();
            const DisLine &line = lines[size_t(i)];
            const QString where = QStringLiteral("stream %1 op %2").arg(s).arg(i);
            QVERIFY2(line.offset - begin == uint64_t(op.at(0).toInteger()), qPrintable(where));
            QVERIFY2(QString::fromStdString(line.name) == op.at(1).toString(),
                     qPrintable(where + ": " + QString::fromStdString(line.name)));
            const QString arg = line.argument ? QString::fromStdString(*line.argument) : QString();
            if (op.at(2).isNull())
                QVERIFY2(!line.argument, qPrintable(where + " has an argument: " + arg));
            else
                QVERIFY2(arg == op.at(2).toString(),
                         qPrintable(where + ": " + arg.left(200)
                                    + " != " + op.at(2).toString().left(200)));
            ++compared;
        }
    }
    QVERIFY(compared > 0);
}

/// The text listing has pickletools' shape: offset, opcode byte, MARK indentation, name, arg.
void tst_Dis::textListing()
{
    auto doc = openDocument(std::string(PS_FIXTURES) + "/lr_iris_p4.pkl");
    QVERIFY(doc->ok());
    std::ostringstream out;
    writeDisassembly(out, *doc);
    const QString text = QString::fromStdString(out.str());
    QVERIFY2(text.contains(QStringLiteral("    0: \\x80 PROTO      4")),
             qPrintable(text.left(300)));
    QVERIFY(text.contains(QStringLiteral("STACK_GLOBAL")));
    QVERIFY(text.contains(QStringLiteral("'sklearn.linear_model._logistic'")));
    QVERIFY(text.contains(QStringLiteral("  829: .    STOP")));
    QVERIFY(text.trimmed().endsWith(QStringLiteral("highest protocol among opcodes = 4")));
}

QTEST_GUILESS_MAIN(tst_Dis)
#include "tst_dis.moc"
