// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;

namespace ps::gui {

class DocumentTab;
class DocumentView;
class EditingActions;

/// The application window: one tab per open file, menus, recent files, drag and drop,
/// the status bar, and the window state kept in the settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a file in a new tab (or shows the tab that already has it); the same path the
    /// File ▸ Open menu takes.
    DocumentTab *openFile(const QString &path);
    /// Once `file` has loaded, selects `path` in it (from the first root) and, with `chart`,
    /// shows the selection's chart.
    void selectWhenLoaded(const QString &file, const QString &path, bool chart);
    /// Reopens the files of the last session (when the setting asks for it).
    void restoreSession();

    QTabWidget *tabs() const { return m_tabs; }
    DocumentTab *currentTab() const;
    DocumentView *currentView() const;
    QAction *action(const QString &name) const;

protected:
    void closeEvent(QCloseEvent *event) override;
    /// The size of a first start (no saved geometry): 1280×820 bounded by the screen.
    QSize firstSize() const;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    /// Builds the menus again in the current language (after QEvent::LanguageChange).
    void retranslateMenus();
    void createStatusBar();
    void showOpenDialog();
    void closeTab(int index);
    void updateRecentMenu();
    void updateWindowState();
    void showPreferences();
    void showAbout();
    QAction *addAction(QMenu *menu, const QString &name, const QString &text,
                       const QKeySequence &shortcut, const QString &icon = {});

    QTabWidget *m_tabs = nullptr;
    EditingActions *m_editing = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_formatLabel = nullptr;
    QLabel *m_protocolLabel = nullptr;
    QLabel *m_compressionLabel = nullptr;
    QLabel *m_objectsLabel = nullptr;
    QLabel *m_sizeLabel = nullptr;
};

} // namespace ps::gui
