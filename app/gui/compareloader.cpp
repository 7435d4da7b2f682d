// SPDX-License-Identifier: MIT
#include "compareloader.h"

#include "qtstrings.h"
#include "workerthreads.h"

#include <QThread>

namespace ps::gui {

namespace {
constexpr int kPollIntervalMs = 40;
}

CompareLoader::CompareLoader(QObject *parent)
    : QObject(parent)
{
    m_poll.setInterval(kPollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &CompareLoader::pollProgress);
    for (int side = 0; side < 2; ++side) {
        connect(&m_loaders[side], &FileLoader::loaded, this,
                [this, side](LoadedFilePtr file) { onLoaded(side, std::move(file)); });
        connect(&m_loaders[side], &FileLoader::cancelled, this, [this] {
            cancel();
            reportCancelled();
        });
        connect(&m_loaders[side], &FileLoader::progressChanged, this,
                [this, side](int permille, FileLoader::Stage stage) {
                    m_readPermille[side] = stage == FileLoader::Stage::Reading ? permille : 1000;
                    const int both = (m_readPermille[0] + m_readPermille[1]) / 2;
                    // Read, still analysing and indexing: no measure, a busy indicator.
                    Q_EMIT progressChanged(both >= 1000 ? -1 : both, Stage::Reading);
                });
    }
}

CompareLoader::~CompareLoader()
{
    stopDiff();
}

bool CompareLoader::isRunning() const
{
    return m_thread || m_loaders[0].isRunning() || m_loaders[1].isRunning();
}

void CompareLoader::start(const QString &oldPath, const QString &newPath, LoadedFilePtr oldLoaded,
                          LoadedFilePtr newLoaded, double rtol, double atol)
{
    stopDiff();
    m_cancelRequested = false;
    m_cancelReported = false;
    m_rtol = rtol;
    m_atol = atol;
    m_files[0] = std::move(oldLoaded);
    m_files[1] = std::move(newLoaded);
    const QString paths[2] = {oldPath, newPath};
    for (int side = 0; side < 2; ++side) {
        m_readPermille[side] = m_files[side] ? 1000 : 0;
        if (!m_files[side])
            m_loaders[side].start(paths[side]);
    }
    Q_EMIT progressChanged(0, Stage::Reading);
    if (m_files[0] && m_files[1])
        QTimer::singleShot(0, this, &CompareLoader::startDiff);
}

void CompareLoader::reportCancelled()
{
    if (m_cancelReported)
        return;
    m_cancelReported = true;
    Q_EMIT cancelled();
}

void CompareLoader::cancel()
{
    m_cancelRequested = true;
    for (FileLoader &loader : m_loaders)
        loader.cancel();
    if (m_cancel)
        m_cancel->store(true);
}

void CompareLoader::onLoaded(int side, LoadedFilePtr file)
{
    m_files[side] = std::move(file);
    m_readPermille[side] = 1000;
    if (m_files[0] && m_files[1])
        startDiff();
}

void CompareLoader::startDiff()
{
    if (m_thread || !m_files[0] || !m_files[1])
        return;
    if (m_cancelRequested) {
        reportCancelled();
        return;
    }
    for (const LoadedFilePtr &file : m_files) {
        if (const auto &error = file->document->error()) {
            Q_EMIT failed(toQString(error->toString()));
            return;
        }
    }
    m_result = std::make_shared<CompareResult>();
    m_result->oldFile = m_files[0];
    m_result->newFile = m_files[1];
    m_result->rtol = m_rtol;
    m_result->atol = m_atol;
    m_error = std::make_shared<QString>();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_done = std::make_shared<std::atomic<uint64_t>>(0);
    m_total = std::make_shared<std::atomic<uint64_t>>(0);

    // The worker only touches what it captured: the result, the error and the counters.
    auto result = m_result;
    auto error = m_error;
    auto cancelFlag = m_cancel;
    auto done = m_done;
    auto total = m_total;
    m_thread = QThread::create([result, error, cancelFlag, done, total] {
        diff::DiffOptions options;
        options.rtol = result->rtol;
        options.atol = result->atol;
        options.progress = [&](uint64_t workDone, uint64_t workTotal) {
            done->store(workDone, std::memory_order_relaxed);
            total->store(workTotal, std::memory_order_relaxed);
            return !cancelFlag->load(std::memory_order_relaxed);
        };
        auto compared
            = diff::compare(*result->oldFile->document, *result->newFile->document, options);
        if (!compared) {
            *error = toQString(compared.error().toString());
            return;
        }
        result->diff = std::move(*compared);
        if (!result->diff.cancelled)
            result->index = CompareIndex::build(result->diff, cancelFlag.get());
    });
    connect(m_thread, &QThread::finished, this, &CompareLoader::diffFinished);
    m_thread->start();
    m_poll.start();
    Q_EMIT progressChanged(0, Stage::Comparing);
}

void CompareLoader::pollProgress()
{
    if (!m_thread)
        return;
    const uint64_t total = m_total->load(std::memory_order_relaxed);
    const uint64_t done = m_done->load(std::memory_order_relaxed);
    // The engine's total is an estimate: past it, a busy indicator rather than a full bar.
    Q_EMIT progressChanged(total && done < total ? static_cast<int>(done * 1000 / total) : -1,
                           Stage::Comparing);
}

void CompareLoader::diffFinished()
{
    m_poll.stop();
    QThread *thread = m_thread;
    m_thread = nullptr;
    if (thread)
        thread->deleteLater(); // finished: nothing to wait for
    auto result = std::move(m_result);
    m_result.reset();
    if (m_cancel->load() || !result || result->diff.cancelled) {
        reportCancelled();
        return;
    }
    if (!m_error->isEmpty()) {
        Q_EMIT failed(*m_error);
        return;
    }
    Q_EMIT finished(result);
}

void CompareLoader::stopDiff()
{
    if (!m_thread)
        return;
    m_cancel->store(true);
    m_poll.stop();
    disconnect(m_thread, nullptr, this, nullptr);
    // Never wait on the GUI thread: the worker owns what it touches and ends by itself.
    retireThread(m_thread);
    m_thread = nullptr;
    m_result.reset();
}

} // namespace ps::gui
