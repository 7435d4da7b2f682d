// SPDX-License-Identifier: MIT
#include "loadbenchmark.h"

#include "documenttab.h"
#include "documentview.h"
#include "mainwindow.h"
#include "objecttreemodel.h"
#include "opcodemodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QTreeView>

namespace ps::gui {

namespace {

/// A "VmRSS:   1234 kB" line of /proc/self/status, in MiB.
double statusMib(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key)) {
            const QByteArray kb = line.mid(key.size()).trimmed().split(' ').value(0);
            return kb.toLongLong() / 1024.0;
        }
    }
    return 0;
}

/// Runs the event loop until `done` holds (checked once at the start and after each
/// emission of either signal).
template<typename Object, typename Signal, typename Other, typename Done>
void waitFor(Object *object, Signal signal, Other other, Done done)
{
    if (done())
        return;
    QEventLoop loop;
    auto check = [&] {
        if (done())
            loop.quit();
    };
    QObject::connect(object, signal, &loop, check);
    QObject::connect(object, other, &loop, check);
    loop.exec();
}

/// Handles the events already posted (layout, paint requests), then returns.
void settle()
{
    QEventLoop loop;
    QTimer::singleShot(0, &loop, &QEventLoop::quit);
    loop.exec();
}

QString seconds(qint64 milliseconds)
{
    return QString::number(static_cast<double>(milliseconds) / 1000.0, 'f', 3);
}

QString mib(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

double residentMib()
{
    return statusMib("VmRSS:");
}

double peakResidentMib()
{
    return statusMib("VmHWM:");
}

bool resetPeakResident()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

int runLoadBenchmark(MainWindow &window, const QString &path, const QString &search, std::FILE *out)
{
    QElapsedTimer clock;
    clock.start();
    DocumentTab *tab = window.openFile(path);
    // Usable: the view shows the tree (a file read completely shows it before its index and
    // insight are done); complete: the tab is Ready with the complete view.
    auto shown = [tab] {
        return tab->view() || tab->state() != DocumentTab::State::Loading;
    };
    waitFor(tab, &DocumentTab::viewShown, &DocumentTab::stateChanged, shown);
    if (tab->view())
        settle();
    const qint64 usable = clock.elapsed();
    // The wall clock at that moment, for a caller that timed the process from its start.
    const double usableAt = static_cast<double>(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    waitFor(tab, &DocumentTab::stateChanged, &DocumentTab::stateChanged,
            [tab] { return tab->state() != DocumentTab::State::Loading; });
    if (tab->state() != DocumentTab::State::Ready || !tab->view()) {
        const QString why = tab->state() == DocumentTab::State::Cancelled
                                ? QCoreApplication::translate("main", "opening was cancelled")
                                : QTextDocumentFragment::fromHtml(tab->errorText()).toPlainText();
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "picklescope: %1: %2")
                                    .arg(path, why.simplified())));
        return 1;
    }
    settle();
    const qint64 complete = clock.elapsed();
    DocumentView *view = tab->view();
    const LoadedFile &file = *view->file();
    const ObjectTreeModel *model = view->treeModel();
    const int roots = model->rowCount();
    const int rows = roots > 0 ? model->rowCount(model->index(0, 0)) : 0;
    const auto &phases = file.phases;
    // What the window keeps beside the engine's graph: recorded instructions (none: the window
    // reads opcodes from the bytes), the listings' checkpoints (the opcode panel) and the tree
    // index.
    size_t instructions = 0;
    for (const PickleStream &stream : file.document->streams())
        instructions += stream.instructions.capacity();
    size_t listingBytes = 0;
    size_t listingLines = 0;
    for (const DisassemblyIndex &listing : file.listings) {
        listingBytes += listing.memoryBytes();
        listingLines += listing.size();
    }
    const double instructionsMib
        = static_cast<double>(instructions * sizeof(Instruction)) / (1024.0 * 1024.0);
    const double listingMib = static_cast<double>(listingBytes) / (1024.0 * 1024.0);
    const double indexMib
        = file.treeIndex ? static_cast<double>(file.treeIndex->memoryBytes()) / (1024.0 * 1024.0)
                         : 0.0;
    std::fprintf(out,
                 "LOADED seconds=%s complete=%s read=%s security=%s view=%s listing=%s index=%s "
                 "insight=%s "
                 "roots=%d rows=%d nodes=%zu rss_mib=%s peak_rss_mib=%s file_rss_mib=%s "
                 "instructions_mib=%s listing_mib=%s listing_lines=%zu index_mib=%s "
                 "usable_at=%.3f\n",
                 qPrintable(seconds(usable)), qPrintable(seconds(complete)),
                 qPrintable(seconds(phases.read)), qPrintable(seconds(phases.security)),
                 qPrintable(seconds(std::max<qint64>(0, usable - phases.read - phases.security))),
                 qPrintable(seconds(phases.listing)), qPrintable(seconds(phases.index)),
                 qPrintable(seconds(phases.insight)), roots, rows, file.document->graph().size(),
                 qPrintable(mib(residentMib())), qPrintable(mib(peakResidentMib())),
                 qPrintable(mib(statusMib("RssFile:"))), qPrintable(mib(instructionsMib)),
                 qPrintable(mib(listingMib)), listingLines, qPrintable(mib(indexMib)), usableAt);
    std::fflush(out);

    // The opcode panel's model over the same listings: its first screen of rows, a jump to
    // the middle and to the last row, each row's every column as the view asks for them.
    {
        const double opcodesBefore = residentMib();
        const bool opcodesReset = resetPeakResident();
        QElapsedTimer opcodesClock;
        opcodesClock.start();
        OpcodeModel opcodes(view->file());
        auto readRows = [&opcodes](int first, int count) {
            for (int row = first; row < std::min(first + count, opcodes.rowCount()); ++row)
                for (int column = 0; column < OpcodeModel::ColumnCount; ++column)
                    (void)opcodes.data(opcodes.index(row, column));
        };
        auto milliseconds = [](qint64 nanoseconds) {
            return QString::number(static_cast<double>(nanoseconds) / 1e6, 'f', 2);
        };
        readRows(0, 50);
        const qint64 firstRows = opcodesClock.nsecsElapsed();
        opcodesClock.restart();
        readRows(opcodes.rowCount() / 2, 50);
        const qint64 middleRows = opcodesClock.nsecsElapsed();
        opcodesClock.restart();
        readRows(std::max(0, opcodes.rowCount() - 50), 50);
        const qint64 lastRows = opcodesClock.nsecsElapsed();
        const double opcodesPeak = opcodesReset ? peakResidentMib() : residentMib();
        std::fprintf(out,
                     "OPCODES rows=%d first_rows_ms=%s middle_rows_ms=%s last_rows_ms=%s "
                     "growth_mib=%s\n",
                     opcodes.rowCount(), qPrintable(milliseconds(firstRows)),
                     qPrintable(milliseconds(middleRows)), qPrintable(milliseconds(lastRows)),
                     qPrintable(mib(std::max(0.0, opcodesPeak - opcodesBefore))));
    }
    std::fflush(out);
    if (search.isEmpty())
        return 0;

    const double before = residentMib();
    const bool reset = resetPeakResident();
    int matches = -1;
    bool truncated = false;
    QObject::connect(view, &DocumentView::searchFinished, view, [&](int count, bool cut) {
        matches = count;
        truncated = cut;
    });
    QElapsedTimer searchClock;
    searchClock.start();
    view->searchNow(search);
    waitFor(view, &DocumentView::searchFinished, &DocumentView::searchFinished,
            [&] { return matches >= 0; });
    settle();
    const qint64 searched = searchClock.elapsed();
    const double peak = reset ? peakResidentMib() : residentMib();
    std::fprintf(out,
                 "SEARCHED seconds=%s matches=%d truncated=%d rss_before_mib=%s growth_mib=%s\n",
                 qPrintable(seconds(searched)), matches, truncated ? 1 : 0, qPrintable(mib(before)),
                 qPrintable(mib(std::max(0.0, peak - before))));
    std::fflush(out);
    return 0;
}

} // namespace ps::gui
