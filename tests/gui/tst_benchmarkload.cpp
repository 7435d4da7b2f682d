// SPDX-License-Identifier: MIT
// `picklescope --benchmark-load FILE [--benchmark-search TEXT]`: the program itself, run as
// tests/bench/run.py runs it (offscreen), on committed fixtures.
#include "gui_testing.h"
#include "reader/reader.h"
#include "treesearch.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>
#include <cstdlib>

using namespace ps::gui;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runProgram(const QStringList &arguments)
{
    QProcess program;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    program.setProcessEnvironment(env);
    program.start(QStringLiteral(PS_PICKLESCOPE), arguments);
    Run run;
    if (!program.waitForFinished(120000) || program.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = program.exitCode();
    run.out = QString::fromUtf8(program.readAllStandardOutput());
    run.err = QString::fromUtf8(program.readAllStandardError());
    return run;
}

/// The fields of the one line of `out` that starts with `word`; empty when there is none or
/// several.
/// A numeric field of a LOADED/SEARCHED line (C locale, as the program prints it).
double numberOf(const QMap<QString, QString> &fields, const char *name)
{
    return std::strtod(fields.value(QString::fromLatin1(name)).toLatin1().constData(), nullptr);
}

QMap<QString, QString> fieldsOf(const QString &out, const QString &word)
{
    QMap<QString, QString> fields;
    int lines = 0;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.isEmpty() || parts.takeFirst() != word)
            continue;
        ++lines;
        for (const QString &part : parts)
            fields.insert(part.section(QLatin1Char('='), 0, 0), part.section(QLatin1Char('='), 1));
    }
    return lines == 1 ? fields : QMap<QString, QString>{};
}

bool isSeconds(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("\\A\\d+\\.\\d{3}\\z"));
    return number.match(text).hasMatch();
}

} // namespace

class tst_BenchmarkLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::setupTestApplication(); }

    /// The LOADED line: every phase in seconds, the rows the tree shows and the graph's size
    /// as the loader reads it in this process.
    void loadedLine()
    {
        const QString file = guitest::fixture(QStringLiteral("lr_iris_p4.pkl"));
        const Run run = runProgram({QStringLiteral("--benchmark-load"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto loaded = fieldsOf(run.out, QStringLiteral("LOADED"));
        QVERIFY2(!loaded.isEmpty(), qPrintable(run.out));
        for (const char *phase :
             {"seconds", "complete", "read", "security", "view", "listing", "index", "insight"})
            QVERIFY2(
                isSeconds(loaded.value(QString::fromLatin1(phase))),
                qPrintable(QStringLiteral("%1 in %2").arg(QString::fromLatin1(phase), run.out)));
        QVERIFY(numberOf(loaded, "complete") >= numberOf(loaded, "seconds"));
        const LoadedFilePtr same = guitest::load(file);
        QVERIFY(same);
        QCOMPARE(loaded.value(QStringLiteral("nodes")).toULongLong(),
                 static_cast<qulonglong>(same->document->graph().size()));
        QCOMPARE(loaded.value(QStringLiteral("roots")), QStringLiteral("1"));
        // The root (a LogisticRegression) is expanded: its attributes are rows.
        QVERIFY(loaded.value(QStringLiteral("rows")).toInt() > 5);
        QVERIFY(numberOf(loaded, "peak_rss_mib") >= numberOf(loaded, "rss_mib"));
        QVERIFY(numberOf(loaded, "rss_mib") > 1.0);
        QVERIFY(fieldsOf(run.out, QStringLiteral("SEARCHED")).isEmpty());
        // The window records no instructions; its listing is the checkpoints of as many lines
        // as the unpickler's record of the same file has.
        QCOMPARE(loaded.value(QStringLiteral("instructions_mib")), QStringLiteral("0.0"));
        ps::OpenOptions record;
        record.recordInstructions = true;
        const auto recorded = ps::openDocument(file.toStdString(), record);
        const size_t lines = recorded->streams().front().instructions.size();
        QVERIFY(lines > 100);
        QCOMPARE(loaded.value(QStringLiteral("listing_lines")).toULongLong(),
                 static_cast<qulonglong>(lines));
        size_t bytes = 0;
        for (const ps::DisassemblyIndex &listing : same->listings)
            bytes += listing.memoryBytes();
        QVERIFY(bytes > 0 && bytes < lines * 4);
        QVERIFY(std::abs(numberOf(loaded, "listing_mib") - static_cast<double>(bytes) / 1048576.0)
                <= 0.051);
        // The opcode panel's model reads rows at the start, the middle and the end.
        const auto opcodes = fieldsOf(run.out, QStringLiteral("OPCODES"));
        QVERIFY2(!opcodes.isEmpty(), qPrintable(run.out));
        QCOMPARE(opcodes.value(QStringLiteral("rows")).toULongLong(),
                 static_cast<qulonglong>(lines));
        for (const char *field : {"first_rows_ms", "middle_rows_ms", "last_rows_ms", "growth_mib"})
            QVERIFY2(numberOf(opcodes, field) >= 0.0
                         && !opcodes.value(QString::fromLatin1(field)).isEmpty(),
                     field);
    }

    /// --benchmark-search finds what the tree's search finds on the same file.
    void searchedLine()
    {
        const QString file = guitest::fixture(QStringLiteral("lr_iris_p4.pkl"));
        const QString needle = QStringLiteral("iter");
        const Run run = runProgram({QStringLiteral("--benchmark-load"), file,
                                    QStringLiteral("--benchmark-search"), needle});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto searched = fieldsOf(run.out, QStringLiteral("SEARCHED"));
        QVERIFY2(!searched.isEmpty(), qPrintable(run.out));
        const LoadedFilePtr same = guitest::load(file);
        QVERIFY(same && same->treeIndex);
        const SearchResult expected
            = searchTree(*same->document, *same->treeIndex, needle.toStdString());
        QVERIFY(expected.entries.size() >= 2); // max_iter and n_iter_
        QCOMPARE(searched.value(QStringLiteral("matches")).toInt(),
                 static_cast<int>(expected.entries.size()));
        QCOMPARE(searched.value(QStringLiteral("truncated")), QStringLiteral("0"));
        QVERIFY(isSeconds(searched.value(QStringLiteral("seconds"))));
        QVERIFY(numberOf(searched, "rss_before_mib") > 1.0);
        QVERIFY(numberOf(searched, "growth_mib") >= 0.0);
    }

    /// The two steps of a load: readable() hands over the document and its security report
    /// (no index, no insight), loaded() the complete file with the same document. A loader
    /// that is not told to wait for resume() (the compare window's, the tests') goes straight
    /// on; a waiting one goes on when resumed.
    void readableThenLoaded_data()
    {
        QTest::addColumn<bool>("wait");
        QTest::newRow("straight on") << false;
        QTest::newRow("waits for resume") << true;
    }
    void readableThenLoaded()
    {
        QFETCH(bool, wait);
        FileLoader loader;
        loader.setWaitAfterReadable(wait);
        QSignalSpy readable(&loader, &FileLoader::readable);
        QSignalSpy loaded(&loader, &FileLoader::loaded);
        QElapsedTimer clock;
        connect(&loader, &FileLoader::readable, this, [&] {
            clock.start();
            if (wait)
                loader.resume();
        });
        loader.start(guitest::fixture(QStringLiteral("lr_iris_p4.pkl")));
        QVERIFY(loaded.wait(60000));
        const qint64 gap = clock.elapsed();
        QCOMPARE(readable.size(), 1);
        const auto first = readable.at(0).at(0).value<LoadedFilePtr>();
        const auto complete = loaded.at(0).at(0).value<LoadedFilePtr>();
        QVERIFY(!first->treeIndex && first->estimators.empty() && first->listings.empty());
        QVERIFY(complete->treeIndex && !complete->estimators.empty()
                && complete->listings.size() == 1);
        QCOMPARE(first->document, complete->document);
        QCOMPARE(first->security.globals.size(), complete->security.globals.size());
        // Indexing a small model takes milliseconds; the wait for resume() would take
        // kReadableWaitMs.
        QVERIFY2(gap < FileLoader::kReadableWaitMs * 3 / 4,
                 qPrintable(QStringLiteral("%1 ms from readable to loaded").arg(gap)));
    }

    /// A file that cannot be read: exit code 1, the file and the reason on stderr, no line.
    void unreadableFileFails_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << QDir::temp().filePath(QStringLiteral("no-such-file.pkl"))
                                 << QString();
        QTest::newRow("truncated")
            << guitest::fixture(QStringLiteral("lr_iris_p4.pkl")) << QStringLiteral("offset");
    }
    void unreadableFileFails()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        QString path = file;
        QTemporaryDir dir;
        if (QFileInfo::exists(file)) {
            // Cut the pickle short: the reader stops before STOP.
            QFile in(file);
            QVERIFY(in.open(QIODevice::ReadOnly));
            const QByteArray bytes = in.readAll();
            path = dir.filePath(QStringLiteral("cut.pkl"));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes.left(bytes.size() / 2));
        }
        const Run run = runProgram({QStringLiteral("--benchmark-load"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.out.contains(QStringLiteral("LOADED")));
        // "picklescope: PATH: why", the reason after the path.
        const QString prefix = QStringLiteral("picklescope: %1: ").arg(path);
        const int at = run.err.indexOf(prefix);
        QVERIFY2(at >= 0, qPrintable(run.err));
        const QString why = run.err.mid(at + prefix.size()).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(why.size() > 5, qPrintable(run.err));
        if (!reason.isEmpty())
            QVERIFY2(why.contains(reason), qPrintable(why));
    }
};

QTEST_MAIN(tst_BenchmarkLoad)
#include "tst_benchmarkload.moc"
