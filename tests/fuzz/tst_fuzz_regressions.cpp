// SPDX-License-Identifier: MIT
// Every input a fuzzer crashed, hung or ran out of memory on (tests/core/data/fuzz/<target>/)
// replayed through the same target body (tests/fuzz/targets.h), in the normal build and under
// ASan/UBSan. A body aborts when its invariant breaks, which fails this test.
#include "targets.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

class tst_FuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

void tst_FuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    const QDir root(QStringLiteral(PS_FUZZ_REGRESSIONS));
    for (const QString &target : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QVERIFY2(ps::fuzz::bodyNamed(target.toStdString()),
                 qPrintable(QStringLiteral("no fuzz target named ") + target));
        const QDir dir(root.filePath(target));
        for (const QString &file : dir.entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(target + QLatin1Char('/') + file))
                << target << dir.filePath(file);
    }
}

void tst_FuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QElapsedTimer timer;
    timer.start();
    ps::fuzz::bodyNamed(target.toStdString())(std::span<const uint8_t>(
        reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())));
    // The fuzzers run with -timeout=10: a replay that slow is a hang again.
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed()) + " ms"));
}

QTEST_GUILESS_MAIN(tst_FuzzRegressions)
#include "tst_fuzz_regressions.moc"
