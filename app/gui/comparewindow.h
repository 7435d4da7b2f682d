// SPDX-License-Identifier: MIT
#pragma once

#include "compareloader.h"

#include <QCommandLineOption>
#include <QMainWindow>

class QCommandLineParser;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace ps::gui {

class CompareView;

/// A top-level window comparing two files: first a progress page (reading both files, then
/// comparing; Cancel), then the compare view — or a page saying why the files could not be
/// compared. Its title names both files; menus for navigation and the report.
class CompareWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class State { Loading, Ready, Failed, Cancelled };

    explicit CompareWindow(QWidget *parent = nullptr);
    ~CompareWindow() override;

    /// A new window (deleted when closed), shown, comparing `oldPath` with `newPath`. Files
    /// already loaded (open tabs) are passed along so they are not read again.
    static CompareWindow *open(const QString &oldPath, const QString &newPath,
                               LoadedFilePtr oldLoaded = {}, LoadedFilePtr newLoaded = {});

    void start(const QString &oldPath, const QString &newPath, LoadedFilePtr oldLoaded = {},
               LoadedFilePtr newLoaded = {});
    void cancel();

    State state() const { return m_state; }
    QString oldPath() const { return m_paths[0]; }
    QString newPath() const { return m_paths[1]; }
    /// The compare view once the comparison finished, else null.
    CompareView *view() const { return m_view; }
    QString errorText() const;
    QPushButton *cancelButton() const { return m_cancelButton; }
    QProgressBar *progressBar() const { return m_progress; }
    QAction *action(const QString &name) const;

Q_SIGNALS:
    /// The comparison ended (Ready, Failed or Cancelled).
    void stateChanged(ps::gui::CompareWindow::State state);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    /// Menus, title, pages and the compare view again in the current language.
    void retranslate();
    /// The loading page's phase: reading both files, or comparing them.
    void showStage();
    void showResult(CompareResultPtr result);
    void showError(const QString &message);
    void updateActions();
    void exportReport();

    QString m_paths[2];
    State m_state = State::Loading;
    CompareLoader::Stage m_stage = CompareLoader::Stage::Reading;
    CompareLoader m_loader;
    CompareView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_loadingPage = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_stageLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QWidget *m_errorPage = nullptr;
    QLabel *m_errorLabel = nullptr;
};

/// `--compare A B` of the `picklescope` command line (B is the first positional argument).
QCommandLineOption compareOption();
/// When `parser` has the compare option: opens a compare window for A and B and returns it;
/// null with `error` set when B is missing. Null without an error when the option is absent.
CompareWindow *openCompareFromCommandLine(const QCommandLineParser &parser,
                                          const QCommandLineOption &option,
                                          QString *error = nullptr);

} // namespace ps::gui
