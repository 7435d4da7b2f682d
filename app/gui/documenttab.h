// SPDX-License-Identifier: MIT
#pragma once

#include "fileloader.h"

#include <QStackedWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ps::gui {

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
    /// The document view once loaded (also after "Show partial tree"), else null.
    DocumentView *view() const { return m_view; }
    /// The error text shown on the error page.
    QString errorText() const;
    QPushButton *partialTreeButton() const { return m_partialButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    void cancel();

Q_SIGNALS:
    /// Loading ended (Ready, Failed or Cancelled).
    void stateChanged(ps::gui::DocumentTab::State state);
    void closeRequested();
    void statusMessage(const QString &message);

private:
    void onLoaded(LoadedFilePtr file);
    void showView();

    QString m_path;
    State m_state = State::Loading;
    FileLoader m_loader;
    LoadedFilePtr m_file;
    DocumentView *m_view = nullptr;
    QWidget *m_loadingPage = nullptr;
    QLabel *m_stageLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QWidget *m_errorPage = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_partialButton = nullptr;
};

} // namespace ps::gui
