// SPDX-License-Identifier: MIT
#pragma once

#include "documenteditor.h"

#include <QModelIndex>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;

namespace ps::gui {

class DocumentView;
class ValueDelegate;

/// Editing in the object tree of one view: the value delegate (F2, double-click), the context
/// menu and its keys (Insert, Delete), "Edit as literal…", renaming dict keys, inserting and
/// removing items, exporting the selected value. Every change goes through the editor, so it
/// is validated by the engine and lands on the undo stack.
class TreeEditing : public QObject
{
    Q_OBJECT

public:
    TreeEditing(DocumentView *view, DocumentEditor *editor);

    /// The actions of the context menu, by object name: editValue, editLiteral, setNone,
    /// renameKey, insertItem, deleteItem, exportValue.
    QAction *action(const QString &name) const;
    /// The menu shown for the current row (actions enabled for it).
    QMenu *contextMenu() const { return m_menu; }
    /// Updates which actions apply to the current row.
    void updateActions();

    void editValue();
    void editAsLiteral();
    void setToNone();
    void renameKey();
    void insertItem();
    void deleteItem();
    /// Asks for a file and writes the selected value as CSV, JSON or .npy (by extension).
    void exportValue();
    /// Writes the value at `path` to `fileName` (the format by its extension); false and
    /// `error` when it cannot.
    bool exportTo(uint32_t root, const QString &path, const QString &fileName, QString *error);

private:
    struct Place
    {
        bool valid = false;
        uint32_t root = 0;
        QString path;           ///< the row's path
        bool hasParent = false; ///< false for a top-level row (a root)
        QString parentPath;     ///< its parent's path
        int row = 0;            ///< row under the parent
        bool parentIsDict = false;
        bool parentIsSequence = false; ///< list or tuple
        bool parentIsSet = false;
        bool isDict = false;
        bool isSequence = false;
        bool isSet = false;
        qulonglong children = 0;
        QString keyText; ///< the dict key as a literal, for a dict entry
    };
    Place current() const;
    /// Pushes `request`, reporting a refusal in the status bar; true when applied.
    bool perform(const EditRequest &request);
    /// Asks for a literal with the engine's check as one types; the request's `text` (and,
    /// with a second label, `value`) are filled in. False when cancelled.
    bool askLiteral(EditRequest &request, const QString &title, const QString &explanation,
                    const QString &firstLabel, const QString &first,
                    const QString &secondLabel = {}, const QString &second = {});
    QAction *addAction(const QString &name, const QString &text, const QKeySequence &key,
                       std::function<void()> slot);

    DocumentView *m_view;
    QPointer<DocumentEditor> m_editor;
    ValueDelegate *m_delegate = nullptr;
    QMenu *m_menu = nullptr;
};

} // namespace ps::gui
