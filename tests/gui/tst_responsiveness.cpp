// SPDX-License-Identifier: MIT
// Loading a big file (tens of MB, millions of objects) keeps the event loop running, and
// Cancel stops it.
#include "documenttab.h"
#include "documentview.h"
#include "gui_testing.h"
#include "mainwindow.h"
#include "objecttreemodel.h"
#include "workerthreads.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

using namespace ps::gui;

class tst_Responsiveness : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_big;
    QString m_slowScan; ///< opens at once; its security analysis inflates and reads 200 MB

    /// The tab's loading page says the security analysis runs.
    static bool analysing(DocumentTab *tab)
    {
        for (const QLabel *label : tab->findChildren<QLabel *>())
            if (label->text().startsWith(DocumentTab::tr("Checking security")))
                return true;
        return false;
    }

    /// Measures the longest gap between the ticks of a 10 ms timer.
    struct TickGaps
    {
        QElapsedTimer clock;
        QTimer timer;
        qint64 last = 0;
        qint64 longest = 0;
        int ticks = 0;
        TickGaps()
        {
            timer.setInterval(10);
            QObject::connect(&timer, &QTimer::timeout, &timer, [this] {
                const qint64 now = clock.elapsed();
                longest = std::max(longest, now - last);
                last = now;
                ++ticks;
            });
            clock.start();
            timer.start();
        }
    };

    /// Opens the slow-scan file and returns once its analysis is running.
    DocumentTab *openWhileAnalysing(MainWindow &window)
    {
        DocumentTab *tab = window.openFile(m_slowScan);
        if (!QTest::qWaitFor([tab] { return analysing(tab); }, 60000))
            return nullptr;
        return tab;
    }

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
        // A checkpoint-like ZIP: data.pkl is tiny, but the analysis scans every other entry
        // that may be a pickle, and extra.pkl inflates to 200 MB of opcodes.
        m_slowScan = m_dir.filePath(QStringLiteral("slow_scan.pt"));
        QVERIFY(guitest::writeWithPython(
            QStringLiteral("import pickle, sys, zipfile\n"
                           "with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:\n"
                           "    z.writestr('archive/data.pkl', pickle.dumps({'w': 1}, 2))\n"
                           "    z.writestr('archive/extra.pkl',\n"
                           "               b'\\x80\\x04' + b'N0' * 100_000_000 + b'N.')\n"),
            m_slowScan));
    }

    /// A timer keeps firing while the file loads: the GUI thread is never blocked for long.
    void eventLoopKeepsRunning()
    {
        MainWindow window;
        window.show();
        TickGaps gaps;
        DocumentTab *tab = window.openFile(m_big);
        gaps.last = gaps.clock.elapsed();
        gaps.longest = 0;
        QSignalSpy done(tab, &DocumentTab::stateChanged);
        QVERIFY(done.wait(120000));
        const qint64 loadTime = gaps.clock.elapsed();
        gaps.timer.stop();
        const int ticks = gaps.ticks;
        const qint64 longestGap = gaps.longest;
        QCOMPARE(tab->state(), DocumentTab::State::Ready);
        qInfo("loaded %lld bytes in %lld ms; %d timer ticks, longest gap %lld ms",
              static_cast<long long>(QFileInfo(m_big).size()), static_cast<long long>(loadTime),
              ticks, static_cast<long long>(longestGap));
        QVERIFY2(ticks >= 5, "the timer did not fire while loading");
        // Reading, analysing and indexing run off the GUI thread: the event loop keeps turning
        // for the whole load, and the one stall left (creating the view: first rows, models)
        // is a small part of it. A fixed bound in milliseconds would measure the machine's
        // load instead (the stall's duration is a benchmark figure, tests/bench); had any stage
        // run on the GUI thread, the stall would be most of the load time.
        QVERIFY2(longestGap * 10 < loadTime,
                 qPrintable(QStringLiteral("the event loop stalled for %1 ms of a %2 ms load")
                                .arg(longestGap)
                                .arg(loadTime)));
        // The million-row list pages in lazily: a page or two of rows (the complete view that
        // replaces the one shown while indexing may ask for the next page as it lays out).
        const QAbstractItemModel *model = tab->view()->tree()->model();
        QVERIFY(model->rowCount(model->index(0, 0)) <= 2 * ObjectTreeModel::kFetchBatch);
    }

    /// Loading shows the phase and how far the load is: "Reading… 42 %" over a bar saying
    /// "42 %", then "Checking security… 90 %"; every phase carries a percentage, and it never
    /// goes back. A file read completely then shows its tree while it is indexed, the search
    /// field saying how far the index is ("Indexing… 37 %"), before the tab is Ready.
    void loadingShowsPhaseAndPercent()
    {
        MainWindow window;
        window.show();
        DocumentTab *tab = window.openFile(m_big);
        QCOMPARE(tab->state(), DocumentTab::State::Loading);
        static const QRegularExpression phase(
            QStringLiteral("\\A(Reading|Checking security|Indexing)… (\\d+) %\\z"));
        static const QRegularExpression barText(QStringLiteral("\\A(\\d+) %\\z"));
        QList<int> percents;
        QStringList phases;
        QStringList indexing; ///< what the early view's search status said
        bool viewBeforeReady = false;
        QElapsedTimer clock;
        clock.start();
        while (tab->state() == DocumentTab::State::Loading && clock.elapsed() < 120000) {
            if (tab->view()) {
                viewBeforeReady = true;
                const auto labels = tab->view()->findChildren<QLabel *>();
                for (const QLabel *label : labels)
                    if (label->text().startsWith(QStringLiteral("Indexing"))
                        && (indexing.isEmpty() || indexing.back() != label->text()))
                        indexing << label->text();
            } else {
                const QString stage = tab->stageLabel()->text();
                const auto m = phase.match(stage);
                QVERIFY2(m.hasMatch(), qPrintable(stage));
                QVERIFY(tab->progressBar()->isTextVisible());
                // The bar's own text may lag one update behind the label: same format.
                QVERIFY2(barText.match(tab->progressBar()->text()).hasMatch(),
                         qPrintable(tab->progressBar()->text()));
                if (phases.isEmpty() || phases.back() != m.captured(1))
                    phases << m.captured(1);
                const int percent = m.captured(2).toInt();
                if (percents.isEmpty() || percents.back() != percent)
                    percents << percent;
            }
            QTest::qWait(5);
        }
        QCOMPARE(tab->state(), DocumentTab::State::Ready);
        qInfo("phases: %s; percentages: %s; while indexing: %s",
              qPrintable(phases.join(QStringLiteral(" | "))), qPrintable([&] {
                  QStringList list;
                  for (int p : percents)
                      list << QString::number(p);
                  return list.join(QLatin1Char(' '));
              }()),
              qPrintable(indexing.join(QStringLiteral(" | "))));
        QVERIFY2(std::is_sorted(percents.begin(), percents.end()), "the percentage went back");
        QVERIFY2(
            std::any_of(percents.begin(), percents.end(), [](int p) { return p > 0 && p < 90; }),
            "no percentage between 0 and 90 was shown while reading");
        QCOMPARE(phases.front(), QStringLiteral("Reading"));
        QVERIFY2(viewBeforeReady, "the tree showed only once everything was indexed");
        QVERIFY2(!indexing.isEmpty(), "the view did not say it was indexing");
        static const QRegularExpression indexingText(QStringLiteral("\\AIndexing… (\\d+) %\\z"));
        for (const QString &text : indexing)
            QVERIFY2(indexingText.match(text).hasMatch(), qPrintable(text));
    }

    /// Cancel stops a load; the tab says so and the window stays usable.
    void closingTabDuringAnalysisReturnsAtOnce();
    void closingWindowDuringAnalysisReturnsAtOnce();

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

void tst_Responsiveness::closingTabDuringAnalysisReturnsAtOnce()
{
    // Issue 14: closing a tab while its security analysis runs used to wait on the GUI thread
    // (QThread::wait) until the analysis had inflated and read everything.
    MainWindow window;
    window.show();
    DocumentTab *tab = openWhileAnalysing(window);
    QVERIFY(tab);
    TickGaps gaps;
    QElapsedTimer closing;
    closing.start();
    Q_EMIT window.tabs()->tabCloseRequested(window.tabs()->indexOf(tab));
    QTest::qWait(300); // the tab is deleted (deleteLater) in here
    const qint64 closeTime = closing.elapsed();
    qInfo("closed during the analysis: %lld ms for close + 300 ms of events; %d ticks, longest "
          "gap %lld ms",
          static_cast<long long>(closeTime), gaps.ticks, static_cast<long long>(gaps.longest));
    QCOMPARE(window.tabs()->count(), 0);
    QVERIFY2(gaps.longest < 150,
             qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(gaps.longest)));
    // The worker was told to cancel: it ends by itself, soon.
    QElapsedTimer ending;
    ending.start();
    QVERIFY(QTest::qWaitFor([] { return runningRetiredThreads() == 0; }, 20000));
    qInfo("the cancelled worker ended %lld ms after the close",
          static_cast<long long>(ending.elapsed()));
}

void tst_Responsiveness::closingWindowDuringAnalysisReturnsAtOnce()
{
    auto *window = new MainWindow;
    window->show();
    QVERIFY(openWhileAnalysing(*window));
    TickGaps gaps;
    QElapsedTimer closing;
    closing.start();
    QVERIFY(window->close());
    delete window;
    const qint64 closeTime = closing.elapsed();
    // The analysis (inflating and reading 200 MB of opcodes) was still running when the window
    // was gone: closing did not wait for it. Waiting (QThread::wait, the issue 14 finding) would
    // leave no worker behind. The time is a sanity bound only (a loaded 2-core CI machine took
    // 161 ms for what takes ~20 ms idle); the analysis itself takes seconds.
    const int stillRunning = runningRetiredThreads();
    QTest::qWait(100);
    qInfo("window closed and deleted in %lld ms with %d worker(s) still running; longest gap "
          "%lld ms",
          static_cast<long long>(closeTime), stillRunning, static_cast<long long>(gaps.longest));
    QVERIFY2(stillRunning > 0, "closing the window waited for the analysis to end");
    QVERIFY2(closeTime < 1000, qPrintable(QStringLiteral("closing took %1 ms").arg(closeTime)));
    QVERIFY(QTest::qWaitFor([] { return runningRetiredThreads() == 0; }, 20000));
}

QTEST_MAIN(tst_Responsiveness)
#include "tst_responsiveness.moc"
