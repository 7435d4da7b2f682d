// SPDX-License-Identifier: MIT
#pragma once

#include "loadedfile.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <cstdint>
#include <memory>

class QThread;

namespace ps::gui {

/// Fills in what the insight layer found (estimators, their learned parameters), keyed by the
/// nodes the tree shows; run again after an edit. Stops early once `cancel` is true.
void indexEstimators(LoadedFile &file, const std::atomic<bool> *cancel = nullptr);

/// Opens a file off the GUI thread: reads it (progress by bytes, cancellable), analyses its
/// security and indexes its listings. The GUI thread only polls two counters, so a big file
/// never freezes the window.
class FileLoader : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Reading, Analysing, Indexing };

    explicit FileLoader(QObject *parent = nullptr);
    /// Cancels a running load; the worker ends by itself (the GUI thread never waits).
    ~FileLoader() override;

    /// Starts loading `path`; a load already running is cancelled first.
    void start(const QString &path);
    /// Asks the worker to stop; cancelled() follows.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    QString path() const { return m_path; }

Q_SIGNALS:
    /// Progress in per mille of the current stage.
    void progressChanged(int permille, ps::gui::FileLoader::Stage stage);
    /// The load ended (the document may carry an error; a partial tree may be there).
    void loaded(ps::gui::LoadedFilePtr file);
    void cancelled();

private:
    void pollProgress();
    void workerFinished();
    void stopWorker();

    QString m_path;
    QThread *m_thread = nullptr; // owned; deleted after it finished, or retired by stopWorker
    QTimer m_poll;
    std::shared_ptr<LoadedFile> m_result;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<uint64_t>> m_done;
    std::shared_ptr<std::atomic<uint64_t>> m_total;
    std::shared_ptr<std::atomic<int>> m_stage;
};

} // namespace ps::gui
