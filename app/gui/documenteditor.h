// SPDX-License-Identifier: MIT
#pragma once

#include "editing/edit.h"
#include "loadedfile.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace ps::gui {

class EditCommand;

/// One change the user asks for, in the engine's terms: paths are Python paths from a root.
struct EditRequest
{
    enum class Kind { SetValue, RenameKey, InsertItem, InsertDictItem, RemoveItem };
    Kind kind = Kind::SetValue;
    uint32_t root = 0;
    QString path;     ///< the value, the entry or (inserts) the container
    QString text;     ///< SetValue / InsertItem: the literal; RenameKey: the new key;
                      ///< InsertDictItem: the key
    QString value;    ///< InsertDictItem: the value literal
    qint64 index = 0; ///< InsertItem: the position
    /// The object whose contents change (the slot's owner, the container, the array): when it
    /// is shared, the change is seen at each of its places.
    QString changedObject;
    /// Rows (and array cells) shown as edited until saved.
    QStringList marks;
};

/// The engine's Edit for a request, validated and not applied: the one check every editor,
/// menu and dialog uses, and what a command applies.
Result<std::unique_ptr<Edit>> makeEdit(const Document &document, const EditRequest &request);

/// True when applying `request` adds, removes or replaces rows of the tree (anything but a
/// scalar replaced by a scalar, or array elements written).
bool isStructural(const Document &document, const EditRequest &request);

/// The key a mark is kept under: the root and the path.
QString markKey(uint32_t root, const QString &path);

/// The edits of one open file: validates requests with the engine, keeps every applied change
/// as a command on the file's QUndoStack, and says when the document changed (the tab then
/// refreshes the analysis and the view). The document is only mutated on the GUI thread,
/// between aboutToChange() (views stop their workers) and changed().
class DocumentEditor : public QObject
{
    Q_OBJECT

public:
    explicit DocumentEditor(QObject *parent = nullptr);
    ~DocumentEditor() override;

    /// The file edits apply to. A different document (a reload) clears the history.
    void setFile(LoadedFilePtr file);
    const LoadedFilePtr &file() const { return m_file; }
    QUndoStack *undoStack() { return &m_stack; }
    /// Off while the file reloads: requests are refused.
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled && m_file && m_file->document; }
    bool isModified() const { return !m_stack.isClean(); }

    /// Empty when the request would be accepted, else the engine's reason.
    QString check(const EditRequest &request) const;
    /// Applies the request as a new undoable command; false (and `error`) when refused, and
    /// then nothing changed.
    bool perform(const EditRequest &request, QString *error = nullptr);
    /// The places (paths) of an object reached from several places, when it is shared.
    QStringList placesOf(uint32_t root, const QString &path) const;
    /// Mark keys of every change applied and not undone.
    QSet<QString> marks() const;

    /// Applies `change` to the document, announcing it (used by the commands): `command` is
    /// being applied (`applying`) or undone. `change` returns why it failed, or "".
    void mutate(const std::function<QString(Document &)> &change, const EditCommand *command,
                bool applying, bool structural, const QString &notice = {});

Q_SIGNALS:
    void aboutToChange();
    /// The document changed (an edit, an undo or a redo). `notice`: what the user should know
    /// (a shared object changed at several places), else empty. `structural`: rows were
    /// added, removed or replaced by containers (a scalar or an array element changing is not).
    void changed(const QString &notice, bool structural);
    void modifiedChanged(bool modified);

private:
    LoadedFilePtr m_file;
    QUndoStack m_stack;
    QString m_failure; ///< why the last change could not be applied
    /// The command being applied or undone while the document changes (the stack counts it
    /// only afterwards).
    const EditCommand *m_inflight = nullptr;
    bool m_inflightApplying = false;
    bool m_enabled = true;
};

} // namespace ps::gui
