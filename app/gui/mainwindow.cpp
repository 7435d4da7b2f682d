// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "comparedialog.h"
#include "detailpane.h"
#include "documenttab.h"
#include "documentview.h"
#include "editingactions.h"
#include "preferencesdialog.h"
#include "qtstrings.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

namespace ps::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/picklescope.svg")));
    m_tabs = new QTabWidget(this);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateWindowState);

    createMenus();
    createStatusBar();
    if (const QByteArray geometry = settings::windowGeometry.get(); !geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(firstSize());
    if (const QByteArray state = settings::windowState.get(); !state.isEmpty())
        restoreState(state);
    updateWindowState();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::addAction(QMenu *menu, const QString &name, const QString &text,
                               const QKeySequence &shortcut, const QString &icon)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    if (!icon.isEmpty())
        action->setIcon(QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(icon)));
    menu->addAction(action);
    QMainWindow::addAction(action); // shortcuts work even with the menu bar hidden
    return action;
}

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    connect(addAction(file, QStringLiteral("open"), tr("&Open…"), QKeySequence::Open,
                      QStringLiteral("open")),
            &QAction::triggered, this, &MainWindow::showOpenDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    if (!m_editing)
        m_editing = new EditingActions(this);
    m_editing->addFileActions(file);
    connect(addAction(file, QStringLiteral("close"), tr("&Close"),
                      QKeySequence(Qt::CTRL | Qt::Key_W), QStringLiteral("close")),
            &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });
    file->addSeparator();
    connect(addAction(file, QStringLiteral("compareWith"), tr("Compare &With…"), {}),
            &QAction::triggered, this, [this] { showCompareDialog(this); });
    file->addSeparator();
    connect(addAction(file, QStringLiteral("preferences"), tr("&Preferences…"),
                      QKeySequence::Preferences, QStringLiteral("settings")),
            &QAction::triggered, this, &MainWindow::showPreferences);
    file->addSeparator();
    connect(addAction(file, QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit),
            &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_editing->addEditActions(edit);
    connect(addAction(edit, QStringLiteral("copyPath"), tr("&Copy Path"), QKeySequence::Copy,
                      QStringLiteral("copy")),
            &QAction::triggered, this, [this] {
                if (auto *view = currentView())
                    view->copyCurrentPath();
            });
    connect(addAction(edit, QStringLiteral("find"), tr("&Find…"), QKeySequence::Find,
                      QStringLiteral("search")),
            &QAction::triggered, this, [this] {
                if (auto *view = currentView())
                    view->focusSearch();
            });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    connect(addAction(view, QStringLiteral("expandAll"), tr("&Expand All"),
                      QKeySequence(Qt::CTRL | Qt::Key_Plus), QStringLiteral("expand-all")),
            &QAction::triggered, this, [this] {
                if (auto *v = currentView())
                    v->expandAll();
            });
    connect(addAction(view, QStringLiteral("collapseAll"), tr("C&ollapse All"),
                      QKeySequence(Qt::CTRL | Qt::Key_Minus), QStringLiteral("collapse-all")),
            &QAction::triggered, this, [this] {
                if (auto *v = currentView())
                    v->collapseAll();
            });
    view->addSeparator();
    const struct
    {
        const char *name;
        DocumentView::BottomTab tab;
        Qt::Key key;
    } panels[] = {{"showOpcodes", DocumentView::BottomTab::Opcodes, Qt::Key_1},
                  {"showGlobals", DocumentView::BottomTab::Globals, Qt::Key_2},
                  {"showSecurity", DocumentView::BottomTab::Security, Qt::Key_3},
                  {"showMessages", DocumentView::BottomTab::Messages, Qt::Key_4}};
    const QString panelNames[] = {tr("&Opcodes"), tr("&Globals"), tr("&Security"), tr("&Messages")};
    for (size_t i = 0; i < std::size(panels); ++i) {
        const auto tab = panels[i].tab;
        connect(addAction(view, QLatin1String(panels[i].name), panelNames[i],
                          QKeySequence(Qt::ALT | panels[i].key)),
                &QAction::triggered, this, [this, tab] {
                    if (auto *v = currentView())
                        v->showBottomTab(tab);
                });
    }
    view->addSeparator();
    connect(addAction(view, QStringLiteral("nextTab"), tr("&Next File"),
                      QKeySequence(Qt::CTRL | Qt::Key_Tab)),
            &QAction::triggered, this, [this] {
                if (m_tabs->count() > 1)
                    m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
            });
    connect(addAction(view, QStringLiteral("previousTab"), tr("&Previous File"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)),
            &QAction::triggered, this, [this] {
                if (m_tabs->count() > 1)
                    m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1)
                                            % m_tabs->count());
            });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    connect(addAction(help, QStringLiteral("about"), tr("&About PickleScope"), {}),
            &QAction::triggered, this, &MainWindow::showAbout);
    connect(addAction(help, QStringLiteral("aboutQt"), tr("About &Qt"), {}), &QAction::triggered,
            qApp, &QApplication::aboutQt);
}

void MainWindow::changeEvent(QEvent *event)
{
    // Later, not inside the event: the language may change from a menu action's slot.
    if (event->type() == QEvent::LanguageChange && m_tabs)
        QMetaObject::invokeMethod(this, &MainWindow::retranslateMenus, Qt::QueuedConnection);
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateMenus()
{
    // The actions hold no state of their own (the undo group and the tabs keep it).
    for (QAction *a : QMainWindow::actions()) {
        removeAction(a);
        delete a;
    }
    for (QMenu *menu : menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly))
        delete menu;
    menuBar()->clear();
    createMenus();
    updateWindowState();
}

void MainWindow::createStatusBar()
{
    m_formatLabel = new QLabel(this);
    m_protocolLabel = new QLabel(this);
    m_compressionLabel = new QLabel(this);
    m_objectsLabel = new QLabel(this);
    m_sizeLabel = new QLabel(this);
    for (QLabel *label :
         {m_formatLabel, m_protocolLabel, m_compressionLabel, m_objectsLabel, m_sizeLabel})
        statusBar()->addPermanentWidget(label);
}

DocumentTab *MainWindow::currentTab() const
{
    return qobject_cast<DocumentTab *>(m_tabs->currentWidget());
}

DocumentView *MainWindow::currentView() const
{
    DocumentTab *tab = currentTab();
    return tab ? tab->view() : nullptr;
}

DocumentTab *MainWindow::openFile(const QString &path)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<DocumentTab *>(m_tabs->widget(i));
        if (tab && tab->path() == absolute) {
            m_tabs->setCurrentIndex(i);
            return tab;
        }
    }
    auto *tab = new DocumentTab(absolute, m_tabs);
    const int index = m_tabs->addTab(tab, info.fileName());
    m_tabs->setTabToolTip(index, absolute);
    m_tabs->setCurrentIndex(index);
    connect(tab, &DocumentTab::stateChanged, this, [this, tab](DocumentTab::State state) {
        const int i = m_tabs->indexOf(tab);
        if (i >= 0 && state == DocumentTab::State::Failed)
            m_tabs->setTabIcon(i, QIcon(QStringLiteral(":/icons/kinds/error.svg")));
        else if (i >= 0 && tab->view() && tab->view()->file()->security.dangerous > 0)
            m_tabs->setTabIcon(i, QIcon(QStringLiteral(":/icons/kinds/danger.svg")));
        updateWindowState();
    });
    connect(tab, &DocumentTab::closeRequested, this,
            [this, tab] { closeTab(m_tabs->indexOf(tab)); });
    connect(tab, &DocumentTab::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(tab, &QStackedWidget::currentChanged, this, &MainWindow::updateWindowState);
    connect(tab, &DocumentTab::modifiedChanged, this, &MainWindow::updateWindowState);
    connect(tab, &DocumentTab::pathChanged, this, &MainWindow::updateWindowState);
    connect(tab, &DocumentTab::edited, this, &MainWindow::updateWindowState);
    if (info.exists())
        addRecentFile(absolute);
    settings::lastDirectory.set(info.absolutePath());
    updateWindowState();
    return tab;
}

void MainWindow::selectWhenLoaded(const QString &file, const QString &path, bool chart)
{
    DocumentTab *tab = openFile(file);
    auto apply = [this, tab, path, chart] {
        DocumentView *view = tab->view();
        if (!view)
            return;
        if (!path.isNull() && !view->selectPath(0, path))
            statusBar()->showMessage(tr("No object at %1").arg(path), 5000);
        view->detail()->showChartTab(chart);
    };
    // Once the view is shown and laid out, so that scrolling to the selection works.
    if (tab->state() != DocumentTab::State::Loading)
        QTimer::singleShot(0, this, apply);
    else
        connect(
            tab, &DocumentTab::stateChanged, this,
            [this, apply] { QTimer::singleShot(0, this, apply); }, Qt::SingleShotConnection);
}

void MainWindow::restoreSession()
{
    if (!settings::reopenSession.get())
        return;
    DocumentTab *active = nullptr;
    const QString current = settings::sessionCurrent.get();
    for (const QString &path : settings::sessionFiles.get()) {
        if (!QFileInfo::exists(path))
            continue;
        DocumentTab *tab = openFile(path);
        if (path == current)
            active = tab;
    }
    if (active)
        m_tabs->setCurrentWidget(active);
}

void MainWindow::showOpenDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Pickle Files"), settings::lastDirectory.get(),
        tr("Pickle files (*.pkl *.pickle *.joblib *.pt *.pth *.bin);;All files (*)"));
    for (const QString &file : files)
        openFile(file);
}

void MainWindow::closeTab(int index)
{
    if (index < 0 || index >= m_tabs->count())
        return;
    QWidget *widget = m_tabs->widget(index);
    if (auto *tab = qobject_cast<DocumentTab *>(widget); tab && !tab->confirmClose())
        return;
    if (auto *tab = qobject_cast<DocumentTab *>(widget); tab && tab->view())
        tab->view()->saveLayout();
    m_tabs->removeTab(index);
    widget->deleteLater();
    updateWindowState();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = settings::recentFiles.get();
    for (const QString &file : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(file).fileName());
        action->setToolTip(file);
        action->setStatusTip(file);
        connect(action, &QAction::triggered, this, [this, file] { openFile(file); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear Recent Files"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [] { settings::recentFiles.set({}); });
}

void MainWindow::updateWindowState()
{
    DocumentTab *tab = currentTab();
    setWindowTitle(tab ? tr("%1 — PickleScope")
                             .arg(QFileInfo(tab->path()).fileName()
                                  + (tab->isModified() ? QStringLiteral("*") : QString()))
                       : tr("PickleScope"));
    if (m_editing)
        m_editing->update();
    setWindowFilePath(tab ? tab->path() : QString());
    DocumentView *view = currentView();
    const bool hasView = view != nullptr;
    for (const char *name : {"copyPath", "find", "expandAll", "collapseAll"}) {
        if (QAction *a = action(QLatin1String(name)))
            a->setEnabled(hasView);
    }
    if (QAction *a = action(QStringLiteral("close")))
        a->setEnabled(tab != nullptr);
    if (!view) {
        for (QLabel *label :
             {m_formatLabel, m_protocolLabel, m_compressionLabel, m_objectsLabel, m_sizeLabel})
            label->clear();
        return;
    }
    const Document &doc = *view->file()->document;
    const QLocale locale;
    m_formatLabel->setText(toQString(formatName(doc.format())));
    m_protocolLabel->setText(tr("protocol %1").arg(doc.protocol()));
    m_compressionLabel->setText(doc.compression() == "none"
                                    ? tr("uncompressed")
                                    : tr("%1 compressed").arg(toQString(doc.compression())));
    m_objectsLabel->setText(
        tr("%1 objects").arg(locale.toString(static_cast<qulonglong>(doc.graph().size()))));
    m_sizeLabel->setText(formatBytes(doc.fileSize()));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About PickleScope"),
        tr("<h3>PickleScope %1</h3><p>Opens Python pickle, joblib and PyTorch files without "
           "running them: the object tree, arrays, scikit-learn models, the opcodes and what "
           "loading the file would execute.</p><p>Built with Qt %2.</p>"
           "<p>Copyright © 2026 The PickleScope developers. Free software under the MIT "
           "licence: you may use, copy, modify and distribute it; it comes with no "
           "warranty.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(QT_VERSION_STR)));
}

QSize MainWindow::firstSize() const
{
    // 1280×820 where it fits; on a smaller screen (1024×700 laptops, remote desktops) the
    // screen's free area, so nothing opens beyond its edge.
    const QSize preferred(1280, 820);
    const QScreen *where = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!where)
        return preferred;
    return preferred.boundedTo(where->availableGeometry().size());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<DocumentTab *>(m_tabs->widget(i));
        if (tab && tab->isModified()) {
            m_tabs->setCurrentIndex(i);
            if (!tab->confirmClose()) {
                event->ignore();
                return;
            }
        }
    }
    QStringList session;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<DocumentTab *>(m_tabs->widget(i))) {
            session << tab->path();
            if (tab->view() && i == m_tabs->currentIndex())
                tab->view()->saveLayout();
        }
    }
    settings::sessionFiles.set(session);
    settings::sessionCurrent.set(currentTab() ? currentTab()->path() : QString());
    settings::windowGeometry.set(saveGeometry());
    settings::windowState.set(saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl &url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            openFile(url.toLocalFile());
    }
    event->acceptProposedAction();
}

} // namespace ps::gui
