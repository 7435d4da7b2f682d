// SPDX-License-Identifier: MIT
#include "documenttab.h"

#include "detailpane.h"
#include "documenteditor.h"
#include "documentview.h"
#include "editing/edit.h"
#include "path/path.h"
#include "pickler/atomic_file.h"
#include "pickler/save.h"
#include "qtstrings.h"
#include "reader/reader.h"
#include "resolve/resolve.h"
#include "statuspages.h"

#include <algorithm>

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ps::gui {

namespace {
/// Objects up to which the tree index is rebuilt after every edit (about a third of a second).
constexpr size_t kReindexNodes = 100'000;

/// What loading the edited document would run: the analysis of the bytes a save writes (the
/// opcodes of the file on disk no longer tell), with each finding placed on this document's
/// node by its path. An unedited document is analysed as it is.
security::SecurityReport analyseEdited(const Document &document)
{
    if (!isEdited(document))
        return security::analyse(document);
    auto bytes = savedBytes(document);
    if (!bytes.ok())
        return security::analyse(document);
    const auto written = openDocumentBytes(std::move(*bytes), document.path());
    security::SecurityReport report = security::analyse(*written);
    for (security::Finding &finding : report.findings) {
        finding.node = kNoNode;
        if (!finding.reachable || !finding.entry.empty())
            continue;
        if (auto resolved = resolvePath(document, finding.path, finding.root); resolved.ok())
            finding.node = resolved->node;
    }
    return report;
}
} // namespace

DocumentTab::DocumentTab(const QString &path, QWidget *parent)
    : QStackedWidget(parent)
    , m_path(path)
{
    const ProgressPage loading = makeProgressPage(
        this, tr("Opening <b>%1</b>").arg(QFileInfo(path).fileName().toHtmlEscaped()), QString(),
        tr("Cancel"));
    m_loadingPage = loading.page;
    m_loadingTitle = loading.title;
    m_stageLabel = loading.stage;
    m_progress = loading.progress;
    m_cancelButton = loading.cancel;
    addWidget(m_loadingPage);

    m_partialButton = new QPushButton(tr("Show partial tree"), this);
    m_closeButton = new QPushButton(tr("Close"), this);
    const MessagePage error = makeMessagePage(this, {m_partialButton, m_closeButton});
    m_errorPage = error.page;
    m_errorLabel = error.text;
    addWidget(m_errorPage);

    connect(m_cancelButton, &QPushButton::clicked, this, &DocumentTab::cancel);
    connect(m_closeButton, &QPushButton::clicked, this, &DocumentTab::closeRequested);
    connect(m_partialButton, &QPushButton::clicked, this, &DocumentTab::showView);
    connect(&m_loader, &FileLoader::progressChanged, this, &DocumentTab::showProgress);
    showProgress(0, FileLoader::Stage::Reading);
    m_loader.setWaitAfterReadable(true); // resumed once the early view is painted
    connect(&m_loader, &FileLoader::readable, this, &DocumentTab::onReadable);
    connect(&m_loader, &FileLoader::loaded, this, &DocumentTab::onLoaded);
    m_editor = new DocumentEditor(this);
    connect(m_editor, &DocumentEditor::aboutToChange, this, [this] {
        if (m_view)
            m_view->stopWorkers();
    });
    connect(m_editor, &DocumentEditor::changed, this, &DocumentTab::refreshAfterEdit);
    connect(m_editor, &DocumentEditor::modifiedChanged, this, &DocumentTab::modifiedChanged);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &DocumentTab::onFileChanged);
    connect(&m_loader, &FileLoader::cancelled, this, [this] {
        m_reloading = false;
        m_state = State::Cancelled;
        m_errorLabel->setText(tr("Opening %1 was cancelled.").arg(m_path.toHtmlEscaped()));
        m_partialButton->hide();
        setCurrentWidget(m_errorPage);
        Q_EMIT stateChanged(m_state);
    });
    m_loader.start(path);
}

void DocumentTab::showProgress(int permille, FileLoader::Stage stage)
{
    m_permille = permille;
    m_stage = stage;
    // The load as a whole, in per mille: reading is most of it, the security analysis a
    // step (it reports no progress of its own), the index the rest.
    const int stagePermille = std::clamp(permille, 0, 1000);
    int overall = 0;
    QString phase;
    switch (stage) {
    case FileLoader::Stage::Reading:
        overall = stagePermille * 9 / 10;
        phase = tr("Reading");
        break;
    case FileLoader::Stage::Analysing:
        overall = 900;
        phase = tr("Checking security");
        break;
    case FileLoader::Stage::Indexing:
        overall = 900 + stagePermille / 10;
        phase = tr("Indexing");
        break;
    }
    // The phase and how far the load is, in the UI language's number format.
    const QString percent = QLocale().toString(overall / 10);
    m_stageLabel->setText(tr("%1… %2 %").arg(phase, percent));
    m_progress->setRange(0, 1000);
    m_progress->setValue(overall);
    m_progress->setFormat(tr("%1 %").arg(percent));
    m_progress->setTextVisible(true);
    // A file read completely shows its tree while it is indexed: the view says how far.
    if (m_view && m_state == State::Loading && stage == FileLoader::Stage::Indexing)
        m_view->showIndexing(QLocale().toString(stagePermille / 10));
}

void DocumentTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_closeButton) {
        m_loadingTitle->setText(
            tr("Opening <b>%1</b>").arg(QFileInfo(m_path).fileName().toHtmlEscaped()));
        m_cancelButton->setText(tr("Cancel"));
        m_partialButton->setText(tr("Show partial tree"));
        m_closeButton->setText(tr("Close"));
        showProgress(m_permille, m_stage);
    }
    QStackedWidget::changeEvent(event);
}

void DocumentTab::cancel()
{
    m_loader.cancel();
}

QString DocumentTab::errorText() const
{
    return m_errorLabel->text();
}

void DocumentTab::onReadable(LoadedFilePtr file)
{
    if (m_view || m_reloading) {
        m_loader.resume(); // a reload keeps the view it has until the file is complete
        return;
    }
    m_file = std::move(file);
    m_readFile = m_file;
    m_editor->setFile(m_file);
    m_editor->setEnabled(false); // edits wait for the complete file (index, insight)
    showView();
    // Once the events the new view posted (layout, first paint) are handled, the worker goes
    // on with the index and the insight.
    QTimer::singleShot(0, this, [this] { m_loader.resume(); });
    Q_EMIT viewShown();
}

void DocumentTab::onLoaded(LoadedFilePtr file)
{
    const bool early = m_view && !m_reloading && m_file && m_file->document == file->document;
    m_file = std::move(file);
    m_readFile = m_file;
    const bool reloading = std::exchange(m_reloading, false);
    m_editor->setFile(m_file); // a new document: the history starts again
    m_editor->setEnabled(true);
    watch();
    const Document &doc = *m_file->document;
    if (doc.ok()) {
        m_state = State::Ready;
        if (early) {
            // The view shown while indexing gives way to the complete one at the same place,
            // with the search typed meanwhile.
            const QString search = m_view->searchField()->text();
            replaceView(capturePlace(*m_view));
            if (!search.isEmpty())
                m_view->searchNow(search);
        } else if (m_view) {
            replaceView(m_reloadPlace);
        } else {
            showView();
            Q_EMIT viewShown();
        }
        Q_EMIT stateChanged(m_state);
        if (reloading)
            Q_EMIT reloaded();
        return;
    }
    // The reader stopped: say where and why; offer what it recovered.
    m_state = State::Failed;
    const bool partial = !doc.roots().empty();
    QString text = tr("<b>PickleScope could not read this file completely.</b>")
                   + QStringLiteral("<br><br><code>%1</code>")
                         .arg(toQString(doc.error()->toString()).toHtmlEscaped());
    if (partial)
        text += QStringLiteral("<br><br>")
                + tr("The reader recovered the objects built before the error.");
    m_errorLabel->setText(text);
    m_partialButton->setVisible(partial);
    setCurrentWidget(m_errorPage);
    Q_EMIT stateChanged(m_state);
}

void DocumentTab::showView()
{
    if (!m_file)
        return;
    if (!m_view) {
        m_view = new DocumentView(m_file, this);
        addWidget(m_view);
        connect(m_view, &DocumentView::statusMessage, this, &DocumentTab::statusMessage);
        connect(m_view, &DocumentView::reloadRequested, this, [this] {
            if (isModified()
                && QMessageBox::question(
                       this, tr("Reload"),
                       tr("Reloading discards your unsaved changes to %1. Reload anyway?")
                           .arg(QFileInfo(m_path).fileName()))
                       != QMessageBox::Yes)
                return;
            reload();
        });
        if (m_file->document->ok())
            m_view->setEditor(m_editor);
        if (m_changedOnDisk)
            m_view->showFileChanged(!isModified());
    }
    setCurrentWidget(m_view);
}

void DocumentTab::replaceView(const ViewPlace &place)
{
    DocumentView *old = m_view;
    if (old) {
        old->saveLayout(); // the new view opens with the same splitters and columns
        // Its tables go before the new view builds its own: a DataFrame grid holds a header
        // section per row (8 MB for a million rows).
        old->detail()->clear();
    }
    m_view = nullptr;
    setUpdatesEnabled(false);
    showView();
    restorePlace(*m_view, place);
    setUpdatesEnabled(true);
    if (old) {
        removeWidget(old);
        old->hide();
        old->deleteLater();
    }
}

void DocumentTab::refreshAfterEdit(const QString &notice, bool structural)
{
    if (!m_file || !m_readFile)
        return;
    // The analysis of the edited document: what loading it would run, the tree's index and
    // the estimators; each redone only when the edit can change it. Edits bring literals
    // only, so a file read without findings or estimators never gains any (undo included).
    // The listings stay those of the file on disk.
    auto next = std::make_shared<LoadedFile>();
    next->path = m_file->path;
    next->document = m_file->document;
    next->listings = m_file->listings;
    next->loadMilliseconds = m_file->loadMilliseconds;
    next->phases = m_file->phases;
    const bool findings = !m_readFile->security.findings.empty();
    next->security = findings ? analyseEdited(*next->document) : m_readFile->security;
    // A scalar or array element changing leaves the rows as they are: a big file keeps its
    // index (search then still matches such a value as read), a small one is indexed again.
    const bool rebuild = structural || next->document->graph().size() <= kReindexNodes;
    next->treeIndex = rebuild ? TreeIndex::build(*next->document) : m_file->treeIndex;
    if (!m_readFile->estimators.empty())
        indexEstimators(*next);
    m_file = next;
    m_editor->setFile(m_file);
    replaceView(m_view ? capturePlace(*m_view) : ViewPlace{});
    if (!notice.isEmpty()) {
        m_view->showNotice(notice);
        Q_EMIT statusMessage(notice);
    }
    Q_EMIT edited();
}

bool DocumentTab::isModified() const
{
    return m_editor->isModified();
}

bool DocumentTab::canSave() const
{
    return m_state == State::Ready && m_file && m_file->document && m_file->document->ok()
           && !m_reloading;
}

DocumentTab::Stamp DocumentTab::stampOf(const QString &path)
{
    const QFileInfo info(path);
    Stamp stamp;
    stamp.exists = info.exists();
    if (stamp.exists) {
        stamp.size = info.size();
        stamp.modified = info.lastModified();
    }
    return stamp;
}

void DocumentTab::watch()
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    m_watcher.addPath(m_path);
    m_stamp = stampOf(m_path);
    m_changedOnDisk = false;
}

void DocumentTab::onFileChanged()
{
    // An atomic replace drops the watched file: watch the new one.
    if (!m_watcher.files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
    if (stampOf(m_path) == m_stamp)
        return; // what this tab wrote, or a touch that changed nothing
    m_changedOnDisk = true;
    if (m_view)
        m_view->showFileChanged(!isModified());
    Q_EMIT statusMessage(tr("%1 changed on disk.").arg(m_path));
    Q_EMIT fileChangedOnDisk();
}

QString DocumentTab::writeTo(const QString &target, const std::optional<ConvertOptions> &options,
                             SaveMode mode)
{
    if (!canSave())
        return tr("%1 cannot be saved: it was not read completely.").arg(m_path);
    const QString absolute = QFileInfo(target).absoluteFilePath();
    const Document &doc = *m_file->document;
    Result<std::vector<uint8_t>> bytes = options ? convertDocument(doc, *options) : savedBytes(doc);
    if (!bytes.ok())
        return tr("%1 was not written: %2").arg(target, toQString(bytes.error().message));
    const Status written = writeFileAtomic(absolute.toStdString(), *bytes);
    if (!written.ok())
        return tr("%1 was not written: %2").arg(target, toQString(written.error().message));
    if (mode == SaveMode::Copy) {
        Q_EMIT statusMessage(tr("Wrote %1").arg(absolute));
        return {};
    }
    if (absolute != m_path) {
        m_path = absolute;
        Q_EMIT pathChanged(m_path);
    }
    m_stamp = stampOf(m_path);
    m_editor->undoStack()->setClean();
    Q_EMIT statusMessage(tr("Saved %1").arg(m_path));
    reload(); // show what was written, at the same place
    return {};
}

bool DocumentTab::saveTo(const QString &target, const std::optional<ConvertOptions> &options,
                         SaveMode mode)
{
    m_lastError = writeTo(target, options, mode);
    if (m_lastError.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Save"), m_lastError, QMessageBox::Ok, this);
    box.setInformativeText(tr("Nothing was written: the file on disk is unchanged."));
    box.setObjectName(QStringLiteral("saveFailed"));
    box.exec();
    return false;
}

bool DocumentTab::save()
{
    if (stampOf(m_path) != m_stamp || m_changedOnDisk) {
        QMessageBox box(QMessageBox::Warning, tr("Save"),
                        tr("%1 changed on disk since it was opened here.").arg(m_path),
                        QMessageBox::Save | QMessageBox::Cancel, this);
        box.setInformativeText(tr("Overwrite it with your version?"));
        box.setDefaultButton(QMessageBox::Cancel);
        box.setObjectName(QStringLiteral("overwriteChanged"));
        if (box.exec() != QMessageBox::Save)
            return false;
    }
    return saveTo(m_path, std::nullopt, SaveMode::Save);
}

bool DocumentTab::confirmClose()
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("%1 has changes that are not saved.").arg(QFileInfo(m_path).fileName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Save them before closing?"));
    box.setDefaultButton(QMessageBox::Save);
    box.setObjectName(QStringLiteral("unsavedChanges"));
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void DocumentTab::reload()
{
    if (m_loader.isRunning())
        return;
    m_reloadPlace = m_view ? capturePlace(*m_view) : ViewPlace{};
    m_reloading = true;
    m_editor->setEnabled(false);
    m_loader.start(m_path);
}

} // namespace ps::gui
