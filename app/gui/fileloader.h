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

/// Whether the document can hold scikit-learn estimators: the recognisers make estimators of
/// `sklearn.` classes only, so a file that names none has none (and an edit, which writes
/// literals, cannot add one).
bool mayHoldEstimators(const Document &document);

/// Fills in what the insight layer found (estimators, their learned parameters), keyed by the
/// nodes the tree shows; run again after an edit. Stops early once `cancel` is true.
void indexEstimators(LoadedFile &file, const std::atomic<bool> *cancel = nullptr);

/// Opens a file off the GUI thread in two steps, so that a big file shows its tree early and
/// never freezes the window (the GUI thread only polls counters):
///   1. reads it (progress by bytes, cancellable) and analyses its security; a file read
///      completely is then handed over as readable() — the document and its security report,
///      without tree index, listings or insight — while the worker goes on with
///   2. the tree index, the listings' checkpoints and the scikit-learn insight; loaded()
///      hands over the complete LoadedFile (a file that could not be read completely only
///      gets loaded(), after both steps).
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
    /// With `wait`, the worker pauses after readable() until resume() (at most
    /// kReadableWaitMs), so that the view of a file just read gets the processor first. Off
    /// by default: the loader goes straight on.
    void setWaitAfterReadable(bool wait) { m_waitAfterReadable = wait; }
    /// After readable(): lets the worker go on with step 2 (the tree index, the insight).
    void resume();
    static constexpr int kReadableWaitMs = 1000;
    bool isRunning() const { return m_thread != nullptr; }
    QString path() const { return m_path; }

Q_SIGNALS:
    /// Progress in per mille of the current stage (Indexing: of the tree index's nodes).
    void progressChanged(int permille, ps::gui::FileLoader::Stage stage);
    /// Step 1 ended with the whole file read: its document and security report (treeIndex
    /// null, no listings, no estimators). loaded() follows unless the load is cancelled.
    void readable(ps::gui::LoadedFilePtr file);
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
    std::shared_ptr<std::atomic<bool>> m_resume;
    bool m_waitAfterReadable = false;
};

} // namespace ps::gui
