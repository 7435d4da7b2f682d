// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QUndoGroup;

namespace ps::gui {

class DocumentTab;
class MainWindow;

/// The window's editing commands: File ▸ Save, Save As…, Convert…, Export Value…, and
/// Edit ▸ Undo / Redo (the current tab's undo stack, through a QUndoGroup). Also keeps each
/// tab's modified marker and danger icon up to date.
class EditingActions : public QObject
{
    Q_OBJECT

public:
    explicit EditingActions(MainWindow *window);

    void addFileActions(QMenu *file);
    void addEditActions(QMenu *edit);
    /// Enables the actions for the current tab; refreshes the tabs' markers.
    void update();

    /// File ▸ Save As / Convert without the dialog (tests and scripted use go through the
    /// same writer).
    void saveAs();
    void convert();

private:
    QAction *addAction(QMenu *menu, const QString &name, const QString &text,
                       const QList<QKeySequence> &shortcuts, const QString &icon = {});
    DocumentTab *currentTab() const;
    void runConvertDialog(bool saveAs);

    MainWindow *m_window;
    QUndoGroup *m_group;
};

} // namespace ps::gui
