// SPDX-License-Identifier: MIT
#pragma once

#include "compareindex.h"
#include "diff/diff.h"
#include "fileloader.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <cstdint>
#include <memory>

class QThread;

namespace ps::gui {

/// Two loaded files and what the diff engine found between them. Read-only once built.
struct CompareResult
{
    LoadedFilePtr oldFile;
    LoadedFilePtr newFile;
    diff::DiffResult diff;
    double rtol = 0; ///< the tolerances the engine used
    double atol = 0;
    CompareIndex index;
};

using CompareResultPtr = std::shared_ptr<const CompareResult>;

/// Loads two files (or takes them already loaded from open tabs) and runs the diff engine on
/// a worker thread, with progress and cancel. The GUI thread only polls counters.
class CompareLoader : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Reading, Comparing };

    explicit CompareLoader(QObject *parent = nullptr);
    /// Cancels running work; the workers end by themselves (the GUI thread never waits).
    ~CompareLoader() override;

    /// Starts comparing `oldPath` with `newPath`. A file given as `oldLoaded` / `newLoaded`
    /// (an open tab's) is not read again.
    void start(const QString &oldPath, const QString &newPath, LoadedFilePtr oldLoaded = {},
               LoadedFilePtr newLoaded = {}, double rtol = 0, double atol = 0);
    /// Asks the workers to stop; cancelled() follows.
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    /// Progress in per mille of the stage (-1: no measure, a busy indicator).
    void progressChanged(int permille, ps::gui::CompareLoader::Stage stage);
    void finished(ps::gui::CompareResultPtr result);
    /// A file could not be read completely or the engine refused the pair.
    void failed(const QString &message);
    void cancelled();

private:
    void onLoaded(int side, LoadedFilePtr file);
    void startDiff();
    void pollProgress();
    void diffFinished();
    void stopDiff();
    void reportCancelled();

    FileLoader m_loaders[2];
    LoadedFilePtr m_files[2];
    bool m_cancelRequested = false;
    bool m_cancelReported = false;
    double m_rtol = 0;
    double m_atol = 0;
    QThread *m_thread = nullptr; // owned; deleted in diffFinished / stopDiff
    QTimer m_poll;
    std::shared_ptr<CompareResult> m_result;
    std::shared_ptr<QString> m_error;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<uint64_t>> m_done;
    std::shared_ptr<std::atomic<uint64_t>> m_total;
    int m_readPermille[2] = {0, 0};
};

} // namespace ps::gui
