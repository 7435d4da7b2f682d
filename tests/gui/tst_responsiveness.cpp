// SPDX-License-Identifier: MIT
// Loading a big file (tens of MB, millions of objects) keeps the event loop running, and
// Cancel stops it.
#include "documenttab.h"
#include "documentview.h"
#include "gui_testing.h"
#include "mainwindow.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

using namespace ps::gui;

class tst_Responsiveness : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_big;

private Q_SLOTS:
    void initTestCase()
    {
        guitest::setupTestApplication();
        QVERIFY(m_dir.isValid());
        m_big = m_dir.filePath(QStringLiteral("big.pkl"));
        QVERIFY(guitest::writeWithPython(
            QStringLiteral("import pickle, sys\n"
                           "rows = [{'id': i, 'score': i / 7, 'name': 'row%d' % i}\n"
                           "        for i in range(1_200_000)]\n"
                           "pickle.dump(rows, open(sys.argv[1], 'wb'), protocol=4)\n"),
            m_big));
        QVERIFY(QFileInfo(m_big).size() > 30 * 1000 * 1000);
    }

    /// A timer keeps firing while the file loads: the GUI thread is never blocked for long.
    void eventLoopKeepsRunning()
    {
        MainWindow window;
        window.show();
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longestGap = 0;
        int ticks = 0;
        QTimer timer;
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            longestGap = std::max(longestGap, now - last);
            last = now;
            ++ticks;
        });
        clock.start();
        timer.start();
        DocumentTab *tab = window.openFile(m_big);
        last = clock.elapsed();
        longestGap = 0;
        QSignalSpy done(tab, &DocumentTab::stateChanged);
        QVERIFY(done.wait(120000));
        const qint64 loadTime = clock.elapsed();
        timer.stop();
        QCOMPARE(tab->state(), DocumentTab::State::Ready);
        qInfo("loaded %lld bytes in %lld ms; %d timer ticks, longest gap %lld ms",
              static_cast<long long>(QFileInfo(m_big).size()), static_cast<long long>(loadTime),
              ticks, static_cast<long long>(longestGap));
        QVERIFY2(ticks >= 5, "the timer did not fire while loading");
        // Creating the view (first rows, models) is the only work on the GUI thread.
        QVERIFY2(longestGap < 500,
                 qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(longestGap)));
        // The million-row list pages in lazily.
        const QAbstractItemModel *model = tab->view()->tree()->model();
        QVERIFY(model->rowCount(model->index(0, 0)) <= 500);
    }

    /// Cancel stops a load; the tab says so and the window stays usable.
    void cancelStopsLoading()
    {
        MainWindow window;
        window.show();
        DocumentTab *tab = window.openFile(m_big);
        QCOMPARE(tab->state(), DocumentTab::State::Loading);
        QVERIFY(tab->cancelButton()->isVisibleTo(tab));
        tab->cancelButton()->click();
        QSignalSpy done(tab, &DocumentTab::stateChanged);
        QVERIFY(done.wait(60000));
        QCOMPARE(tab->state(), DocumentTab::State::Cancelled);
        QVERIFY(!tab->view());
        DocumentTab *other
            = window.openFile(guitest::fixture(QStringLiteral("random_forest.joblib")));
        QSignalSpy ready(other, &DocumentTab::stateChanged);
        QVERIFY(ready.wait(60000));
        QCOMPARE(other->state(), DocumentTab::State::Ready);
    }
};

QTEST_MAIN(tst_Responsiveness)
#include "tst_responsiveness.moc"
