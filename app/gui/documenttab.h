// SPDX-License-Identifier: MIT
#pragma once

#include "fileloader.h"
#include "pickler/pickler.h"
#include "viewplace.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QStackedWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ps::gui {

class DocumentEditor;
class DocumentView;

/// One tab of the main window: first a loading page (progress and Cancel), then the
/// document's view — or an error page saying why the file could not be read, offering the
/// partial tree when the reader recovered one.
class DocumentTab : public QStackedWidget
{
    Q_OBJECT

public:
    enum class State { Loading, Ready, Failed, Cancelled };

    explicit DocumentTab(const QString &path, QWidget *parent = nullptr);

    QString path() const { return m_path; }
    State state() const { return m_state; }
    /// The document view once the file was read (also after "Show partial tree"), else null.
    /// A file read completely shows its view while it is still being indexed and analysed
    /// (state() Loading, editing off); the view is replaced by the complete one when Ready.
    DocumentView *view() const { return m_view; }
    /// The error text shown on the error page.
    QString errorText() const;
    QPushButton *partialTreeButton() const { return m_partialButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    /// The loading page's phase ("Reading… 42 %") and its progress bar.
    QLabel *stageLabel() const { return m_stageLabel; }
    QProgressBar *progressBar() const { return m_progress; }
    void cancel();

    // --- editing and saving ---------------------------------------------------------------

    /// The file's edits and their undo stack (one per tab, for the tab's lifetime).
    DocumentEditor *editor() const { return m_editor; }
    /// Changed since opened or saved (the undo stack is not at its clean state).
    bool isModified() const;
    /// A complete document is shown: Save, Save As and Convert apply.
    bool canSave() const;
    /// True once the file on disk changed after it was opened (or last saved) here.
    bool changedOnDisk() const { return m_changedOnDisk; }
    /// The message of the last failed save or export ("" after a success).
    QString lastError() const { return m_lastError; }

    /// What a write does with the tab afterwards.
    enum class SaveMode {
        Save, ///< the tab shows the written file (Save, Save As): reloaded from it
        Copy, ///< a converted copy; the tab stays on its file (Convert)
    };
    /// File ▸ Save: writes in place keeping format, protocol, container and compression,
    /// atomically; asks first when the file changed on disk. False (and a message) on failure,
    /// the original untouched.
    bool save();
    /// Writes the document to `target`: as read (`options` empty: the same format, protocol
    /// and compression; the bytes of the file when unchanged) or converted. Shows no message;
    /// returns "" on success, else why nothing was written.
    QString writeTo(const QString &target, const std::optional<ConvertOptions> &options,
                    SaveMode mode);
    /// writeTo() that reports a failure in a message box; false on failure.
    bool saveTo(const QString &target, const std::optional<ConvertOptions> &options, SaveMode mode);
    /// Before closing: Save / Discard / Cancel when there are unsaved changes. True when the
    /// tab may close.
    bool confirmClose();
    /// Reads the file again from disk, keeping the place in the tree (the history is cleared).
    void reload();
    bool isReloading() const { return m_reloading; }

Q_SIGNALS:
    /// Loading ended (Ready, Failed or Cancelled).
    void stateChanged(ps::gui::DocumentTab::State state);
    /// The file was read and its view shows the tree (before the index and the insight are
    /// ready, for a file read completely): the tab is usable.
    void viewShown();
    void closeRequested();
    void statusMessage(const QString &message);
    void modifiedChanged(bool modified);
    /// Save As moved the tab to another file.
    void pathChanged(const QString &path);
    /// The document was edited (or an edit undone) and the view shows it.
    void edited();
    /// A reload (after a save, or asked for) finished.
    void reloaded();
    /// The file changed on disk behind the tab's back.
    void fileChangedOnDisk();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The loading page: the phase and the percentage of the load done.
    void showProgress(int permille, FileLoader::Stage stage);
    struct Stamp
    {
        bool exists = false;
        qint64 size = 0;
        QDateTime modified;
        bool operator==(const Stamp &other) const = default;
    };
    static Stamp stampOf(const QString &path);
    void onLoaded(LoadedFilePtr file);
    /// The file is read: its tree shows while the index and the insight are built.
    void onReadable(LoadedFilePtr file);
    void showView();
    /// A new view of m_file at `place` replaces the current one.
    void replaceView(const ViewPlace &place);
    void refreshAfterEdit(const QString &notice, bool structural);
    void watch();
    void onFileChanged();

    QString m_path;
    State m_state = State::Loading;
    FileLoader m_loader;
    LoadedFilePtr m_file;
    /// The file as read: what no edit can add to (literals never bring calls or estimators).
    LoadedFilePtr m_readFile;
    DocumentEditor *m_editor = nullptr;
    QFileSystemWatcher m_watcher;
    Stamp m_stamp; ///< the file as last read or written here
    bool m_changedOnDisk = false;
    bool m_reloading = false;
    ViewPlace m_reloadPlace;
    QString m_lastError;
    DocumentView *m_view = nullptr;
    QWidget *m_loadingPage = nullptr;
    QLabel *m_loadingTitle = nullptr;
    QPushButton *m_closeButton = nullptr;
    int m_permille = 0;
    FileLoader::Stage m_stage = FileLoader::Stage::Reading;
    QLabel *m_stageLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QWidget *m_errorPage = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_partialButton = nullptr;
};

} // namespace ps::gui
