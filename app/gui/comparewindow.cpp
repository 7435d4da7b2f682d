// SPDX-License-Identifier: MIT
#include "comparewindow.h"

#include "compareview.h"
#include "settings.h"
#include "statuspages.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QCommandLineParser>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ps::gui {

namespace {
inline const Setting<QByteArray> compareGeometry{"compare/geometry", {}};
} // namespace

CompareWindow::CompareWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/picklescope.svg")));
    m_stack = new QStackedWidget(this);
    setCentralWidget(m_stack);

    const ProgressPage loading = makeProgressPage(m_stack, {}, {}, tr("Cancel"));
    m_loadingPage = loading.page;
    m_titleLabel = loading.title;
    m_stageLabel = loading.stage;
    m_progress = loading.progress;
    m_cancelButton = loading.cancel;
    m_stack->addWidget(m_loadingPage);

    m_closeButton = new QPushButton(tr("Close"), this);
    const MessagePage error = makeMessagePage(m_stack, {m_closeButton});
    m_errorPage = error.page;
    m_errorLabel = error.text;
    m_stack->addWidget(m_errorPage);

    connect(m_cancelButton, &QPushButton::clicked, this, &CompareWindow::cancel);
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(&m_loader, &CompareLoader::progressChanged, this,
            [this](int permille, CompareLoader::Stage stage) {
                m_stage = stage;
                showStage();
                m_progress->setRange(0, permille < 0 ? 0 : 1000);
                if (permille >= 0)
                    m_progress->setValue(permille);
            });
    connect(&m_loader, &CompareLoader::finished, this, &CompareWindow::showResult);
    connect(&m_loader, &CompareLoader::failed, this, &CompareWindow::showError);
    connect(&m_loader, &CompareLoader::cancelled, this, [this] {
        m_state = State::Cancelled;
        m_errorLabel->setText(tr("The comparison was cancelled."));
        m_stack->setCurrentWidget(m_errorPage);
        updateActions();
        Q_EMIT stateChanged(m_state);
    });

    createMenus();
    if (const QByteArray geometry = compareGeometry.get(); !geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(1360, 880);
    updateActions();
}

CompareWindow::~CompareWindow() = default;

CompareWindow *CompareWindow::open(const QString &oldPath, const QString &newPath,
                                   LoadedFilePtr oldLoaded, LoadedFilePtr newLoaded)
{
    auto *window = new CompareWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->start(oldPath, newPath, std::move(oldLoaded), std::move(newLoaded));
    window->show();
    return window;
}

QAction *CompareWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

void CompareWindow::createMenus()
{
    auto add = [this](QMenu *menu, const QString &name, const QString &text,
                      const QKeySequence &shortcut, const QString &icon = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        if (!icon.isEmpty())
            action->setIcon(QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(icon)));
        menu->addAction(action);
        addAction(action);
        return action;
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    connect(add(file, QStringLiteral("exportReport"), tr("&Export Report…"),
                QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("export")),
            &QAction::triggered, this, &CompareWindow::exportReport);
    connect(add(file, QStringLiteral("copyReport"), tr("&Copy Report"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), QStringLiteral("copy")),
            &QAction::triggered, this, [this] {
                if (m_view) {
                    m_view->copyReport();
                    statusBar()->showMessage(tr("Copied the report"), 5000);
                }
            });
    file->addSeparator();
    connect(add(file, QStringLiteral("closeCompare"), tr("&Close"), QKeySequence::Close,
                QStringLiteral("close")),
            &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    connect(add(view, QStringLiteral("nextDifference"), tr("&Next Difference"),
                QKeySequence(Qt::Key_F7)),
            &QAction::triggered, this, [this] {
                if (m_view)
                    m_view->nextDifference();
            });
    connect(add(view, QStringLiteral("previousDifference"), tr("&Previous Difference"),
                QKeySequence(Qt::SHIFT | Qt::Key_F7)),
            &QAction::triggered, this, [this] {
                if (m_view)
                    m_view->previousDifference();
            });
    QAction *only = add(view, QStringLiteral("onlyDifferences"), tr("Show &Only Differences"),
                        QKeySequence(Qt::CTRL | Qt::Key_D));
    only->setCheckable(true);
    connect(only, &QAction::toggled, this, [this](bool on) {
        if (m_view)
            m_view->setOnlyDifferences(on);
    });
    view->addSeparator();
    const QString tabs[] = {tr("&Values"), tr("&Delta Chart"), tr("&Report")};
    for (int i = 0; i < 3; ++i) {
        connect(add(view, QStringLiteral("compareTab%1").arg(i + 1), tabs[i],
                    QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i))),
                &QAction::triggered, this, [this, i] {
                    if (m_view)
                        m_view->showBottomTab(static_cast<CompareView::BottomTab>(i));
                });
    }
}

void CompareWindow::changeEvent(QEvent *event)
{
    // Later, not inside the event: the view is replaced, and its children see the event too.
    if (event->type() == QEvent::LanguageChange && m_stack)
        QMetaObject::invokeMethod(this, &CompareWindow::retranslate, Qt::QueuedConnection);
    QMainWindow::changeEvent(event);
}

void CompareWindow::retranslate()
{
    const QAction *onlyAction = action(QStringLiteral("onlyDifferences"));
    const bool only = onlyAction && onlyAction->isChecked();
    for (QAction *a : actions()) {
        removeAction(a);
        delete a;
    }
    for (QMenu *menu : menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly))
        delete menu;
    menuBar()->clear();
    createMenus();
    if (QAction *a = action(QStringLiteral("onlyDifferences")))
        a->setChecked(only);
    m_cancelButton->setText(tr("Cancel"));
    m_closeButton->setText(tr("Close"));
    showStage();
    if (!m_paths[0].isEmpty()) {
        const QString oldName = QFileInfo(m_paths[0]).fileName();
        const QString newName = QFileInfo(m_paths[1]).fileName();
        setWindowTitle(tr("%1 ↔ %2 — PickleScope Compare").arg(oldName, newName));
        m_titleLabel->setText(tr("Comparing <b>%1</b> with <b>%2</b>")
                                  .arg(oldName.toHtmlEscaped(), newName.toHtmlEscaped()));
    }
    // The comparison is shown again from its result: every panel, table and chart of the
    // view in the new language.
    if (CompareView *old = m_view) {
        m_view = nullptr;
        showResult(old->result());
        m_stack->removeWidget(old);
        old->deleteLater();
    }
    updateActions();
}

void CompareWindow::showStage()
{
    m_stageLabel->setText(m_stage == CompareLoader::Stage::Reading ? tr("Reading both files…")
                                                                   : tr("Comparing…"));
}

void CompareWindow::start(const QString &oldPath, const QString &newPath, LoadedFilePtr oldLoaded,
                          LoadedFilePtr newLoaded)
{
    m_paths[0] = QFileInfo(oldPath).absoluteFilePath();
    m_paths[1] = QFileInfo(newPath).absoluteFilePath();
    const QString oldName = QFileInfo(oldPath).fileName();
    const QString newName = QFileInfo(newPath).fileName();
    setWindowTitle(tr("%1 ↔ %2 — PickleScope Compare").arg(oldName, newName));
    m_titleLabel->setText(tr("Comparing <b>%1</b> with <b>%2</b>")
                              .arg(oldName.toHtmlEscaped(), newName.toHtmlEscaped()));
    m_stage = CompareLoader::Stage::Reading;
    showStage();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_state = State::Loading;
    m_stack->setCurrentWidget(m_loadingPage);
    updateActions();
    m_loader.start(m_paths[0], m_paths[1], std::move(oldLoaded), std::move(newLoaded));
}

void CompareWindow::cancel()
{
    m_loader.cancel();
}

QString CompareWindow::errorText() const
{
    return m_errorLabel->text();
}

void CompareWindow::showResult(CompareResultPtr result)
{
    m_view = new CompareView(std::move(result), m_stack);
    m_stack->addWidget(m_view);
    m_stack->setCurrentWidget(m_view);
    connect(m_view, &CompareView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    const diff::DiffResult &r = m_view->result()->diff;
    statusBar()->showMessage(
        r.equal ? tr("Equal · compared in %1 s").arg(r.seconds, 0, 'f', 2)
                : tr("%n difference(s) · compared in %1 s", nullptr,
                     static_cast<int>(std::min<uint64_t>(r.changeCount, INT32_MAX)))
                      .arg(r.seconds, 0, 'f', 2));
    if (QAction *only = action(QStringLiteral("onlyDifferences")); only && only->isChecked())
        m_view->setOnlyDifferences(true);
    connect(m_view->onlyDifferencesBox(), &QAbstractButton::toggled, this, [this](bool on) {
        if (QAction *only = action(QStringLiteral("onlyDifferences")))
            only->setChecked(on);
    });
    m_state = State::Ready;
    updateActions();
    Q_EMIT stateChanged(m_state);
}

void CompareWindow::showError(const QString &message)
{
    m_state = State::Failed;
    m_errorLabel->setText(tr("<b>PickleScope could not compare these files.</b>")
                          + QStringLiteral("<br><br><code>%1</code>").arg(message.toHtmlEscaped()));
    m_stack->setCurrentWidget(m_errorPage);
    updateActions();
    Q_EMIT stateChanged(m_state);
}

void CompareWindow::updateActions()
{
    for (const char *name : {"exportReport", "copyReport", "nextDifference", "previousDifference",
                             "onlyDifferences", "compareTab1", "compareTab2", "compareTab3"}) {
        if (QAction *a = action(QLatin1String(name)))
            a->setEnabled(m_view != nullptr);
    }
}

void CompareWindow::exportReport()
{
    if (!m_view)
        return;
    QString selected;
    const QString base = QFileInfo(m_paths[0]).completeBaseName() + QStringLiteral("-vs-")
                         + QFileInfo(m_paths[1]).completeBaseName();
    const QString textFilter = tr("Text report (*.txt)");
    const QString jsonFilter = tr("JSON report (*.json)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Comparison Report"),
        QFileInfo(settings::lastDirectory.get(), base + QStringLiteral(".txt")).filePath(),
        textFilter + QStringLiteral(";;") + jsonFilter, &selected);
    if (path.isEmpty())
        return;
    if (selected == jsonFilter && !path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".json");
    QString error;
    if (m_view->exportReport(path, &error))
        statusBar()->showMessage(tr("Exported the report to %1").arg(path), 5000);
    else
        statusBar()->showMessage(tr("Could not export the report to %1: %2").arg(path, error),
                                 10000);
}

void CompareWindow::closeEvent(QCloseEvent *event)
{
    m_loader.cancel();
    if (m_view)
        m_view->saveLayout();
    compareGeometry.set(saveGeometry());
    QMainWindow::closeEvent(event);
}

QCommandLineOption compareOption()
{
    return QCommandLineOption(
        QStringLiteral("compare"),
        QApplication::translate("main", "Compare file A with file B (the next argument): what "
                                        "changed, where and by how much."),
        QStringLiteral("A"));
}

CompareWindow *openCompareFromCommandLine(const QCommandLineParser &parser,
                                          const QCommandLineOption &option, QString *error)
{
    if (!parser.isSet(option))
        return nullptr;
    const QStringList rest = parser.positionalArguments();
    if (rest.isEmpty()) {
        if (error)
            *error = QApplication::translate("main", "--compare needs two files: --compare A B");
        return nullptr;
    }
    return CompareWindow::open(parser.value(option), rest.front());
}

} // namespace ps::gui
