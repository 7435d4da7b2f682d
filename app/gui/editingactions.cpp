// SPDX-License-Identifier: MIT
#include "editingactions.h"

#include "convertdialog.h"
#include "documenteditor.h"
#include "documenttab.h"
#include "documentview.h"
#include "mainwindow.h"
#include "treeediting.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>

namespace ps::gui {

EditingActions::EditingActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_group(new QUndoGroup(this))
{
    connect(window->tabs(), &QTabWidget::currentChanged, this, &EditingActions::update);
}

QAction *EditingActions::addAction(QMenu *menu, const QString &name, const QString &text,
                                   const QList<QKeySequence> &shortcuts, const QString &icon)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(name);
    action->setShortcuts(shortcuts);
    if (!icon.isEmpty())
        action->setIcon(QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(icon)));
    menu->addAction(action);
    static_cast<QWidget *>(m_window)->addAction(action); // shortcuts work with the menu bar hidden
    return action;
}

void EditingActions::addFileActions(QMenu *file)
{
    connect(addAction(file, QStringLiteral("save"), tr("&Save"), {QKeySequence::Save}),
            &QAction::triggered, this, [this] {
                if (DocumentTab *tab = currentTab(); tab && tab->canSave())
                    tab->save();
            });
    connect(addAction(file, QStringLiteral("saveAs"), tr("Save &As…"),
                      {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}),
            &QAction::triggered, this, &EditingActions::saveAs);
    connect(addAction(file, QStringLiteral("convert"), tr("Con&vert…"), {}), &QAction::triggered,
            this, &EditingActions::convert);
    connect(addAction(file, QStringLiteral("export"), tr("&Export Value…"), {}),
            &QAction::triggered, this, [this] {
                DocumentTab *tab = currentTab();
                if (tab && tab->view() && tab->view()->editing())
                    tab->view()->editing()->exportValue();
            });
}

void EditingActions::addEditActions(QMenu *edit)
{
    QAction *undo = m_group->createUndoAction(m_window, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    QAction *redo = m_group->createRedoAction(m_window, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    for (QAction *a : {undo, redo}) {
        edit->addAction(a);
        static_cast<QWidget *>(m_window)->addAction(a);
    }
    edit->addSeparator();
}

DocumentTab *EditingActions::currentTab() const
{
    return m_window->currentTab();
}

void EditingActions::update()
{
    QTabWidget *tabs = m_window->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        auto *tab = qobject_cast<DocumentTab *>(tabs->widget(i));
        if (!tab)
            continue;
        tabs->setTabText(i, QFileInfo(tab->path()).fileName()
                                + (tab->isModified() ? QStringLiteral("*") : QString()));
        tabs->setTabToolTip(i, tab->path());
        if (tab->state() == DocumentTab::State::Ready && tab->view())
            tabs->setTabIcon(i, tab->view()->file()->security.dangerous > 0
                                    ? QIcon(QStringLiteral(":/icons/kinds/danger.svg"))
                                    : QIcon());
        m_group->addStack(tab->editor()->undoStack());
    }
    DocumentTab *tab = currentTab();
    m_group->setActiveStack(tab ? tab->editor()->undoStack() : nullptr);
    const bool savable = tab && tab->canSave();
    for (const char *name : {"save", "saveAs", "convert"}) {
        if (QAction *a = m_window->action(QLatin1String(name)))
            a->setEnabled(savable);
    }
    if (QAction *a = m_window->action(QStringLiteral("export")))
        a->setEnabled(tab && tab->view() && tab->view()->editing());
}

void EditingActions::saveAs()
{
    runConvertDialog(true);
}

void EditingActions::convert()
{
    runConvertDialog(false);
}

void EditingActions::runConvertDialog(bool saveAs)
{
    DocumentTab *tab = currentTab();
    if (!tab || !tab->canSave())
        return;
    const QFileInfo info(tab->path());
    const QString suggestion = saveAs
                                   ? info.filePath()
                                   : info.dir().filePath(info.completeBaseName() + tr("_converted")
                                                         + QLatin1Char('.') + info.suffix());
    const auto mode = saveAs ? DocumentTab::SaveMode::Save : DocumentTab::SaveMode::Copy;
    ConvertDialog dialog(
        saveAs ? tr("Save As") : tr("Convert"), *tab->view()->file()->document, suggestion,
        [tab, mode](const QString &target, const std::optional<ConvertOptions> &o) {
            return tab->writeTo(target, o, mode);
        },
        m_window);
    dialog.exec();
}

} // namespace ps::gui
