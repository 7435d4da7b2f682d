// SPDX-License-Identifier: MIT
#pragma once

#include "documenteditor.h"

#include <QUndoCommand>

#include <memory>
#include <vector>

namespace ps::gui {

/// An engine Edit on the undo stack. Successive values typed into one place merge into one
/// command (undo returns to the value before the first of them).
class EditCommand : public QUndoCommand
{
public:
    enum { SetValueId = 1 };

    EditCommand(DocumentEditor *editor, EditRequest request, std::unique_ptr<Edit> edit,
                QString notice, bool structural);
    ~EditCommand() override;

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const EditRequest &request() const { return m_request; }
    /// Why the first apply failed (the command is then obsolete and dropped by the stack).
    const QString &failure() const { return m_failure; }

private:
    DocumentEditor *m_editor;
    EditRequest m_request;
    std::vector<std::shared_ptr<Edit>> m_edits; ///< applied in order, undone in reverse
    QString m_notice;
    QString m_failure;
    bool m_structural;
};

} // namespace ps::gui
