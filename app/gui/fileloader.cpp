// SPDX-License-Identifier: MIT
#include "fileloader.h"

#include "path/path.h"
#include "reader/reader.h"
#include "resolve/resolve.h"
#include "workerthreads.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

#include <algorithm>
#include <string_view>
#include <utility>

namespace ps::gui {

namespace {
constexpr int kPollIntervalMs = 40;
} // namespace

bool mayHoldEstimators(const Document &document)
{
    return std::any_of(
        document.globals().begin(), document.globals().end(), [](const GlobalRef &global) {
            const std::string_view module = global.module;
            return module.substr(0, 7) == "sklearn" && (module.size() == 7 || module[7] == '.');
        });
}

void indexEstimators(LoadedFile &file, const std::atomic<bool> *cancel)
{
    const Document &doc = *file.document;
    file.estimators.clear();
    file.estimatorOfNode.clear();
    file.parameterOfNode.clear();
    if (!mayHoldEstimators(doc))
        return; // no walk over every node (and its path) of a file without a model
    file.estimators = insight::analyse(doc, cancel);
    // The analysis read the models' arrays once (feature importances of every tree): what
    // the view shows later maps back in on demand.
    doc.releaseMappedPages();
    for (size_t e = 0; e < file.estimators.size(); ++e) {
        const insight::Estimator &estimator = file.estimators[e];
        file.estimatorOfNode.emplace(estimator.node, e);
        for (size_t p = 0; p < estimator.parameters.size(); ++p) {
            const std::string &path = estimator.parameters[p].path;
            if (path.empty())
                continue;
            if (auto resolved = resolvePath(doc, path, estimator.root);
                resolved && !resolved->isElement)
                file.parameterOfNode.emplace(resolved->node, std::make_pair(e, p));
        }
    }
}

FileLoader::FileLoader(QObject *parent)
    : QObject(parent)
{
    m_poll.setInterval(kPollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &FileLoader::pollProgress);
}

FileLoader::~FileLoader()
{
    stopWorker();
}

void FileLoader::start(const QString &path)
{
    stopWorker();
    m_path = path;
    m_result = std::make_shared<LoadedFile>();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_done = std::make_shared<std::atomic<uint64_t>>(0);
    m_total = std::make_shared<std::atomic<uint64_t>>(0);
    m_stage = std::make_shared<std::atomic<int>>(static_cast<int>(Stage::Reading));
    m_resume = std::make_shared<std::atomic<bool>>(!m_waitAfterReadable);

    // The worker only touches what it captured: the result and the shared counters.
    auto result = m_result;
    auto cancelFlag = m_cancel;
    auto done = m_done;
    auto total = m_total;
    auto stage = m_stage;
    auto resume = m_resume;
    const std::string file = path.toStdString();
    // The readable (step 1) result reaches this loader on the GUI thread, if it still exists
    // and still runs this load.
    const QPointer<FileLoader> self(this);
    m_thread = QThread::create([self, result, cancelFlag, done, total, stage, resume, file] {
        QElapsedTimer timer;
        timer.start();
        OpenOptions options;
        options.cancel = cancelFlag.get();
        // The opcode panel, edits and saves read the opcodes from the bytes when they need
        // them: no record of every instruction (16 bytes each).
        options.recordInstructions = false;
        options.progress = [&](uint64_t bytesDone, uint64_t bytesTotal) {
            done->store(bytesDone, std::memory_order_relaxed);
            total->store(bytesTotal, std::memory_order_relaxed);
            return !cancelFlag->load(std::memory_order_relaxed);
        };
        qint64 mark = 0;
        auto lap = [&timer, &mark] {
            const qint64 now = timer.elapsed();
            return now - std::exchange(mark, now);
        };
        result->document = openDocument(file, options);
        // Recognition read the arrays and texts it interprets (a million-row DataFrame's
        // file, all of it): give those pages back before the scan adds its own.
        result->document->releaseMappedPages();
        result->phases.read = lap();
        if (cancelFlag->load())
            return;
        stage->store(static_cast<int>(Stage::Analysing));
        security::ScanOptions scan;
        scan.cancel = cancelFlag.get();
        result->security = security::analyse(*result->document, scan);
        // The read and the scan went through the file: the view maps back what it shows.
        result->document->releaseMappedPages();
        result->phases.security = lap();
        if (cancelFlag->load())
            return;
        if (result->document->ok()) {
            auto readable = std::make_shared<LoadedFile>();
            readable->path = result->path;
            readable->document = result->document;
            readable->security = result->security;
            readable->phases = result->phases;
            QMetaObject::invokeMethod(
                qApp,
                [self, cancelFlag, readable] {
                    if (self && self->m_cancel == cancelFlag && !cancelFlag->load())
                        Q_EMIT self->readable(readable);
                },
                Qt::QueuedConnection);
            // The view is built and painted on the GUI thread now: leave it the processor.
            QElapsedTimer waiting;
            waiting.start();
            while (!resume->load() && !cancelFlag->load() && waiting.elapsed() < kReadableWaitMs)
                QThread::msleep(2);
            lap(); // the index's time starts now
        }
        done->store(0);
        total->store(result->document->graph().size());
        stage->store(static_cast<int>(Stage::Indexing));
        const size_t streams = result->document->streams().size();
        result->listings.reserve(streams);
        for (size_t i = 0; i < streams && !cancelFlag->load(); ++i)
            result->listings.emplace_back(*result->document, i, cancelFlag.get());
        // The pass read every opcode from the mapped file: the opcode panel maps back in
        // what it shows.
        result->document->releaseMappedPages();
        result->phases.listing = lap();
        result->treeIndex = TreeIndex::build(*result->document, cancelFlag.get(), done.get());
        result->phases.index = lap();
        if (cancelFlag->load())
            return;
        indexEstimators(*result, cancelFlag.get());
        result->phases.insight = lap();
        result->loadMilliseconds = timer.elapsed();
    });
    m_result->path = path;
    connect(m_thread, &QThread::finished, this, &FileLoader::workerFinished);
    m_thread->start();
    m_poll.start();
}

void FileLoader::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void FileLoader::resume()
{
    if (m_resume)
        m_resume->store(true);
}

void FileLoader::pollProgress()
{
    if (!m_thread)
        return;
    const auto stage = static_cast<Stage>(m_stage->load());
    int permille = 0;
    if (stage != Stage::Analysing) {
        const uint64_t total = m_total->load(std::memory_order_relaxed);
        const uint64_t done = m_done->load(std::memory_order_relaxed);
        permille = total ? static_cast<int>(std::min<uint64_t>(done, total) * 1000 / total) : 0;
    }
    Q_EMIT progressChanged(permille, stage);
}

void FileLoader::workerFinished()
{
    m_poll.stop();
    QThread *thread = m_thread;
    m_thread = nullptr;
    if (thread)
        thread->deleteLater(); // finished: nothing to wait for
    const bool wasCancelled = m_cancel && m_cancel->load();
    auto result = std::move(m_result);
    m_result.reset();
    if (wasCancelled || !result || !result->document) {
        Q_EMIT cancelled();
        return;
    }
    Q_EMIT loaded(result);
}

void FileLoader::stopWorker()
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
